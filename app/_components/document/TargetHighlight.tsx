/**
 * Target highlight
 * ================
 * Marks the element named by the URL fragment with `.is-target` and brings it into view. CSS :target already does
 * this on a full page load, but not after a client-side navigation (history.pushState does not update :target),
 * which is how links from the explorer arrive. An entry that remembers a reading position (Back to the reader) keeps
 * it: ReadingPosition restores it, and the reader is not pulled back to the anchor they had moved on from.
 */
'use client';

import { useEffect } from 'react';
import { fragmentTarget } from '@/lib/explorer/document/fragment';
import { savedScrollY } from '@/lib/explorer/document/position';

export function TargetHighlight() {
  useEffect(() => {
    let current: Element | null = null;
    const apply = () => {
      current?.classList.remove('is-target');
      const target = fragmentTarget(window.location.hash, (id) => document.getElementById(id));
      // Only the document's own anchors (sentences, paragraphs, headings, a marked passage): the skip link's #main
      // is the whole page, and centring it scrolled the reader to the middle of the text.
      current = target?.closest('.reader-body') ? target : null;
      if (!current) return;
      current.classList.add('is-target');
      if (savedScrollY(window.history.state) === null) current.scrollIntoView({ block: 'center' });
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  return null;
}

/**
 * Target highlight
 * ================
 * Marks the element named by the URL fragment with `.is-target`. CSS :target already does this on a full page
 * load, but not after a client-side navigation (history.pushState does not update :target), which is how links
 * from the explorer arrive.
 */
'use client';

import { useEffect } from 'react';

export function TargetHighlight() {
  useEffect(() => {
    let current: Element | null = null;
    const apply = () => {
      current?.classList.remove('is-target');
      const id = decodeURIComponent(window.location.hash.slice(1));
      current = id ? document.getElementById(id) : null;
      if (!current) return;
      current.classList.add('is-target');
      current.scrollIntoView({ block: 'center' });
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  return null;
}

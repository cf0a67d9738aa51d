/**
 * Reading position
 * ================
 * Remembers where the reader is in the document, per history entry (lib/explorer/document/position.ts), and goes
 * back there when the entry is shown again. The browser's own restoration is not enough: Back after the explorer
 * was reloaded loads the reader afresh at the top, and TargetHighlight would scroll to the URL's #anchor.
 */
'use client';

import { useEffect } from 'react';
import { savedScrollY, withScrollY } from '@/lib/explorer/document/position';

/** Saved once scrolling settles: history.replaceState on every scroll event would be throttled by the browser. */
const SAVE_DELAY_MS = 150;
/** Frames over which the restored place is held (see below). */
const HOLD_FRAMES = 3;

export function ReadingPosition() {
  useEffect(() => {
    const page = window.location.pathname + window.location.search;
    const saved = savedScrollY(window.history.state);
    let frame = 0;
    if (saved !== null) {
      window.scrollTo(0, saved);
      // Chromium, on Back to an entry whose URL has a #fragment, still scrolls to that fragment at its next layout,
      // after this effect: hold the place for a few frames (too few to fight a reader who scrolls at once).
      let frames = 0;
      const hold = () => {
        if (Math.abs(window.scrollY - saved) > 1) window.scrollTo(0, saved);
        frames += 1;
        if (frames < HOLD_FRAMES) frame = requestAnimationFrame(hold);
      };
      frame = requestAnimationFrame(hold);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      // A navigation away has already pushed the next page's entry: that state is not ours to write.
      if (window.location.pathname + window.location.search !== page) return;
      const next = withScrollY(window.history.state, window.scrollY);
      if (next) window.history.replaceState(next, '');
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    // Capture phase: before a link's own handler navigates (and pushes the next entry), however soon after a scroll.
    document.addEventListener('click', save, true);
    window.addEventListener('pagehide', save);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('click', save, true);
      window.removeEventListener('pagehide', save);
    };
  }, []);
  return null;
}

/**
 * A value once it has stopped changing
 * ====================================
 * For live regions that follow typing: a count announced on every keystroke ("210 of 229", "91 of 229", …) talks
 * over the user; announced once they pause, it says what their filter found.
 */
'use client';

import { useEffect, useState } from 'react';

/** How long typing must pause before the value counts as settled (a little over a fast typist's gap). */
export const SETTLE_MS = 600;

/** `value` as it was `delayMs` after its last change (its first value at once). */
export function useSettledValue<T>(value: T, delayMs = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

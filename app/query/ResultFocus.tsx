'use client';
/**
 * Result focus
 * ============
 * A run of a named query navigates to /query?name=…, which puts its result at the top of the page, while focus
 * would stay on the Run button far below it. This moves focus (and the view) to the result's heading, so keyboard
 * and screen-reader users land on the answer. Keyed by the run, so each new answer takes focus once.
 */
import { useEffect } from 'react';

export function ResultFocus() {
  useEffect(() => {
    const heading = document.getElementById('results-title');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, []);
  return null;
}

/**
 * ReadyController
 * ===============
 * The controllers' half of the ready signal: the graph container exposes `data-graph-ready="true"` (for tests and
 * benchmarks) once sigma has rendered its first frame after construction (SigmaHost reports that) and the
 * controllers under it are mounted, so pointer events, camera and display rules are live when a test acts on it.
 * Mounted last of them, its effect runs after theirs.
 */
'use client';

import { useEffect } from 'react';

export function ReadyController({ onMounted }: { onMounted: () => void }) {
  useEffect(() => {
    onMounted();
  }, [onMounted]);
  return null;
}

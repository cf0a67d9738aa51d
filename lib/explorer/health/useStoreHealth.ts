/**
 * Store health hook
 * =================
 * The page's store health (lib/explorer/health/monitor.ts) as React state. Mounting the first user starts the
 * polling; the server render and the first client render see the initial "unknown" state, so hydration matches.
 */
'use client';

import { useSyncExternalStore } from 'react';
import { INITIAL_HEALTH, type HealthState } from './machine';
import { storeHealth } from './monitor';

const subscribe = (listener: () => void) => storeHealth().subscribe(listener);
const snapshot = () => storeHealth().getState();
const serverSnapshot = () => INITIAL_HEALTH;

export function useStoreHealth(): HealthState {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

/** Checks at once (a "Retry now" button). */
export function checkStoreHealth(): void {
  void storeHealth().check();
}

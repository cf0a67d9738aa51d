/**
 * Retry on recovery
 * =================
 * For a part of a page that could not load because the store was down (a server-rendered page's notice, say):
 * calls `retry` when the page's store health monitor finds the store answering again, so what failed loads by
 * itself without a reload. It checks /api/health at once on mount rather than trusting the monitor's last state,
 * which may predate the failure (a client-side navigation from a page that loaded fine). No poller of its own.
 */
'use client';

import { useEffect, useRef, useState } from 'react';
import { retryDue } from './machine';
import { storeHealth } from './monitor';
import { useStoreHealth } from './useStoreHealth';

export function useRetryOnRecovery(retry: () => void): void {
  const health = useStoreHealth();
  const [checked, setChecked] = useState(false);
  // The recovery count already retried for: one recovery, one retry.
  const last = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    void storeHealth()
      .check()
      .then(() => {
        if (live) setChecked(true);
      });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!retryDue(health, checked, last.current)) return;
    last.current = health.recoveries;
    retry();
  }, [health, checked, retry]);
}

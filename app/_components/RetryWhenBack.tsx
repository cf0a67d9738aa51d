/**
 * Retry when the store is back
 * ============================
 * The live part of a server-rendered page that could not load because the store was down: re-renders the page on
 * the server (router.refresh(), no reload: scroll and the rest of the page stay) as soon as the store health
 * monitor finds the store answering again, and offers a "Try again" button meanwhile.
 */
'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useTransition } from 'react';
import { useRetryOnRecovery } from '@/lib/explorer/health/useRetryOnRecovery';

export function RetryWhenBack() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const retry = useCallback(() => startTransition(() => router.refresh()), [router]);
  useRetryOnRecovery(retry);
  return (
    <button type="button" className="retry-button" onClick={retry} disabled={pending} aria-busy={pending}>
      {pending ? 'Trying again…' : 'Try again'}
    </button>
  );
}

/**
 * History guard
 * =============
 * Keeps Back and Forward honest across the entries a `#fragment` link makes, which Next's router does not restore
 * (lib/history/foreign-entry.ts says when a page must be loaded from its address). Renders nothing.
 */
'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { mustReloadOnPop } from '@/lib/history/foreign-entry';

export function HistoryGuard() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  // Path + query as the router last rendered them; the hash never changes the page.
  const rendered = useRef('');
  useEffect(() => {
    rendered.current = search ? `${pathname}?${search}` : pathname;
  }, [pathname, search]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const here = `${window.location.pathname}${window.location.search}`;
      if (mustReloadOnPop(event.state, here, rendered.current)) window.location.reload();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return null;
}

/**
 * Store status banner
 * ===================
 * On every page (rendered by the root layout): while the graph store is unavailable, a banner (role="alert") says
 * so and that the app is retrying; it goes away by itself once /api/health answers again, without a reload. What a
 * page already shows stays. The wrapper is always there as a stable hook for tests:
 * `data-testid="store-status"` with `data-state="ok" | "down"` ("ok" until a check says otherwise).
 */
'use client';

import { bannerDetail, bannerText } from '@/lib/explorer/health/machine';
import { checkStoreHealth, useStoreHealth } from '@/lib/explorer/health/useStoreHealth';

export function StoreStatus() {
  const health = useStoreHealth();
  const text = bannerText(health);
  const detail = bannerDetail(health);
  return (
    <div className="store-status" data-testid="store-status" data-state={health.status === 'down' ? 'down' : 'ok'}>
      {text ? (
        <div role="alert" className="store-banner">
          <p>
            <strong>{text}</strong> {detail ? <span>{detail} </span> : null}
            <span>What is on screen stays; anything that could not load will load once it is back.</span>
          </p>
          <button type="button" onClick={checkStoreHealth}>
            Retry now
          </button>
        </div>
      ) : null}
    </div>
  );
}

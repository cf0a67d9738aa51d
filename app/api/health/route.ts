/**
 * GET /api/health: is the store answering, and how big is the graph. While the store cannot answer (Neo4j down,
 * or the memory store's data invalid) it answers 503 `{ok: false, backend, error}`, so monitoring always sees
 * which backend failed; anything else unexpected stays a JSON 500. It answers without `respond` (its failure keeps
 * `ok` and `backend`), so it sets the cache rules `respond` sets elsewhere: a monitor behind a cache must never be
 * shown a kept 503 (or a kept "ok").
 */
import { NextResponse } from 'next/server';
import { describeFailure, otherMethods } from '@/lib/http';
import { configuredBackend, getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** A failure is about this moment: never one for a cache to keep (as lib/http's errorResponse). */
const NO_STORE = { 'cache-control': 'no-store' };

export async function GET() {
  try {
    const store = await getStore();
    const stats = await store.stats();
    return NextResponse.json(
      { ok: true, backend: store.backend, ...stats },
      { headers: { 'cache-control': 'no-cache' } },
    );
  } catch (error) {
    const { status, message } = describeFailure(error, 'health');
    if (status === 503) {
      return NextResponse.json(
        { ok: false, backend: configuredBackend(), error: message },
        { status, headers: NO_STORE },
      );
    }
    return NextResponse.json({ error: message }, { status, headers: NO_STORE });
  }
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

/**
 * GET /api/health: is the store answering, and how big is the graph. While the store cannot answer (Neo4j down,
 * or the memory store's data invalid) it answers 503 `{ok: false, backend, error}`, so monitoring always sees
 * which backend failed; anything else unexpected stays a JSON 500.
 */
import { NextResponse } from 'next/server';
import { describeFailure, otherMethods } from '@/lib/http';
import { configuredBackend, getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const store = await getStore();
    const stats = await store.stats();
    return NextResponse.json({ ok: true, backend: store.backend, ...stats });
  } catch (error) {
    const { status, message } = describeFailure(error, 'health');
    if (status === 503) {
      return NextResponse.json({ ok: false, backend: configuredBackend(), error: message }, { status });
    }
    return NextResponse.json({ error: message }, { status });
  }
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

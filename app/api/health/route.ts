/** GET /api/health: is the store answering, and how big is the graph. 503 while the store is down. */
import { NextResponse } from 'next/server';
import { errorResponse } from '@/lib/http';
import { configuredBackend, getStore } from '@/lib/store';
import { isAtlasError } from '@/lib/store/errors';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const store = await getStore();
    const stats = await store.stats();
    return NextResponse.json({ ok: true, backend: store.backend, ...stats });
  } catch (error) {
    if (isAtlasError(error) && error.status === 503) {
      return NextResponse.json({ ok: false, backend: configuredBackend(), error: error.message }, { status: 503 });
    }
    return errorResponse(error);
  }
}

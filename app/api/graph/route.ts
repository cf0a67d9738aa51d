/**
 * GET /api/graph: the whole graph in graphology's serialised form, laid out (x, y, size, colour).
 * The JSON text is kept per graph object (stores return the same object until the data changes), so a busy
 * explorer costs one serialisation per load, not one per request; the ETag lets browsers revalidate for free. On
 * the memory store the bytes are also kept for the production server to answer directly (lib/kept-answer.ts).
 */
import { createHash } from 'node:crypto';
import type { SerializedGraph } from 'graphology-types';
import { etagMatches, otherMethods, respond } from '@/lib/http';
import { keepAnswer } from '@/lib/kept-answer';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

const serialised = new WeakMap<SerializedGraph, { body: Uint8Array; etag: string }>();

export async function GET(request: Request) {
  return respond('graph', async () => {
    const store = await getStore();
    const graph = await store.graph();
    let cached = serialised.get(graph);
    if (!cached) {
      // Encoded once, not on every request.
      const body = new TextEncoder().encode(JSON.stringify(graph));
      cached = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      serialised.set(graph, cached);
    }
    // The memory store's graph is fixed for the life of the process: the server may answer it from here on.
    if (store.backend === 'memory') keepAnswer(new URL(request.url).pathname, cached);
    const headers = {
      'content-type': 'application/json',
      'content-length': String(cached.body.byteLength),
      etag: cached.etag,
      'cache-control': 'no-cache',
    };
    if (etagMatches(request.headers.get('if-none-match'), cached.etag)) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(cached.body as BodyInit, { headers });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['GET']);

/**
 * Kept answers
 * ============
 * A route whose answer cannot change while this process runs (the memory store's graph is read once at start)
 * hands its encoded bytes to the production server (scripts/serve.mjs), which then answers that path itself,
 * before Next's routing, with the headers Next gave the same answer and a gzip copy made once. On a busy explorer
 * this is the hottest path: Next's per-request routing and its gzip of 200 KB–12 MB for every browser were most
 * of its cost (bench: api-graph-vs-bare-http, first-frame). A route on a store whose data can change (Neo4j)
 * keeps nothing, so every request still asks the store.
 *
 * The slot is a Map on globalThis under a registered symbol, the one thing both sides share (serve.mjs is plain
 * JavaScript outside Next's bundle): path → { etag, body, contentType }.
 */

export const KEPT_ANSWERS = Symbol.for('strategy-atlas.kept-answers');

export interface KeptAnswer {
  /** The strong ETag Next's answer carries; the server answers only while the two agree. */
  etag: string;
  body: Uint8Array;
}

type Slot = Map<string, KeptAnswer>;

export function keepAnswer(path: string, answer: KeptAnswer): void {
  const holder = globalThis as typeof globalThis & { [KEPT_ANSWERS]?: Slot };
  holder[KEPT_ANSWERS] ??= new Map();
  if (holder[KEPT_ANSWERS].get(path)?.etag !== answer.etag) holder[KEPT_ANSWERS].set(path, answer);
}

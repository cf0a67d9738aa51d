/**
 * Explorer page
 * =============
 * `/`: the network explorer. The page itself is small: the graph (already laid out server-side by a seeded
 * ForceAtlas2) is preloaded from GET /api/graph by a <link rel="preload"> in the <head>, so its download starts with
 * the HTML and runs beside the scripts'. Inlined into the page it cost a serialisation per request and two parses
 * in the browser (measured: bench/first-frame.ts). Everything else (details, search) the client asks of the API as
 * the user goes. The store is not touched here, so the page renders (and shows the store banner) while it is down.
 */
import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { Explorer } from './_components/explorer/Explorer';
import { GRAPH_URL } from '@/lib/explorer/api/client';

export const dynamic = 'force-dynamic';

// The layout's title template does not apply to its own segment's page: the full title here.
export const metadata: Metadata = { title: 'Explorer · Strategy Atlas' };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The request's query string, which the explorer parses itself (lib/explorer/url/state.ts). */
function queryString(params: Awaited<Search>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  return query.toString();
}

export default async function ExplorerPage({ searchParams }: { searchParams: Search }) {
  const query = queryString(await searchParams);
  // `fetch()` with no credentials options is a same-origin CORS request: "anonymous" makes the preload match it.
  preload(GRAPH_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  return <Explorer query={query} />;
}

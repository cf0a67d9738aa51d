/**
 * Explorer page
 * =============
 * `/`: the network explorer. The graph (already laid out server-side by a seeded ForceAtlas2) is read from the
 * store here and handed to the client, so the first frame needs no extra request. Everything else (details,
 * search) the client asks of the API as the user goes.
 */
import type { Metadata } from 'next';
import { Explorer } from './_components/explorer/Explorer';
import { getStore } from '@/lib/store';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Explorer' };

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
  let data;
  try {
    data = await (await getStore()).graph();
  } catch (error) {
    console.error('app/page: the store did not answer', error);
    return (
      <div className="page-error" role="alert">
        <h1>The graph is unavailable</h1>
        <p>
          The data store did not answer. Check <a href="/api/health">/api/health</a> and try again.
        </p>
      </div>
    );
  }
  return <Explorer data={data} query={query} />;
}

/**
 * Query page
 * ==========
 * `/query`: the analyst's named questions, one form each, answered on the server when the URL names one
 * (`/query?name=actions-for-forum&forum=arf`), so every answer is a link; below them, the Cypher console for the
 * Neo4j backend. Bad input shows the API's own message (400 naming the field, 404 for unknown ids).
 */
import type { Metadata } from 'next';
import { describeNamedQueries, namedQuery } from '@/lib/queries/registry';
import { validateQueryParams } from '@/lib/queries/params';
import { CYPHER_EXAMPLES } from '@/lib/queries/cypher-examples';
import { isAtlasError } from '@/lib/store/errors';
import { getStore } from '@/lib/store';
import type { NodeName } from '@/lib/queries/result-view';
import type { AtlasStore, QueryResult } from '@/lib/store/types';
import { CypherConsole } from './CypherConsole';
import { NamedResult } from './NamedResult';
import { ResultFocus } from './ResultFocus';
import { QueryForm, type QueryChoices } from './QueryForm';
import styles from './query.module.css';
import { StoreUnavailable } from '../_components/StoreUnavailable';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Queries' };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Example values, so every form can be run with one click on the 2017 strategy. */
const EXAMPLES: Record<string, Record<string, string>> = {
  'actions-for-forum': { forum: 'arf' },
  'forums-for-action': { action: 'action-partnership-in-cyberspace' },
  'shortest-path': { from: 'arf', to: 'icann' },
  neighborhood: { id: 'sco', depth: '1' },
  'commitments-by-modality': { modality: 'opposes' },
  'central-forums': { limit: '10' },
};

function single(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}

type Outcome =
  | { name: string; params: Record<string, string>; result: QueryResult }
  | { name: string; params: Record<string, string>; error: string; status: number };

async function choicesFrom(): Promise<QueryChoices> {
  const store = await getStore();
  const [matrix, commitments] = await Promise.all([store.matrix(), store.commitments({})]);
  const counts = new Map<string, number>();
  // Every modality a sentence states is a choice, counted as commitments-by-modality will find it.
  for (const c of commitments) for (const m of c.modalities) counts.set(m, (counts.get(m) ?? 0) + 1);
  return {
    forums: matrix.forums.map(({ id, label, aliases }) => ({
      id,
      label,
      aliases: [...aliases].sort((a, b) => a.length - b.length),
    })),
    actions: matrix.actions,
    modalities: [...counts]
      .map(([modality, count]) => ({ modality, count }))
      .sort((a, b) => b.count - a.count || (a.modality < b.modality ? -1 : 1)),
  };
}

/** Every node's label and type by id, so the answer's table names nodes (both stores keep the graph at hand). */
async function nodeNames(store: AtlasStore): Promise<Map<string, NodeName>> {
  const graph = await store.graph();
  return new Map(
    graph.nodes.map(({ key, attributes }) => [
      key,
      { label: String(attributes?.label ?? key), type: String(attributes?.type ?? '') },
    ]),
  );
}

async function run(name: string, params: Record<string, string>): Promise<Outcome> {
  try {
    const definition = namedQuery(name);
    const result = await (await getStore()).runQuery(definition.name, validateQueryParams(definition, params));
    return { name, params, result };
  } catch (error) {
    if (isAtlasError(error)) return { name, params, error: error.message, status: error.status };
    console.error('app/query: the query failed', error);
    return { name, params, error: 'internal error', status: 500 };
  }
}

export default async function QueryPage({ searchParams }: { searchParams: Search }) {
  const { name, ...params } = single(await searchParams);
  const queries = describeNamedQueries();
  let choices: QueryChoices;
  let backend: string;
  try {
    choices = await choicesFrom();
    backend = (await getStore()).backend;
  } catch (error) {
    console.error('app/query: the store did not answer', error);
    return <StoreUnavailable title="Queries are unavailable" />;
  }
  const outcome = name ? await run(name, params) : null;
  let names: Map<string, NodeName> = new Map();
  try {
    if (outcome) names = await nodeNames(await getStore());
  } catch (error) {
    // The answer is still worth showing: its nodes then go by their ids.
    console.error('app/query: the node names did not load', error);
  }

  return (
    <div className={styles.page}>
      <header>
        <h1>Queries</h1>
        <p className={styles.lead}>
          The common questions, one click away: pick values and run. Every answer has its own link, and its nodes can be
          shown in the explorer. The same queries answer at{' '}
          {/* A JSON endpoint, not a page: a plain link, no client-side navigation. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/api/queries">/api/queries</a> and with <code>atlas query</code>.
        </p>
      </header>

      {outcome ? (
        <NamedResult
          outcome={outcome}
          title={queries.find((query) => query.name === outcome.name)?.title ?? outcome.name}
          names={names}
        />
      ) : null}
      {outcome ? <ResultFocus key={`${name}?${new URLSearchParams(params)}`} /> : null}

      <section aria-labelledby="named-title">
        <h2 id="named-title">Named queries</h2>
        <div className={styles.forms}>
          {queries.map((query) => (
            <QueryForm
              key={query.name}
              query={query}
              choices={choices}
              active={query.name === name}
              values={query.name === name ? params : (EXAMPLES[query.name] ?? {})}
            />
          ))}
        </div>
      </section>

      <CypherConsole examples={CYPHER_EXAMPLES} backend={backend} />
    </div>
  );
}

/**
 * Query page
 * ==========
 * `/query`: the analyst's named questions, one form each, answered on the server when the URL names one
 * (`/query?name=actions-for-forum&forum=arf`), so every answer is a link; below them, the Cypher console for the
 * Neo4j backend. The forms take nodes by name or alias ("ASEAN", "ARF"): a run that names a node so is redirected to
 * the same answer by id (a link that stays true), and a name that fits nothing is refused naming the field. Other
 * bad input shows the API's own message (400 naming the field).
 */
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { documentNamesWhenSeveral } from '@/lib/graph/document-names';
import { describeNamedQueries, namedQuery } from '@/lib/queries/registry';
import { validateQueryParams } from '@/lib/queries/params';
import { CYPHER_EXAMPLES } from '@/lib/queries/cypher-examples';
import { echo, isAtlasError } from '@/lib/store/errors';
import { getStore } from '@/lib/store';
import type { NodeName } from '@/lib/queries/result-view';
import { resolveNodeNames, type NamedNode } from '@/lib/queries/node-names';
import type { QueryDescription } from '@/lib/queries/types';
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

/** The first parameter given more than once (`forum=arf&forum=sco`), which the API refuses too: never one of them. */
function repeated(params: Record<string, string | string[] | undefined>): string | undefined {
  return Object.entries(params).find(([, value]) => Array.isArray(value) && value.length > 1)?.[0];
}

type Outcome =
  | { name: string; params: Record<string, string>; result: QueryResult }
  | { name: string; params: Record<string, string>; error: string; status: number };

async function choicesFrom(): Promise<QueryChoices> {
  const store = await getStore();
  const [matrix, commitments, graph] = await Promise.all([store.matrix(), store.commitments({}), store.graph()]);
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
    documentNames: [...documentNamesWhenSeveral(graph)],
    modalities: [...counts]
      .map(([modality, count]) => ({ modality, count }))
      .sort((a, b) => b.count - a.count || (a.modality < b.modality ? -1 : 1)),
  };
}

/**
 * Every node's label, type and aliases by id: the answer's table names nodes, the forms show and take names
 * (both stores keep the graph at hand).
 */
async function namedNodes(store: AtlasStore): Promise<Map<string, NamedNode>> {
  const graph = await store.graph();
  // Empty with one document: then no name needs saying whose it is.
  const documentNames = documentNamesWhenSeveral(graph);
  return new Map(
    graph.nodes.map(({ key, attributes }) => {
      const aliases = attributes?.aliases;
      const text = attributes?.type === 'commitment' ? attributes.text : undefined;
      const document = documentNames.get(String(attributes?.documentId ?? ''));
      return [
        key,
        {
          id: key,
          label: String(attributes?.label ?? key),
          type: String(attributes?.type ?? ''),
          aliases: Array.isArray(aliases) ? aliases.map(String) : [],
          ...(typeof text === 'string' && text ? { text } : {}),
          ...(document ? { document } : {}),
        },
      ];
    }),
  );
}

/** A form's values as the reader sees them: a node field holds the node's name, not its id. */
function shownValues(query: QueryDescription, values: Record<string, string>, nodes: ReadonlyMap<string, NodeName>) {
  const shown = { ...values };
  for (const parameter of query.parameters) {
    const value = values[parameter.name];
    if (parameter.type === 'node' && value !== undefined) shown[parameter.name] = nodes.get(value)?.label ?? value;
  }
  return shown;
}

/** The run's parameters with node names read as ids; `error` when a name fits no node (or several). */
function resolved(name: string, params: Record<string, string>, nodes: readonly NamedNode[]) {
  const query = describeNamedQueries().find((q) => q.name === name);
  if (!query) return { params };
  try {
    return { params: resolveNodeNames(query.parameters, params, nodes) };
  } catch (error) {
    if (isAtlasError(error)) return { params, error: { name, params, error: error.message, status: error.status } };
    throw error;
  }
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
  const given = await searchParams;
  const { name, ...params } = single(given);
  const twice = repeated(given);
  const queries = describeNamedQueries();
  let choices: QueryChoices;
  let backend: string;
  let names: Map<string, NamedNode>;
  try {
    choices = await choicesFrom();
    const store = await getStore();
    backend = store.backend;
    names = await namedNodes(store);
  } catch (error) {
    console.error('app/query: the store did not answer', error);
    return <StoreUnavailable title="Queries are unavailable" />;
  }
  const named = !name
    ? null
    : twice
      ? {
          params,
          error: {
            name,
            params,
            error: `invalid parameter "${twice}": given more than once (give it once)`,
            status: 400,
          },
        }
      : resolved(name, params, [...names.values()]);
  // Named by name ("ASEAN"): the same answer under its ids, so the link an analyst keeps names the nodes exactly.
  if (name && named && !named.error && Object.entries(params).some(([key, value]) => named.params[key] !== value))
    redirect(`/query?${new URLSearchParams({ name, ...named.params })}`);
  const outcome = name && named ? (named.error ?? (await run(name, params))) : null;

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
          title={queries.find((query) => query.name === outcome.name)?.title ?? echo(outcome.name, 80)}
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
              values={shownValues(query, query.name === name ? params : (EXAMPLES[query.name] ?? {}), names)}
            />
          ))}
        </div>
      </section>

      <CypherConsole examples={CYPHER_EXAMPLES} backend={backend} />
    </div>
  );
}

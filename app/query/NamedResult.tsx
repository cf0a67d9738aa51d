/**
 * Named query result
 * ==================
 * The answer of the query named in the URL: a table whose node ids link to the explorer, a link that shows the
 * whole answer as a highlighted subgraph, the same answer as JSON from the API, or the refusal with its status.
 */
import Link from 'next/link';
import { formatModalities } from '@/lib/explorer/selection/relations';
import { explorerHighlightHref, explorerNodeHref } from '@/lib/queries/links';
import type { QueryResult } from '@/lib/store/types';
import { ResultTable } from './ResultTable';
import styles from './query.module.css';

type Outcome =
  | { name: string; params: Record<string, string>; result: QueryResult }
  | { name: string; params: Record<string, string>; error: string; status: number };

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid input',
  404: 'Not found',
  503: 'The store is unavailable',
  504: 'Timed out',
};

export function NamedResult({ outcome }: { outcome: Outcome }) {
  const api = `/api/queries/${encodeURIComponent(outcome.name)}?${new URLSearchParams(outcome.params)}`;
  if ('error' in outcome) {
    return (
      <section aria-labelledby="results-title" id="results" className={styles.resultBox}>
        <h2 id="results-title" tabIndex={-1}>
          Results: {outcome.name}
        </h2>
        <div role="alert" className={styles.error}>
          <strong>
            {STATUS_TEXT[outcome.status] ?? 'Error'} ({outcome.status}):
          </strong>{' '}
          {outcome.error}
        </div>
      </section>
    );
  }
  const { result } = outcome;
  const ids = new Set(result.nodes ?? []);
  const link = (value: string) =>
    ids.has(value) ? (
      <Link prefetch={false} href={explorerNodeHref(value)}>
        {value}
      </Link>
    ) : (
      value
    );
  const renderCell = (value: unknown, column: string) => {
    if (value === null || value === undefined) return '';
    // A commitment's verbs read as one phrase, "supports · calls for", not as a list of ids.
    if (column === 'modalities' && Array.isArray(value)) return formatModalities(value.map(String));
    if (Array.isArray(value)) {
      return value.map((item, index) => (
        <span key={index}>
          {index > 0 ? ', ' : ''}
          {typeof item === 'string' ? link(item) : String(item)}
        </span>
      ));
    }
    return typeof value === 'string' ? link(value) : String(value);
  };
  return (
    <section aria-labelledby="results-title" id="results" className={styles.resultBox}>
      <h2 id="results-title" tabIndex={-1}>
        Results: {outcome.name}
      </h2>
      <p className={styles.resultLinks}>
        <span role="status">
          {result.rows.length} row{result.rows.length === 1 ? '' : 's'}
          {result.truncated ? ' (truncated)' : ''}
        </span>
        {result.nodes && result.nodes.length > 0 ? (
          <Link prefetch={false} href={explorerHighlightHref(result.nodes)}>
            Show in explorer
          </Link>
        ) : null}
        <a href={api}>JSON</a>
      </p>
      {result.rows.length > 0 ? (
        <ResultTable
          caption={`${outcome.name} ${new URLSearchParams(outcome.params).toString().replace(/&/g, ', ')}`}
          columns={result.columns}
          rows={result.rows}
          renderCell={renderCell}
        />
      ) : (
        <p>No rows: nothing in the graph answers this question.</p>
      )}
    </section>
  );
}

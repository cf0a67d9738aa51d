/**
 * Named query result
 * ==================
 * The answer of the query named in the URL: a table that names each node by its label (a link to the explorer, its
 * id kept beside it for the forms and the CLI) and each relationship in words, a link that shows the whole answer
 * as a highlighted subgraph, the same answer as JSON from the API (ids, as scripts want them), or the refusal with
 * its status. A commitment or a path step that a curator links, not the text, is marked "Curated link" with the
 * curator's note, and a line above the table says what the mark means, so nobody cites it as the text's.
 */
import Link from 'next/link';
import { explorerEdgeHref, explorerHighlightHref, explorerNodeHref } from '@/lib/queries/links';
import { presentResult, type NodeName, type ResultCell } from '@/lib/queries/result-view';
import { viewOptions } from '@/lib/queries/result-columns';
import { parameterName, refusalInWords } from '@/lib/queries/wording';
import type { QueryResult } from '@/lib/store/types';
import { resultCsv, resultCsvFilename } from '@/lib/queries/result-csv';
import { CuratedMark } from './CuratedMark';
import { DownloadCsv } from './DownloadCsv';
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

function Cell({ cell }: { cell: ResultCell }) {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return <>{cell.text}</>;
    case 'number':
      return <>{cell.value}</>;
    case 'node':
      return (
        <>
          <Link prefetch={false} href={explorerNodeHref(cell.id)}>
            {cell.label}
          </Link>
          {cell.label !== cell.id ? <code className={styles.id}>{cell.id}</code> : null}
        </>
      );
    case 'nodes':
      // A list of commitments or items: labels only, each id in its link's title, or the cell would be mostly ids.
      return (
        <ul className={styles.cellList}>
          {cell.items.map((item) => (
            <li key={item.id}>
              <Link prefetch={false} href={explorerNodeHref(item.id)} title={item.id}>
                {item.label}
              </Link>
              {item.curated ? (
                <CuratedMark mark={item.curated} what="This sentence does not name it; a curator links it." />
              ) : null}
            </li>
          ))}
        </ul>
      );
    case 'edge':
      return (
        <>
          <Link prefetch={false} href={explorerEdgeHref(cell.key)} title={cell.key}>
            {cell.text}
          </Link>
          {cell.curated ? (
            <CuratedMark mark={cell.curated} what="The text does not state this; a curator adds it." />
          ) : null}
        </>
      );
  }
}

/** "actions-for-forum — Forum: ASEAN Regional Forum, Include bodies within the forum: yes": ids as names. */
function caption(name: string, params: Record<string, string>, names: ReadonlyMap<string, NodeName>): string {
  const values = Object.entries(params).map(([key, value]) => {
    const shown = value === 'true' ? 'yes' : value === 'false' ? 'no' : (names.get(value)?.label ?? value);
    return `${parameterName(key)}: ${shown}`;
  });
  return values.length > 0 ? `${name} — ${values.join(', ')}` : name;
}

export function NamedResult({
  outcome,
  title,
  names,
}: {
  outcome: Outcome;
  /** The query's title (its name for a query that does not exist). */
  title: string;
  names: ReadonlyMap<string, NodeName>;
}) {
  const api = `/api/queries/${encodeURIComponent(outcome.name)}?${new URLSearchParams(outcome.params)}`;
  if ('error' in outcome) {
    return (
      <section aria-labelledby="results-title" id="results" className={styles.resultBox}>
        <h2 id="results-title" tabIndex={-1}>
          Results: {title}
        </h2>
        <div role="alert" className={styles.error}>
          <strong>
            {STATUS_TEXT[outcome.status] ?? 'Error'} ({outcome.status}):
          </strong>{' '}
          {refusalInWords(outcome.error)}
        </div>
      </section>
    );
  }
  const { result } = outcome;
  const view = presentResult(result, names, viewOptions(outcome.name));
  return (
    <section aria-labelledby="results-title" id="results" className={styles.resultBox}>
      <h2 id="results-title" tabIndex={-1}>
        Results: {title}
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
        {result.rows.length > 0 ? (
          <DownloadCsv csv={resultCsv(view)} filename={resultCsvFilename(outcome.name, outcome.params)} />
        ) : null}
      </p>
      {view.curatedMarks > 0 ? (
        <p className={styles.notice}>
          <strong>Curated link</strong> marks what the text does not state: a curator added it, with a note saying why.
          Cite it as the curator’s knowledge, not as the document’s.
        </p>
      ) : null}
      {result.rows.length > 0 ? (
        <ResultTable
          label="Result table"
          caption={caption(outcome.name, outcome.params, names)}
          columns={view.columns.map((column) => column.header)}
          rows={view.rows}
          renderCell={(cell) => <Cell cell={cell as ResultCell} />}
          isNumber={(cell) => (cell as ResultCell).kind === 'number'}
        />
      ) : (
        <p>No rows: nothing in the graph answers this question.</p>
      )}
    </section>
  );
}

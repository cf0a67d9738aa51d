/**
 * Node table
 * ==========
 * The accessible twin of the canvas: every node (of the visible types) in a sortable, filterable table. Column
 * headers are buttons that announce their sort through aria-sort; each label is a link that selects the node.
 * With a highlight, the table shows the highlighted nodes (marked in words) until told to show all. The filter also
 * finds commitments by the words of their whole sentence (a row found that way shows the passage under its name),
 * and "Show" keeps the commitments, the issuer's own, or the norms asked of others. With several documents loaded,
 * "Document" keeps one document's rows (which are whose: lib/explorer/table/documents.ts); with one it is not there.
 * "Download CSV" saves the rows shown, in their order (lib/explorer/table/rows-csv.ts). A big graph's rows are
 * rendered a page at a time (lib/explorer/table/paging.ts), with "Show more" and "Show all" below them.
 */
'use client';

import { useMemo, useState } from 'react';
import { focusAfterRender } from '@/lib/explorer/focus';
import { TABLE_PAGE, tablePage } from '@/lib/explorer/table/paging';
import { saveCsv } from '@/lib/browser/save-file';
import { rowsCsv, rowsCsvFilename } from '@/lib/explorer/table/rows-csv';
import { sentenceSnippet } from '@/lib/explorer/search/snippet';
import { sentenceTerms } from '@/lib/queries/sentence-match';
import type { TableDocument } from '@/lib/explorer/table/documents';
import {
  DEFAULT_SORT,
  filterRows,
  matchedBySentenceOnly,
  nextSort,
  ROW_SHOW_CHOICES,
  sortRows,
  type NodeRow,
  type RowShow,
  type SortKey,
  type SortOrder,
} from '@/lib/explorer/table/rows';
import { MAX_QUERY } from '@/lib/explorer/url/state';
import { DocumentSelect } from '../DocumentSelect';
import { useSettledValue } from '../useSettledValue';
import { NodeLink } from './NodeDetails';
import { TypeSwatch } from './TypeSwatch';

interface Props {
  rows: readonly NodeRow[];
  /** The filter text and "Show" choice: the URL's (lib/explorer/url/state.ts), so a filtered table can be linked. */
  filter: string;
  show: RowShow;
  /** The "Document" choices (none with one document: no control) and the one chosen, a loaded one or null (all). */
  documents: readonly TableDocument[];
  doc: string | null;
  onFilterChange: (filter: string) => void;
  onShowChange: (show: RowShow) => void;
  onDocChange: (doc: string | null) => void;
  isVisible: (type: string) => boolean;
  selectedNode: string | null;
  /** Highlighted nodes (from `?highlight=`), or null; the table can show only them. */
  highlighted: ReadonlySet<string> | null;
  onSelect: (id: string) => void;
}

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'label', label: 'Name' },
  { key: 'type', label: 'Type' },
  { key: 'degree', label: 'Relationships', numeric: true },
  { key: 'centrality', label: 'Centrality', numeric: true },
];

export function NodeTable({
  rows,
  filter,
  show,
  documents,
  doc,
  onFilterChange,
  onShowChange,
  onDocChange,
  isVisible,
  selectedNode,
  highlighted,
  onSelect,
}: Props) {
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  // A highlight is what the reader came for: the table opens on it, and one checkbox shows everything again.
  const [onlyHighlighted, setOnlyHighlighted] = useState(true);
  const only = highlighted && onlyHighlighted ? highlighted : null;
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter, isVisible, only, show, doc), sort),
    [rows, filter, isVisible, only, show, doc, sort],
  );
  const terms = useMemo(() => sentenceTerms(filter), [filter]);
  // Other rows, or another order, start again at the first page (the limit is kept per list of rows shown).
  const [paging, setPaging] = useState({ of: shown, limit: TABLE_PAGE });
  const limit = paging.of === shown ? paging.limit : TABLE_PAGE;
  const page = tablePage(shown.length, limit);
  const count = `${shown.length} of ${rows.length} nodes${page.hidden > 0 ? `; the first ${page.shown} listed` : ''}`;
  // Said once typing pauses, not per keystroke (the visible count above follows every one).
  const announcedCount = useSettledValue(count);
  const showUpTo = (next: number) => {
    setPaging({ of: shown, limit: next });
    // Onto the first row the click added, so the keyboard goes on from where the list was.
    focusAfterRender(`#node-table-rows > tr:nth-child(${page.shown + 1}) a`);
  };
  return (
    <section className="node-table" aria-labelledby="node-table-title">
      <div className="table-head">
        <h2 id="node-table-title" tabIndex={-1}>
          Nodes
        </h2>
        <label>
          Filter nodes{' '}
          <input
            type="text"
            value={filter}
            onChange={(event) => onFilterChange(event.target.value)}
            // As long as the URL holds it, so the text and the link always agree.
            maxLength={MAX_QUERY}
            placeholder="name, alias, verb or words of a sentence"
          />
        </label>
        <label>
          Show{' '}
          <select value={show} onChange={(event) => onShowChange(event.target.value as RowShow)}>
            {ROW_SHOW_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        {documents.length > 0 ? (
          <label>
            Document <DocumentSelect documents={documents} value={doc} onChange={onDocChange} />
          </label>
        ) : null}
        {highlighted ? (
          <label className="table-only">
            <input
              type="checkbox"
              checked={onlyHighlighted}
              onChange={(event) => setOnlyHighlighted(event.target.checked)}
            />{' '}
            Highlighted nodes only ({highlighted.size})
          </label>
        ) : null}
        {/* Read out from the live region below (the same words, once typing pauses), not twice. */}
        <p className="muted" aria-hidden="true">
          {count}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {announcedCount}
        </p>
        <button
          type="button"
          className="link-button"
          onClick={() => saveCsv(rowsCsv(shown, window.location.origin), rowsCsvFilename(filter, show, doc))}
        >
          Download CSV
        </button>
      </div>
      {/* A named, focusable scroll box: on a phone the table is wider than the screen and scrolls by keyboard too. */}
      <div className="table-scroll" role="region" aria-label="Table of nodes" tabIndex={0}>
        <table aria-labelledby="node-table-title">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                  className={column.numeric ? 'num' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, column.key))}>
                    {column.label}
                    <span aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody id="node-table-rows">
            {shown.slice(0, page.shown).map((row) => (
              <tr
                key={row.id}
                aria-current={row.id === selectedNode ? 'true' : undefined}
                data-highlighted={highlighted?.has(row.id) ? 'true' : undefined}
              >
                <td>
                  <NodeLink id={row.id} label={row.label} onSelect={onSelect} />
                  {row.id === selectedNode ? <span className="badge">selected</span> : null}
                  {highlighted?.has(row.id) ? <span className="badge badge-highlight">highlighted</span> : null}
                  {row.text && matchedBySentenceOnly(row, filter) ? (
                    <span className="table-snippet">
                      {sentenceSnippet(row.text, terms).map((part, index) =>
                        part.hit ? <mark key={index}>{part.text}</mark> : part.text,
                      )}
                    </span>
                  ) : null}
                </td>
                <td>
                  <TypeSwatch type={row.type} /> {row.typeName}
                  {row.detail ? <span className="muted"> — {row.detail}</span> : null}
                  {row.document ? <span className="muted table-document"> · {row.document}</span> : null}
                </td>
                <td className="num">{row.degree}</td>
                <td className="num">{row.centrality.toFixed(4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.hidden > 0 ? (
        <p className="table-more">
          <button type="button" onClick={() => showUpTo(page.shown + page.more)}>
            Show {page.more} more
          </button>{' '}
          <button type="button" onClick={() => showUpTo(shown.length)}>
            Show all {shown.length}
          </button>{' '}
          <span className="muted">{page.hidden} not listed yet</span>
        </p>
      ) : null}
    </section>
  );
}

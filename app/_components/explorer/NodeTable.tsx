/**
 * Node table
 * ==========
 * The accessible twin of the canvas: every node (of the visible types) in a sortable, filterable table. Column
 * headers are buttons that announce their sort through aria-sort; each label is a link that selects the node.
 * With a highlight, the table shows the highlighted nodes (marked in words) until told to show all.
 */
'use client';

import { useMemo, useState } from 'react';
import {
  DEFAULT_SORT,
  filterRows,
  nextSort,
  sortRows,
  type NodeRow,
  type SortKey,
  type SortOrder,
} from '@/lib/explorer/table/rows';
import { NodeLink } from './NodeDetails';
import { TypeSwatch } from './TypeSwatch';

interface Props {
  rows: readonly NodeRow[];
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

export function NodeTable({ rows, isVisible, selectedNode, highlighted, onSelect }: Props) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  // A highlight is what the reader came for: the table opens on it, and one checkbox shows everything again.
  const [onlyHighlighted, setOnlyHighlighted] = useState(true);
  const only = highlighted && onlyHighlighted ? highlighted : null;
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter, isVisible, only), sort),
    [rows, filter, isVisible, only, sort],
  );
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
            onChange={(event) => setFilter(event.target.value)}
            placeholder="name, alias or verb"
          />
        </label>
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
        <p className="muted" aria-live="polite">
          {shown.length} of {rows.length} nodes
        </p>
      </div>
      <div className="table-scroll">
        <table>
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
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.id}
                aria-current={row.id === selectedNode ? 'true' : undefined}
                data-highlighted={highlighted?.has(row.id) ? 'true' : undefined}
              >
                <td>
                  <NodeLink id={row.id} label={row.label} onSelect={onSelect} />
                  {row.id === selectedNode ? <span className="badge">selected</span> : null}
                  {highlighted?.has(row.id) ? <span className="badge badge-highlight">highlighted</span> : null}
                </td>
                <td>
                  <TypeSwatch type={row.type} /> {row.typeName}
                  {row.detail ? <span className="muted"> — {row.detail}</span> : null}
                </td>
                <td className="num">{row.degree}</td>
                <td className="num">{row.centrality.toFixed(4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

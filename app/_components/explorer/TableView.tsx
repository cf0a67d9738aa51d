/**
 * Table view
 * ==========
 * The Table tab's contents: the selected node's relationships (when a node is selected) and the node table, or,
 * until the graph has arrived, what the explorer shows in its place (`noGraph`). Its own module so that the explorer can load it with the tab (next/dynamic in Explorer.tsx):
 * the graph view's first frame needs neither these components nor the rows' code (lib/explorer/table/rows).
 */
'use client';

import { useMemo, type ReactNode } from 'react';
import type { ClientGraph } from '@/lib/explorer/graph/client-graph';
import { chosenDocument, tableDocuments, type TableDocument } from '@/lib/explorer/table/documents';
import { nodeRows } from '@/lib/explorer/table/rows';
import type { SelectionDetails } from '@/lib/explorer/selection/useSelectionDetails';
import type { ExplorerUrlState } from '@/lib/explorer/url/state';
import { NodeTable } from './NodeTable';
import { RelationsTable } from './RelationsTable';

type TableState = Pick<ExplorerUrlState, 'filter' | 'show' | 'doc'>;

const ONE_DOCUMENT: TableDocument[] = [];

interface Props {
  graph: ClientGraph | null;
  /** Shown instead of the node table while the graph is loading or failed to load. */
  noGraph: ReactNode;
  /**
   * The node table's filter, "Show" and "Document" choices, held in the URL (the search box's "N more sentences"
   * sets the first two); a change is handed on as a patch of that state.
   */
  table: TableState;
  onTableChange: (patch: Partial<TableState>) => void;
  selection: SelectionDetails;
  isVisible: (type: string) => boolean;
  selectedNode: string | null;
  highlighted: ReadonlySet<string> | null;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
}

export default function TableView({
  graph,
  noGraph,
  table,
  onTableChange,
  selection,
  isVisible,
  selectedNode,
  highlighted,
  onSelectNode,
  onSelectEdge,
}: Props) {
  // Built when the table is first shown, and again only for a new graph.
  const rows = useMemo(() => (graph ? nodeRows(graph) : null), [graph]);
  const documents = useMemo(() => (graph ? tableDocuments(graph) : ONE_DOCUMENT), [graph]);
  return (
    <>
      {selection.status === 'node' ? (
        <RelationsTable
          label={selection.details.node.label}
          neighbors={selection.details.neighbors}
          onSelectNode={onSelectNode}
          onSelectEdge={onSelectEdge}
        />
      ) : null}
      {rows ? (
        <NodeTable
          rows={rows}
          filter={table.filter}
          show={table.show}
          documents={documents}
          doc={chosenDocument(documents, table.doc)}
          onFilterChange={(filter) => onTableChange({ filter })}
          onShowChange={(show) => onTableChange({ show })}
          onDocChange={(doc) => onTableChange({ doc })}
          isVisible={isVisible}
          selectedNode={selectedNode}
          highlighted={highlighted}
          onSelect={onSelectNode}
        />
      ) : (
        noGraph
      )}
    </>
  );
}

/**
 * Relationships table
 * ===================
 * The selected node's relationships as a table: the relationship in the details list's words ("Part of",
 * "Involved in", which also give its direction), the other node (a link that selects it), its type, and whether the
 * relationship is stated in the text or curated (with the note).
 */
'use client';

import type { Neighbor } from '@/lib/explorer/api/client';
import { typeName } from '@/lib/explorer/graph/kinds';
import { relationPhrase } from '@/lib/explorer/selection/relations';
import { NodeLink } from './NodeDetails';

interface Props {
  label: string;
  neighbors: readonly Neighbor[];
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
}

export function RelationsTable({ label, neighbors, onSelectNode, onSelectEdge }: Props) {
  return (
    <section className="relations-table" aria-labelledby="relations-table-title">
      {/* Focusable (not a Tab stop): a selection made from the table's rows, which it rebuilds, lands here. */}
      <h2 id="relations-table-title" tabIndex={-1}>
        Relationships of {label}
      </h2>
      {/* A named, focusable scroll box: on a phone the table is wider than the screen and scrolls by keyboard too. */}
      <div className="table-scroll" role="region" aria-label="Table of relationships" tabIndex={0}>
        <table aria-labelledby="relations-table-title">
          <thead>
            <tr>
              <th scope="col">Relationship</th>
              <th scope="col">Node</th>
              <th scope="col">Type</th>
              <th scope="col">Basis</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {neighbors.map((neighbor) => (
              <tr key={neighbor.edge}>
                <td>{relationPhrase(neighbor.relation, neighbor.direction)}</td>
                <td>
                  <NodeLink id={neighbor.id} label={neighbor.label} onSelect={onSelectNode} />
                </td>
                <td>{typeName(neighbor.type)}</td>
                <td>
                  {neighbor.basis === 'curated' ? 'curated' : 'stated in the text'}
                  {neighbor.note ? <p className="note">{neighbor.note}</p> : null}
                </td>
                <td>
                  {/* Named by its row, in the details list's words ("Part of"): a screen reader's list of buttons
                      otherwise reads "Show relationship" × n, and an edge type (PART_OF) is spelled out letter by letter. */}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelectEdge(neighbor.edge)}
                    aria-label={`Show relationship, ${relationPhrase(neighbor.relation, neighbor.direction)}: ${neighbor.label}`}
                  >
                    Show relationship
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

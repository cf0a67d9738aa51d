/**
 * Node details
 * ============
 * A selected node: label, type, aliases, description, what kind of commitment it is and the forums it involves,
 * its neighbours grouped by relationship (each a link that selects it, curated ones marked with their note), the
 * sentences it comes from, and for a forum or a plan-of-action item the named query that crosses the two.
 */
'use client';

import type { NodeDetails as Details, Neighbor } from '@/lib/explorer/api/client';
import { FORUM_NODE_TYPES, typeName } from '@/lib/explorer/graph/kinds';
import type { ProvenanceSources } from '@/lib/explorer/selection/sources';
import {
  describeKind,
  formatModalities,
  groupNeighbors,
  involvedForums,
  modalitiesOf,
  relationPhrase,
} from '@/lib/explorer/selection/relations';
import Link from 'next/link';
import { planOfActionQueryHref } from '@/lib/queries/links';
import { ProvenanceList } from './Provenance';
import { TypeSwatch } from './TypeSwatch';

interface Props {
  details: Details;
  sources: ProvenanceSources;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

export function NodeLink({ id, label, onSelect }: { id: string; label: string; onSelect: (id: string) => void }) {
  return (
    <a
      href={`/?node=${encodeURIComponent(id)}`}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onSelect(id);
      }}
    >
      {label}
    </a>
  );
}

function NeighborItem({
  neighbor,
  sentence,
  onSelectNode,
  onSelectEdge,
}: {
  neighbor: Neighbor;
  /** A commitment's whole sentence, shown instead of its label, which stops mid-clause. */
  sentence: string | undefined;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
}) {
  return (
    <li>
      <TypeSwatch type={neighbor.type} />
      <NodeLink id={neighbor.id} label={sentence ?? neighbor.label} onSelect={onSelectNode} />
      <span className="muted"> · {typeName(neighbor.type)}</span>
      {neighbor.basis === 'curated' ? <span className="badge badge-curated">curated</span> : null}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => onSelectEdge(neighbor.edge)}
        // Named with the group's phrase ("Part of"), not the edge type ("PART_OF"), which a screen reader spells out.
        aria-label={`Relationship details, ${relationPhrase(neighbor.relation, neighbor.direction)}: ${neighbor.label}`}
      >
        relationship
      </button>
      {neighbor.note ? <p className="note">Note: {neighbor.note}</p> : null}
    </li>
  );
}

/** Who states the sentence (the MAKES edge), never the subject as written ("It", "Efforts"). */
function commitmentHeading(isNorm: boolean, maker: string | undefined): string {
  const what = isNorm ? 'Norm stated' : 'Commitment';
  return maker ? `${what} by ${maker}` : what;
}

export function NodeDetails({ details, sources, onSelectNode, onSelectEdge }: Props) {
  const { node, neighbors, provenance } = details;
  const description = text(node.description);
  const aliases = node.aliases.filter((alias) => alias !== node.label);
  const isCommitment = node.type === 'commitment';
  const forums = isCommitment ? involvedForums(neighbors, FORUM_NODE_TYPES) : [];
  const groups = groupNeighbors(neighbors);
  const makes = neighbors.find((n) => n.relation === 'MAKES' && n.direction === 'in');
  // By the name the text calls it, as the reader and the legend do.
  const maker = makes ? (sources.partyName(makes.id) ?? makes.label) : undefined;
  const subject = text(node.subject);
  const quotedFrom = text(node.quotedFrom);
  const isNorm = node.kind === 'others';
  // Every verb of the sentence ("opposes … and believes …"), first verb first.
  const modalities = isCommitment ? modalitiesOf(node.modality, node.modalities) : [];
  const queryHref = planOfActionQueryHref(node);
  return (
    <article className="details-node" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {isCommitment ? commitmentHeading(isNorm, maker) : node.label}
      </h2>
      <p className="details-type">
        <TypeSwatch type={node.type} /> {typeName(node.type)}
        {node.basis === 'curated' ? <span className="badge badge-curated">curated</span> : null}
      </p>
      {aliases.length > 0 ? (
        <p>
          <span className="muted">Also written: </span>
          {aliases.join(', ')}
        </p>
      ) : null}
      {description ? <p>{description}</p> : null}
      {/* The relationships list a forum's commitments, not the plan-of-action items they fall under (one step
          further): the question the matrix and /query answer is a link away. */}
      {queryHref ? (
        <p>
          <Link prefetch={false} href={queryHref}>
            {node.type === 'action' ? 'Forums for this plan-of-action item' : 'Plan-of-action items for this forum'}
          </Link>
        </p>
      ) : null}
      {text(node.note) ? <p className="note">Curation note: {text(node.note)}</p> : null}
      {isCommitment ? (
        <dl className="facts">
          <dt>{modalities.length > 1 ? 'Modalities' : 'Modality'}</dt>
          <dd>{modalities.length > 0 ? formatModalities(modalities, true) : '—'}</dd>
          {subject ? (
            <>
              {/* As written: "It", "Efforts" or "Countries" read as the sentence reads, not as the maker. Not called
                  "addressed to" even for a norm: "The future of cyberspace should …" addresses no one by its subject. */}
              <dt>Subject as written</dt>
              <dd>“{subject}”</dd>
            </>
          ) : null}
          <dt>Kind</dt>
          {/* In words; the stored value (what `kind=` filters on in the API) is kept in the title. */}
          <dd title={text(node.kind) ? `kind: ${text(node.kind)}` : undefined}>
            {describeKind(node.kind) ?? text(node.kind) ?? '—'}
          </dd>
          {quotedFrom ? (
            <>
              {/* Quoted speech (an epigraph): the words are the speaker's, who is the maker above. */}
              <dt>Quoted from</dt>
              <dd>{quotedFrom}</dd>
            </>
          ) : null}
          <dt>Forums involved</dt>
          <dd>
            {forums.length === 0 ? (
              'none named'
            ) : (
              <ul className="inline-list">
                {forums.map((forum) => (
                  <li key={forum.id}>
                    <NodeLink id={forum.id} label={forum.label} onSelect={onSelectNode} />
                    {/* Not named by the sentence: a curator's link, never to be cited as the text's. */}
                    {forum.basis === 'curated' ? (
                      <>
                        {' '}
                        (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onSelectEdge(forum.edge)}
                          aria-label={`curated link to ${forum.label}: not named in the sentence; show the note`}
                        >
                          curated
                        </button>
                        )
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      ) : null}
      <ProvenanceList items={provenance} sources={sources} />
      <section aria-label="Relationships">
        <h3>Relationships ({neighbors.length})</h3>
        {groups.map((group) => (
          <section key={group.key} className="relation-group" aria-label={group.title}>
            <h4>
              {group.title} <span className="muted">({group.neighbors.length})</span>
            </h4>
            <ul>
              {group.neighbors.map((neighbor) => (
                <NeighborItem
                  key={neighbor.edge}
                  neighbor={neighbor}
                  sentence={neighbor.type === 'commitment' ? sources.sentenceOf(neighbor.id) : undefined}
                  onSelectNode={onSelectNode}
                  onSelectEdge={onSelectEdge}
                />
              ))}
            </ul>
          </section>
        ))}
      </section>
    </article>
  );
}

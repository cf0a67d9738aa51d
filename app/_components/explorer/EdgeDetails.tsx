/**
 * Relationship details
 * ====================
 * A selected edge: its type and both ends (links that select them), whether it is stated in the text or curated
 * (with the curator's note), and the sentences it comes from.
 */
'use client';

import type { EdgeDetails as Details } from '@/lib/explorer/api/client';
import { typeName } from '@/lib/explorer/graph/kinds';
import { citationDate } from '@/lib/graph/citation';
import { relationWords } from '@/lib/explorer/selection/relations';
import type { ProvenanceSources } from '@/lib/explorer/selection/sources';
import { NodeLink } from './NodeDetails';
import { ProvenanceList } from './Provenance';

interface Props {
  details: Details;
  sources: ProvenanceSources;
  onSelectNode: (id: string) => void;
}

export function EdgeDetails({ details, sources, onSelectNode }: Props) {
  const { edge, source, target, provenance } = details;
  return (
    <article className="details-edge" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        Relationship: {relationWords(edge.type)}
      </h2>
      <p>
        <NodeLink id={source.id} label={source.label} onSelect={onSelectNode} />{' '}
        <span className="muted">({typeName(source.type)})</span> <strong>{relationWords(edge.type)}</strong> →{' '}
        <NodeLink id={target.id} label={target.label} onSelect={onSelectNode} />{' '}
        <span className="muted">({typeName(target.type)})</span>
      </p>
      <dl className="facts">
        <dt>Basis</dt>
        <dd>{edge.basis === 'curated' ? 'Curated: not stated in the text' : 'Stated in the text'}</dd>
        {edge.count !== undefined ? (
          <>
            <dt>Mentions</dt>
            <dd>{edge.count}</dd>
          </>
        ) : null}
        {edge.date ? (
          <>
            <dt>Date</dt>
            <dd>{citationDate(edge.date)}</dd>
          </>
        ) : null}
      </dl>
      {edge.note ? <p className="note">Curation note: {edge.note}</p> : null}
      {provenance.length === 0 && edge.basis === 'text' ? (
        <p className="muted">Derived from the document’s structure (no single sentence).</p>
      ) : null}
      <ProvenanceList items={provenance} sources={sources} />
    </article>
  );
}

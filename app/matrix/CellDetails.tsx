/**
 * Cell details
 * ============
 * The commitments of one matrix cell, each sentence verbatim in a <blockquote>, with links to read it in the
 * document, to see it in the explorer and to copy it as a citation. A commitment whose link to the forum is curated
 * (its sentence does not name the forum) says so, with a link to the curated relationship and its note: it must not
 * be cited as the text's. With the bodies within each forum counted, a commitment counted through one names it
 * ("Counted via UN General Assembly"), since its sentence need not name the forum. Escape or "Close" returns to the
 * cell.
 */
import Link from 'next/link';
import { Fragment } from 'react';
import type { MatrixVia, SearchResult } from '@/lib/store/types';
import { formatModalities } from '@/lib/explorer/selection/relations';
import { explorerEdgeHref, explorerHighlightHref, explorerNodeHref, readerHref } from '@/lib/queries/links';
import { CopyCitation } from '../_components/CopyCitation';
import type { CommitmentQuote } from './MatrixExplorer';
import styles from './matrix.module.css';

interface Props {
  forum: SearchResult;
  action: { id: string; label: string };
  commitments: CommitmentQuote[];
  /** Ids of the commitments linked to the forum by curation, not by their sentence. */
  curated: readonly string[];
  /** The commitments counted through bodies within the forum, with those bodies (empty unless they are counted). */
  via: readonly MatrixVia[];
  /** The bodies' names, by id. */
  partLabels: Readonly<Record<string, string>>;
  /** The item's document by short name, when several are loaded ("EU 2020"): the heading says whose plan it is. */
  documentName?: string | undefined;
  onClose(): void;
}

/** How one commitment reaches the forum, when its sentence does not simply name it: via a part, or by curation. */
function LinkNotes({
  commitment,
  forum,
  parts,
  curated,
  labelOf,
}: {
  commitment: string;
  forum: SearchResult;
  parts: readonly string[];
  curated: boolean;
  labelOf(id: string): string;
}) {
  // Counted only through bodies within the forum: the curated relationship to explain is the one to such a body.
  const linked = parts[0] ?? forum.id;
  return (
    <>
      {parts.length > 0 ? (
        <p className={styles.viaLink}>
          Counted via{' '}
          {parts.map((part, index) => (
            <Fragment key={part}>
              {index === 0 ? '' : index === parts.length - 1 ? ' and ' : ', '}
              <Link prefetch={false} href={explorerNodeHref(part)}>
                {labelOf(part)}
              </Link>
            </Fragment>
          ))}
          , {parts.length === 1 ? 'a body' : 'bodies'} within {forum.label}.
        </p>
      ) : null}
      {curated ? (
        <p className={styles.curatedLink}>
          <strong>Curated link</strong>: this sentence does not name{' '}
          {linked === forum.id ? forum.label : labelOf(linked)}; a curator links it.{' '}
          <Link prefetch={false} href={explorerEdgeHref(`INVOLVES:${commitment}->${linked}`)}>
            See why
          </Link>
        </p>
      ) : null}
    </>
  );
}

export function CellDetails({ forum, action, commitments, curated, via, partLabels, documentName, onClose }: Props) {
  const partsOf = new Map(via.map((v) => [v.commitment, v.parts]));
  // Own keys only: ids are slugs, and "constructor" is one.
  const labelOf = (id: string) => (Object.hasOwn(partLabels, id) ? partLabels[id] : undefined) ?? id;
  const highlighted = [forum.id, action.id, ...via.flatMap((v) => v.parts), ...commitments.map((c) => c.id)];
  return (
    <section
      className={styles.details}
      aria-labelledby="cell-details-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className={styles.detailsHead}>
        <h2 id="cell-details-title" tabIndex={-1}>
          {forum.label} × {action.label}
          {documentName ? <span className="muted"> ({documentName})</span> : null}
        </h2>
        <button type="button" className={styles.button} onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">
        {commitments.length === 0
          ? 'No commitment links this forum to this item.'
          : `${commitments.length} commitment${commitments.length === 1 ? '' : 's'}, in reading order.`}{' '}
        <Link prefetch={false} href={explorerHighlightHref(highlighted)}>
          Show in explorer
        </Link>
      </p>
      <ol className={styles.quotes}>
        {commitments.map((c, index) => (
          <li key={c.id}>
            <blockquote cite={readerHref(c.documentId, c.id)}>{c.text}</blockquote>
            <LinkNotes
              commitment={c.id}
              forum={forum}
              parts={partsOf.get(c.id) ?? []}
              curated={curated.includes(c.id)}
              labelOf={labelOf}
            />
            <p className={styles.quoteMeta}>
              <span>
                {c.modalities.length > 1 ? 'Modalities' : 'Modality'}: <strong>{formatModalities(c.modalities)}</strong>{' '}
                ({c.kind === 'self' ? 'the issuer commits' : 'a norm for others'})
              </span>
              <Link prefetch={false} href={readerHref(c.documentId, c.id)}>
                Read in context
              </Link>
              <Link prefetch={false} href={explorerNodeHref(c.id)}>
                Open in explorer
              </Link>
              {c.citation ? (
                <span>
                  <CopyCitation citation={c.citation} label={`Copy citation of commitment ${index + 1}`} />
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Cell details
 * ============
 * The commitments of one matrix cell, each sentence verbatim in a <blockquote>, with links to read it in the
 * document, to see it in the explorer and to copy it as a citation. A commitment whose link to the forum is curated (its sentence does not name
 * the forum) says so, with a link to the curated relationship and its note: it must not be cited as the text's.
 * Escape or "Close" returns to the cell.
 */
import Link from 'next/link';
import type { SearchResult } from '@/lib/store/types';
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
  onClose(): void;
}

export function CellDetails({ forum, action, commitments, curated, onClose }: Props) {
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
        </h2>
        <button type="button" className={styles.button} onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted">
        {commitments.length === 0
          ? 'No commitment links this forum to this item.'
          : `${commitments.length} commitment${commitments.length === 1 ? '' : 's'}, in reading order.`}{' '}
        <Link prefetch={false} href={explorerHighlightHref([forum.id, action.id, ...commitments.map((c) => c.id)])}>
          Show in explorer
        </Link>
      </p>
      <ol className={styles.quotes}>
        {commitments.map((c, index) => (
          <li key={c.id}>
            <blockquote cite={readerHref(c.documentId, c.id)}>{c.text}</blockquote>
            {curated.includes(c.id) ? (
              <p className={styles.curatedLink}>
                <strong>Curated link</strong>: this sentence does not name {forum.label}; a curator links it.{' '}
                <Link prefetch={false} href={explorerEdgeHref(`INVOLVES:${c.id}->${forum.id}`)}>
                  See why
                </Link>
              </p>
            ) : null}
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

/**
 * Curated mark
 * ============
 * Beside a commitment or a path step that a curator links, not the text: the words "Curated link" (never colour
 * alone), opening to the curator's note and the relationship in the explorer, as /matrix's cell details say it.
 * A <details>, so the note opens by keyboard and touch, without JavaScript, and the table stays compact.
 */
import Link from 'next/link';
import { explorerEdgeHref } from '@/lib/queries/links';
import type { CuratedMark as Mark } from '@/lib/queries/result-view';
import styles from './query.module.css';

export function CuratedMark({ mark, what }: { mark: Mark; what: string }) {
  return (
    <details className={styles.curated}>
      <summary>Curated link</summary>
      <p>
        {what} {mark.note ? <>The curator’s note: “{mark.note}” </> : null}
        {mark.edge ? (
          <Link prefetch={false} href={explorerEdgeHref(mark.edge)}>
            See the relationship
          </Link>
        ) : null}
      </p>
    </details>
  );
}

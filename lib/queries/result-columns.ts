/**
 * Result columns, per query
 * =========================
 * What each named query's table on /query leaves out or names differently. The API keeps every column (scripts
 * rely on their names and places); an analyst reads a narrower table: commitments-by-modality's sentence once, as
 * its commitment's name, without the document id and the character offset that only scripts use, and without the
 * first modality, which the list of all of them already holds.
 */

export interface ViewOptions {
  /** Columns the table leaves out. */
  hidden: readonly string[];
  /** A node column named by another column of its row (`{commitment: 'text'}`), not by the node's label. */
  labels: Readonly<Record<string, string>>;
}

const NONE: ViewOptions = { hidden: [], labels: {} };

const BY_QUERY: Readonly<Record<string, ViewOptions>> = {
  'commitments-by-modality': {
    hidden: ['modality', 'text', 'documentId', 'start'],
    labels: { commitment: 'text' },
  },
};

export function viewOptions(query: string): ViewOptions {
  return Object.hasOwn(BY_QUERY, query) ? BY_QUERY[query]! : NONE;
}

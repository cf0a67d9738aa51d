/**
 * Stored format
 * =============
 * Which shape of data a Neo4j database holds, written by the loader on the meta node and checked by the store.
 * A database loaded by an older atlas lacks properties this one reads (before format 2, commitments had no
 * `modalities`), and reading it anyway gives quietly wrong answers (a modality filter that matches nothing), so
 * the store refuses it with the one thing that fixes it: load again.
 */
import { StoreUnavailableError } from '../errors';
import { ATLAS_LABEL, META_LABEL } from './records';

/** 1: the first loader (no marker). 2: commitments carry `modalities` (every verb, the first the main one). */
export const STORE_FORMAT = 2;

/** What the meta node says of the database: nothing at all when no atlas load ever finished in it. */
export interface StoredMeta {
  loadId: string | undefined;
  format: number | undefined;
  /** Whether any atlas node is there (data from a load that never finished, or from before the meta node). */
  hasData: boolean;
  /** A load has started and not finished (it is running, or it was killed). */
  loading: boolean;
}

/** The meta node's format and load, and whether there is atlas data at all: one cheap read. */
export const STORED_META_QUERY = `OPTIONAL MATCH (m:${META_LABEL} {id: 'atlas'})
RETURN m.loadId AS loadId, m.format AS format, m.loading IS NOT NULL AS loading,
       EXISTS { MATCH (:${ATLAS_LABEL}) } AS hasData`;

export function storedMeta(row: Record<string, unknown> | undefined): StoredMeta {
  const loadId = row?.loadId;
  const format = row?.format;
  return {
    loadId: typeof loadId === 'string' ? loadId : undefined,
    format: typeof format === 'number' ? format : undefined,
    hasData: row?.hasData === true,
    loading: row?.loading === true,
  };
}

/** Throws when the database holds atlas data this version cannot read; an empty database is fine (nothing loaded). */
export function assertReadableFormat(meta: StoredMeta, database: string): void {
  if (!meta.hasData && meta.loadId === undefined) return;
  if (meta.loadId === undefined && meta.loading) {
    // The first load into this database has not finished: what is there is part of a graph.
    throw new StoreUnavailableError(
      `lib/store/neo4j: the first atlas load into Neo4j database "${database}" has not finished: ` +
        'wait for it, or if it was stopped, load again (npm run atlas -- load)',
    );
  }
  const found = meta.format ?? 1;
  if (found === STORE_FORMAT) return;
  const which =
    found < STORE_FORMAT
      ? `an older version of Strategy Atlas (data format ${found}; this one reads ${STORE_FORMAT})`
      : `a newer version of Strategy Atlas (data format ${found}; this one reads ${STORE_FORMAT})`;
  throw new StoreUnavailableError(
    `lib/store/neo4j: the atlas data in Neo4j database "${database}" was loaded by ${which}: ` +
      'load it again with this version (npm run atlas -- load)',
  );
}

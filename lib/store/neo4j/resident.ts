/**
 * What a database already holds
 * =============================
 * `atlas load --synthetic` replaces the atlas data in its database (a load removes what it did not write). On a
 * throw-away database that is the point; on the one an analyst loaded the documents into, it would wipe their atlas
 * without a word. So before such a load the CLI asks which documents, not generated ones, are there.
 */
import type { Driver } from 'neo4j-driver';
import { ATLAS_LABEL } from './records';

export interface ResidentDocument {
  id: string;
  title: string;
}

/** The documents of the atlas in `database` that were not generated (`synthetic` unset), by id; at most `limit`. */
export async function residentDocuments(driver: Driver, database: string, limit = 5): Promise<ResidentDocument[]> {
  const { records } = await driver.executeQuery(
    `MATCH (d:${ATLAS_LABEL}:Document) WHERE d.synthetic IS NULL OR d.synthetic = false
     RETURN d.id AS id, coalesce(d.title, d.id) AS title ORDER BY id LIMIT toInteger($limit)`,
    { limit },
    { database, routing: 'READ' },
  );
  return records.map((record) => ({ id: String(record.get('id')), title: String(record.get('title')) }));
}

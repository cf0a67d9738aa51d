/**
 * The data model in Neo4j, as ARCHITECTURE.md names it
 * ====================================================
 * Analysts query Neo4j directly, so its labels, relationship types and properties are a contract of their own:
 * each node type's labels (:Actor plus its kind), which relationship joins which labels, `basis` on every
 * relationship, provenance whose quote is the document's text on every `text` one, a `note` on curated ones,
 * MENTIONS with its `count`. The expectations are written out here from the documents, not read from
 * lib/graph/schema.ts, so a change there that breaks the contract fails. Dataset: graph-data/, loaded by the suite.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '@/lib/store/neo4j/driver';
import { documentGraph, loadInto, neo4jSettings } from '../support/neo4j';

/** ARCHITECTURE.md's data model table, plus `person` (README: "What is in the graph"). */
const LABELS: Record<string, string[]> = {
  document: ['Document'],
  section: ['Section'],
  principle: ['Principle'],
  goal: ['Goal'],
  action: ['Action'],
  commitment: ['Commitment'],
  state: ['Actor', 'State'],
  person: ['Actor', 'Person'],
  organization: ['Actor', 'Organization'],
  forum: ['Actor', 'Forum'],
  process: ['Actor', 'Process'],
  stakeholder: ['Actor', 'Stakeholder'],
  instrument: ['Instrument'],
  initiative: ['Initiative'],
};

const DEFINED = ['Principle', 'Goal', 'Action'];
const ENTITY = ['Actor', 'Instrument', 'Initiative'];

/** Which labels each relationship joins (a node qualifies by any one of them): ARCHITECTURE.md and the README. */
const ENDS: Record<string, [string[], string[]]> = {
  HAS_SECTION: [['Document', 'Section'], ['Section']],
  DEFINES: [['Section'], DEFINED],
  MAKES: [['Actor'], ['Commitment']],
  UNDER: [['Commitment'], DEFINED],
  INVOLVES: [['Commitment'], ENTITY],
  MENTIONS: [['Section'], ENTITY],
  PART_OF: [ENTITY, ENTITY],
  MEMBER_OF: [['Actor'], ['Actor']],
  SUBMITTED: [['Actor'], ['Instrument', 'Initiative']],
  SUBMITTED_TO: [['Instrument', 'Initiative'], ['Actor']],
  ISSUED: [['Actor'], ['Document']],
  HEAD_OF: [['Person'], ['Actor']],
};

/** Properties the data model lists per label (beyond id, label, type and aliases, which every node has). */
const PROPERTIES: Record<string, string[]> = {
  Document: ['title', 'issuer', 'date', 'language', 'sourceFile'],
  Section: ['number', 'title', 'order', 'start', 'end'],
  Commitment: ['text', 'modality', 'start', 'end'],
};

const driver = createDriver(neo4jSettings(), { purpose: 'load' });
const database = neo4jSettings().database;
const read = async (query: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(query, params, { database })).records.map((record) => record.toObject());

beforeAll(async () => {
  await loadInto(documentGraph());
});
afterAll(async () => driver.close());

describe('the data model in Neo4j', () => {
  it("gives every atlas node :Atlas and exactly its type's labels, a slug id, a label and aliases", async () => {
    const nodes = await read(
      'MATCH (n:Atlas) RETURN n.id AS id, n.type AS type, labels(n) AS labels, n.label AS label, n.aliases AS aliases',
    );
    expect(nodes.length).toBe(documentGraph().graph.order);
    for (const node of nodes) {
      expect(LABELS, node.id).toHaveProperty([node.type]);
      expect([...node.labels].sort(), node.id).toEqual(['Atlas', ...LABELS[node.type]!].sort());
      expect(node.id, node.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(node.label, node.id).toEqual(expect.any(String));
      expect(node.aliases, node.id).toEqual(expect.any(Array));
    }
    // Every type of the model is present in the document graph, so none of the checks above is vacuous.
    expect(new Set(nodes.map((node) => node.type))).toEqual(new Set(Object.keys(LABELS)));
  });

  it('keeps ids unique with a constraint on :Atlas(id)', async () => {
    const constraints = await read('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *');
    expect(constraints).toContainEqual({ labelsOrTypes: ['Atlas'], properties: ['id'], type: 'UNIQUENESS' });
  });

  it.each(Object.entries(PROPERTIES))(':%s nodes carry %j', async (label, properties) => {
    const nodes = await read('MATCH (n:Atlas) WHERE $label IN labels(n) RETURN n.id AS id, keys(n) AS keys', {
      label,
    });
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node.keys, node.id).toEqual(expect.arrayContaining(properties));
  });

  it('joins the labels the model names with each relationship type, and no other type', async () => {
    const rows = await read(
      'MATCH (a:Atlas)-[r]->(b:Atlas) RETURN DISTINCT type(r) AS type, labels(a) AS from, labels(b) AS to',
    );
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(Object.keys(ENDS)));
    for (const { type, from, to } of rows) {
      const [sources, targets] = ENDS[type]!;
      expect(
        sources.some((label) => from.includes(label)),
        `${type} from ${from}`,
      ).toBe(true);
      expect(
        targets.some((label) => to.includes(label)),
        `${type} to ${to}`,
      ).toBe(true);
    }
    const submitted = await read(
      'MATCH (a:Atlas)-[:SUBMITTED]->(i:Atlas)-[:SUBMITTED_TO]->(b:Atlas) RETURN a.id AS a, i.id AS i, b.id AS b',
    );
    expect(submitted).toEqual([{ a: 'sco', i: 'code-of-conduct', b: 'unga' }]);
  });

  it('gives every relationship its basis; text ones verbatim provenance, curated ones a note', async () => {
    const [document] = await read('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: 'iscc-2017' });
    const text = document?.text as string;
    const rows = await read(
      `MATCH (a:Atlas)-[r]->(b:Atlas)
       RETURN a.id + ' ' + type(r) + ' ' + b.id AS edge, r.basis AS basis, r.note AS note,
              r.provenanceJson AS provenance`,
    );
    const bases = new Set(rows.map((row) => row.basis));
    expect(bases).toEqual(new Set(['text', 'curated']));
    for (const { edge, basis, note, provenance } of rows) {
      if (basis === 'curated') {
        expect(note, edge).toEqual(expect.any(String));
        continue;
      }
      const sources = JSON.parse(provenance ?? '[]') as Array<Record<string, unknown>>;
      expect(sources.length, edge).toBeGreaterThan(0);
      for (const source of sources) {
        expect(Object.keys(source).sort(), edge).toEqual(['documentId', 'end', 'quote', 'sectionId', 'start']);
        expect(text.slice(source.start as number, source.end as number), edge).toBe(source.quote);
      }
    }
  });

  it('counts the mentions on every MENTIONS relationship', async () => {
    const rows = await read('MATCH (:Section)-[m:MENTIONS]->(:Atlas) RETURN m.count AS count');
    expect(rows.length).toBeGreaterThan(0);
    for (const { count } of rows) {
      expect(neo4j.isInt(count) ? count.toNumber() : count).toBeGreaterThan(0);
    }
  });
});

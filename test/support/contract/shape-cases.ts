/**
 * Store contract: the field names of the public API
 * =================================================
 * The response shapes that ARCHITECTURE.md's public API fixes (and the README's API table extends), field by field:
 * every store answers with exactly these names, so a user's script never meets a renamed or missing field on one
 * backend. The value cases live in the other files of this folder. Registered by test/support/store-contract.ts
 * inside its describe, for every store.
 */
import { expect, it } from 'vitest';
import { FORUM_TYPES, NODE_TYPES, RELATION_TYPES } from '@/lib/graph/schema';
import type { AtlasStore } from '@/lib/store/types';

/** An object's field names, sorted: the comparisons below are about names, not the order JSON lists them in. */
const fields = (value: unknown) => Object.keys(value as object).sort();
const sorted = (...names: string[]) => [...names].sort();

/** Fields an answer always has, and those it may add (README: `note?`, a MENTIONS edge's `count` …). */
function expectFields(value: unknown, always: string[], optional: string[] = [], where = ''): void {
  const names = fields(value);
  expect(names, where).toEqual(expect.arrayContaining(always));
  expect(
    names.filter((name) => !always.includes(name) && !optional.includes(name)),
    where,
  ).toEqual([]);
}

const PROVENANCE_FIELDS = ['documentId', 'sectionId', 'sectionTitle', 'quote', 'start', 'end'];

export function shapeCases(getStore: () => AtlasStore): void {
  it('stats: {nodes, edges} (health adds ok and backend)', async () => {
    expect(fields(await getStore().stats())).toEqual(sorted('nodes', 'edges'));
  });

  it("graph: graphology's serialised form, every node laid out and typed, every edge typed with its basis", async () => {
    const graph = await getStore().graph();
    expectFields(graph, ['attributes', 'nodes', 'edges'], ['options']);
    for (const node of graph.nodes) {
      expect(fields(node), node.key).toEqual(sorted('key', 'attributes'));
      expect(node.attributes, node.key).toMatchObject({
        id: node.key,
        label: expect.any(String),
        aliases: expect.any(Array),
        type: expect.toBeOneOf([...NODE_TYPES]),
        x: expect.any(Number),
        y: expect.any(Number),
        size: expect.any(Number),
        color: expect.any(String),
      });
    }
    for (const edge of graph.edges) {
      expect(fields(edge), edge.key).toEqual(sorted('key', 'source', 'target', 'attributes'));
      expect(edge.attributes, edge.key).toMatchObject({
        type: expect.toBeOneOf([...RELATION_TYPES]),
        basis: expect.toBeOneOf(['text', 'curated']),
      });
    }
  });

  it('node: {node:{id,label,type,aliases,…}, neighbors:[{id,label,type,relation,direction,…}], provenance}', async () => {
    for (const id of ['arf', 'iscc-2017-ch4-3-s3', 'iscc-2017-ch4-3', 'iscc-2017']) {
      const details = await getStore().node(id);
      expect(fields(details), id).toEqual(sorted('node', 'neighbors', 'provenance'));
      expect(details!.node, id).toMatchObject({ id, label: expect.any(String), aliases: expect.any(Array) });
      // Layout and raw provenance stay out of `node`: the coordinates are the graph's, the provenance is returned apart.
      for (const hidden of ['x', 'y', 'provenance', 'provenanceJson'])
        expect(details!.node, id).not.toHaveProperty(hidden);
      expect(details!.neighbors.length, id).toBeGreaterThan(0);
      for (const neighbor of details!.neighbors) {
        expectFields(neighbor, ['id', 'label', 'type', 'relation', 'direction', 'basis', 'edge'], ['note'], id);
        expect(['out', 'in'], id).toContain(neighbor.direction);
        expect(RELATION_TYPES, id).toContain(neighbor.relation);
      }
      for (const source of details!.provenance) expect(fields(source), id).toEqual(sorted(...PROVENANCE_FIELDS));
    }
  });

  it('edge: {edge:{id,type,basis,…}, source, target, provenance}; text edges quote, curated ones say why', async () => {
    for (const key of ['PART_OF:arf->asean', 'SUBMITTED:sco->code-of-conduct', 'MENTIONS:iscc-2017-ch4-3->arf']) {
      const details = await getStore().edge(key);
      expect(fields(details), key).toEqual(sorted('edge', 'source', 'target', 'provenance'));
      expectFields(details!.edge, ['id', 'type', 'basis'], ['note', 'count', 'date'], key);
      for (const end of [details!.source, details!.target])
        expect(fields(end), key).toEqual(sorted('id', 'label', 'type'));
      if (details!.edge.basis === 'text') expect(details!.provenance.length, key).toBeGreaterThan(0);
      else expect(details!.edge.note, key).toEqual(expect.any(String));
      for (const source of details!.provenance) expect(fields(source), key).toEqual(sorted(...PROVENANCE_FIELDS));
    }
    expect((await getStore().edge('MENTIONS:iscc-2017-ch4-3->arf'))!.edge.count).toEqual(expect.any(Number));
  });

  it('search: results of exactly {id, label, type, aliases}', async () => {
    const results = await getStore().search('un', 20);
    expect(results.length).toBeGreaterThan(1);
    for (const result of results) expect(fields(result), result.id).toEqual(sorted('id', 'label', 'type', 'aliases'));
  });

  it('matrix: actions {id,label}, forums {id,label,type,aliases} of the forum types, cells {action,forum,…}', async () => {
    for (const parts of [false, true]) {
      const view = await getStore().matrix({ parts });
      expect(fields(view)).toEqual(sorted('actions', 'forums', 'cells'));
      for (const action of view.actions) expect(fields(action)).toEqual(sorted('documentId', 'id', 'label'));
      for (const forum of view.forums) {
        expect(fields(forum), forum.id).toEqual(sorted('id', 'label', 'type', 'aliases'));
        expect(FORUM_TYPES, forum.id).toContain(forum.type);
      }
      const cellFields = ['action', 'forum', 'commitments', 'curated', ...(parts ? ['via'] : [])];
      expect(view.cells.length).toBeGreaterThan(0);
      for (const cell of view.cells) expect(fields(cell)).toEqual(sorted(...cellFields));
    }
  });

  it('commitments: rows of {id,text,modality,actionId,sectionId,start,end,involves} and the README additions', async () => {
    const rows = await getStore().commitments({});
    expect(rows.length).toBeGreaterThan(0);
    const expected = sorted(
      ...['id', 'text', 'modality', 'actionId', 'sectionId', 'start', 'end', 'involves'],
      ...['modalities', 'kind', 'subject', 'documentId', 'curatedInvolves'],
    );
    for (const row of rows) expect(fields(row), row.id).toEqual(expected);
  });

  it('documents: {id, title, issuer, date, language, url?}', async () => {
    for (const document of await getStore().documents()) {
      expectFields(document, ['id', 'title', 'issuer', 'date', 'language'], ['url'], document.id);
    }
  });

  it('document: {document:{…, sourceFile}, text, sections, mentions, commitments}, each range within the text', async () => {
    const view = await getStore().document('iscc-2017');
    expect(fields(view)).toEqual(sorted('document', 'text', 'sections', 'mentions', 'commitments'));
    expectFields(view!.document, ['id', 'title', 'issuer', 'date', 'language', 'sourceFile'], ['url']);
    const within = (range: { start: number; end: number }) =>
      range.start >= 0 && range.start < range.end && range.end <= view!.text.length;
    const sectionFields = ['id', 'parentId', 'title', 'heading', 'number', 'level', 'start', 'end', 'defines'];
    for (const section of view!.sections) {
      expect(fields(section), section.id).toEqual(sorted(...sectionFields));
      expect(within(section), section.id).toBe(true);
    }
    for (const mention of view!.mentions) {
      expect(fields(mention), mention.entityId).toEqual(sorted('entityId', 'start', 'end'));
      expect(within(mention), mention.entityId).toBe(true);
    }
    for (const commitment of view!.commitments) {
      expect(fields(commitment), commitment.id).toEqual(sorted('id', 'start', 'end', 'modality', 'modalities', 'kind'));
      expect(within(commitment), commitment.id).toBe(true);
    }
  });

  it('named queries: {columns, rows, nodes, edges, curated}, each row as wide as the columns', async () => {
    for (const [name, params] of [
      ['neighborhood', { id: 'arf' }],
      ['actions-for-forum', { forum: 'asean' }],
      ['central-forums', {}],
    ] as const) {
      const result = await getStore().runQuery(name, params);
      expect(fields(result), name).toEqual(sorted('columns', 'rows', 'nodes', 'edges', 'curated'));
      for (const row of result.rows) expect(row, name).toHaveLength(result.columns.length);
      // Only curated relationships of the answer's own, each with the curator's note.
      for (const { edge, note } of result.curated ?? []) {
        expect(result.edges, name).toContain(edge);
        expect(note, edge).not.toBe('');
      }
    }
  });
}

/**
 * Store contract
 * ==============
 * The cases every store must pass, on the real document graph (graph-data/). Run by test/unit/store/memory.test.ts
 * and by the Neo4j integration suite, which also checks that both stores give identical answers.
 */
import { describe, expect, it } from 'vitest';
import { renderExport } from '@/lib/export';
import { findCommitments } from '@/lib/queries/commitments';
import { AtlasError } from '@/lib/store/errors';
import type { AtlasStore, QueryResult } from '@/lib/store/types';

/** A domain error as a value, so both stores' refusals (status and message) are compared too. */
async function settle(answer: Promise<unknown>): Promise<unknown> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof AtlasError) return { status: error.status, error: error.message };
    throw error;
  }
}

const query = (name: string, params: Record<string, unknown>) => (s: AtlasStore) => settle(s.runQuery(name, params));
const checked = (filter: Parameters<typeof findCommitments>[1]) => (s: AtlasStore) =>
  settle(findCommitments(s, filter));

/** Calls whose answers must be identical on every store (compared by the Neo4j suite). */
export const CONTRACT_CALLS: Array<[string, (store: AtlasStore) => Promise<unknown>]> = [
  ['stats', (s) => s.stats()],
  ['search ARF', (s) => s.search('ARF', 10)],
  ['search asean regional forum', (s) => s.search('asean regional forum', 10)],
  ['search un', (s) => s.search('un', 20)],
  ['search Wuzhen', (s) => s.search('Wuzhen', 5)],
  ['search unicode', (s) => s.search('中国 ü', 5)],
  ['node arf', (s) => s.node('arf')],
  ['node china', (s) => s.node('china')],
  ['node commitment', (s) => s.node('iscc-2017-ch4-3-s3')],
  ['node action', (s) => s.node('action-partnership-in-cyberspace')],
  ['node section', (s) => s.node('iscc-2017-ch4-3')],
  ['node document', (s) => s.node('iscc-2017')],
  ['node unknown', (s) => s.node('no-such-node')],
  ['edge curated', (s) => s.edge('PART_OF:arf->asean')],
  ['edge text', (s) => s.edge('SUBMITTED:sco->code-of-conduct')],
  ['edge mentions', (s) => s.edge('MENTIONS:iscc-2017-ch4-3->arf')],
  ['edge unknown', (s) => s.edge('NOPE:a->b')],
  ['matrix', (s) => s.matrix()],
  ['matrix with parts', (s) => s.matrix({ parts: true })],
  ['matrix parts false', (s) => s.matrix({ parts: false })],
  ['commitments all', (s) => s.commitments({})],
  ['commitments arf', (s) => s.commitments({ forum: 'arf' })],
  [
    'commitments action+modality',
    (s) => s.commitments({ action: 'action-partnership-in-cyberspace', modality: 'will' }),
  ],
  ['commitments others', (s) => s.commitments({ kind: 'others' })],
  ['commitments checked arf', checked({ forum: 'arf' })],
  ['commitments checked principle', checked({ action: 'principle-peace' })],
  ['commitments checked known modality, none here', checked({ forum: 'arf', modality: 'opposes' })],
  ['commitments checked forum state', checked({ forum: 'china' })],
  ['commitments checked forum principle', checked({ forum: 'principle-peace' })],
  ['commitments checked action forum', checked({ action: 'arf' })],
  ['commitments checked unknown modality', checked({ modality: 'bogus' })],
  ['commitments later modality believes', (s) => s.commitments({ modality: 'believes' })],
  ['commitments later modality calls for, with forum', checked({ forum: 'unga', modality: 'calls for' })],
  ['documents', (s) => s.documents()],
  ['document', (s) => s.document('iscc-2017')],
  ['document unknown', (s) => s.document('nope')],
  ['query actions-for-forum arf', query('actions-for-forum', { forum: 'arf' })],
  ['query actions-for-forum sco', query('actions-for-forum', { forum: 'sco' })],
  ['query actions-for-forum un', query('actions-for-forum', { forum: 'un' })],
  ['query actions-for-forum unga', query('actions-for-forum', { forum: 'unga' })],
  ['query actions-for-forum un with its parts', query('actions-for-forum', { forum: 'un', parts: 'true' })],
  ['query actions-for-forum unga with its parts', query('actions-for-forum', { forum: 'unga', parts: true })],
  ['query actions-for-forum arf with no parts', query('actions-for-forum', { forum: 'arf', parts: 'true' })],
  ['query actions-for-forum icann', query('actions-for-forum', { forum: 'icann' })],
  ['query actions-for-forum asean (no link)', query('actions-for-forum', { forum: 'asean' })],
  ['query actions-for-forum state', query('actions-for-forum', { forum: 'china' })],
  ['query actions-for-forum unknown', query('actions-for-forum', { forum: 'no-such-forum' })],
  ['query forums-for-action partnership', query('forums-for-action', { action: 'action-partnership-in-cyberspace' })],
  [
    'query forums-for-action rule-based order',
    query('forums-for-action', { action: 'action-rule-based-order-in-cyberspace' }),
  ],
  [
    'query forums-for-action cyber crime',
    query('forums-for-action', { action: 'action-international-cooperation-on-cyber-terrorism-and-cyber-crimes' }),
  ],
  ['query forums-for-action unknown', query('forums-for-action', { action: 'arf' })],
  ['query shortest-path arf icann', query('shortest-path', { from: 'arf', to: 'icann' })],
  ['query shortest-path arf sco', query('shortest-path', { from: 'arf', to: 'sco' })],
  ['query shortest-path commitment asean', query('shortest-path', { from: 'iscc-2017-ch4-9-s4', to: 'asean' })],
  ['query shortest-path document unga', query('shortest-path', { from: 'iscc-2017', to: 'unga' })],
  ['query shortest-path unknown', query('shortest-path', { from: 'arf', to: 'no-such-node' })],
  ['query shortest-path same', query('shortest-path', { from: 'arf', to: 'arf' })],
  ['query neighborhood arf', query('neighborhood', { id: 'arf' })],
  ['query neighborhood arf 2', query('neighborhood', { id: 'arf', depth: 2 })],
  ['query neighborhood un 3', query('neighborhood', { id: 'un', depth: 3 })],
  ['query neighborhood commitment 2', query('neighborhood', { id: 'iscc-2017-ch4-3-s3', depth: '2' })],
  ['query neighborhood depth 4', query('neighborhood', { id: 'arf', depth: 4 })],
  ['query commitments-by-modality will', query('commitments-by-modality', { modality: 'will' })],
  ['query commitments-by-modality opposes', query('commitments-by-modality', { modality: 'Opposes' })],
  ['query commitments-by-modality unknown', query('commitments-by-modality', { modality: 'perhaps' })],
  ['query commitments-by-modality later verb', query('commitments-by-modality', { modality: 'is committed' })],
  ['query central-forums', query('central-forums', {})],
  ['query central-forums 3', query('central-forums', { limit: 3 })],
  ['query central-forums all', query('central-forums', { limit: 100 })],
  ['query unknown', query('no-such-query', {})],
  // Byte for byte: the export puts the graph in one order whatever order the store hands it over in.
  ['export json', async (s) => renderExport(await s.exportGraph(), 'json').body],
  ['export csv edges', async (s) => renderExport(await s.exportGraph(), 'csv').body],
  ['export csv nodes', async (s) => renderExport(await s.exportGraph(), 'csv', { part: 'nodes' }).body],
  ['export gexf', async (s) => renderExport(await s.exportGraph(), 'gexf').body],
  ['export graphml', async (s) => renderExport(await s.exportGraph(), 'graphml').body],
];

export function storeContract(name: string, getStore: () => AtlasStore): void {
  describe(`${name} store contract`, () => {
    it('counts nodes and edges', async () => {
      const stats = await getStore().stats();
      expect(stats.nodes).toBeGreaterThan(150);
      expect(stats.edges).toBeGreaterThan(300);
    });

    it('finds entities by acronym and by expanded name, case-insensitively', async () => {
      for (const query of ['ARF', 'arf', 'ASEAN Regional Forum', 'asean regional']) {
        expect((await getStore().search(query, 5))[0]?.id, query).toBe('arf');
      }
      expect((await getStore().search('Wuzhen Summit', 5))[0]?.id).toBe('world-internet-conference');
      expect((await getStore().search('UN CCPCJ', 5))[0]?.id).toBe('ccpcj');
      expect((await getStore().search('UN', 1))[0]?.id).toBe('un');
      expect(await getStore().search('zzzz-nothing', 5)).toEqual([]);
      expect(await getStore().search('the', 3)).toHaveLength(3);
    });

    it('gives a node with neighbours and verbatim provenance', async () => {
      const details = await getStore().node('arf');
      expect(details?.node).toMatchObject({ id: 'arf', label: 'ASEAN Regional Forum', type: 'forum' });
      expect(details?.node.aliases).toEqual(expect.arrayContaining(['ARF']));
      expect(details?.neighbors).toContainEqual(
        expect.objectContaining({ id: 'iscc-2017-ch4-5-s6', relation: 'INVOLVES', direction: 'in', basis: 'text' }),
      );
      expect(details?.neighbors).toContainEqual(
        expect.objectContaining({
          id: 'asean',
          relation: 'PART_OF',
          direction: 'out',
          basis: 'curated',
          note: expect.any(String),
        }),
      );
      const doc = await getStore().document('iscc-2017');
      expect(details?.provenance.length).toBeGreaterThan(0);
      for (const p of details!.provenance) {
        expect(doc!.text.slice(p.start, p.end)).toBe(p.quote);
        expect(p.sectionTitle).toBeTruthy();
      }
      expect(await getStore().node('no-such-node')).toBeUndefined();
    });

    it('links each plan-of-action item to the forums its commitments involve', async () => {
      const matrix = await getStore().matrix();
      expect(matrix.actions).toHaveLength(9);
      expect(matrix.forums.map((f) => f.id)).toEqual(
        expect.arrayContaining(['arf', 'sco', 'un', 'icann', 'igf', 'wsis', 'ungge']),
      );
      const forumsOf = (action: string) => matrix.cells.filter((c) => c.action === action).map((c) => c.forum);
      expect(forumsOf('action-partnership-in-cyberspace')).toEqual(
        expect.arrayContaining([
          'arf',
          'sco',
          'brics',
          'apec',
          'g20',
          'cica',
          'focac',
          'boao-forum',
          'world-internet-conference',
        ]),
      );
      expect(forumsOf('action-international-cooperation-on-cyber-terrorism-and-cyber-crimes')).toEqual(
        expect.arrayContaining(['arf', 'brics', 'unsc', 'ccpcj', 'ungge', 'un']),
      );
      expect(forumsOf('action-reform-of-global-internet-governance-system')).toEqual(
        expect.arrayContaining(['icann', 'igf', 'wsis', 'wef']),
      );
      expect(forumsOf('action-rule-based-order-in-cyberspace')).toEqual(
        expect.arrayContaining(['unga', 'ungge', 'un', 'sco']),
      );
      for (const cell of matrix.cells) expect(cell.commitments.length).toBeGreaterThan(0);
    });

    it('marks the matrix links and involved entities that are curated, not named by the sentence', async () => {
      const matrix = await getStore().matrix();
      const cell = (action: string, forum: string) =>
        matrix.cells.find((c) => c.action === action && c.forum === forum);
      // curation.yaml: ch4-2-s4 ("… support for this initiative") is the SCO's Code of Conduct, SCO unnamed.
      expect(cell('action-rule-based-order-in-cyberspace', 'sco')).toMatchObject({
        commitments: ['iscc-2017-ch4-2-s4'],
        curated: ['iscc-2017-ch4-2-s4'],
      });
      expect(cell('action-partnership-in-cyberspace', 'sco')?.curated).toEqual([]);
      for (const c of matrix.cells) for (const id of c.curated) expect(c.commitments).toContain(id);
      const sco = await getStore().commitments({ forum: 'sco' });
      const curated = sco.find((c) => c.id === 'iscc-2017-ch4-2-s4');
      expect(curated?.curatedInvolves).toEqual(['code-of-conduct', 'sco']);
      expect(sco.find((c) => c.id === 'iscc-2017-ch4-3-s4')?.curatedInvolves).toEqual([]);
      for (const c of sco) for (const id of c.curatedInvolves) expect(c.involves).toContain(id);
    });

    it('counts the bodies within each forum when asked (parts), each commitment once, saying through which', async () => {
      const [direct, system] = await Promise.all([getStore().matrix(), getStore().matrix({ parts: true })]);
      const cell = (view: typeof direct, forum: string, action: string) =>
        view.cells.find((c) => c.forum === forum && c.action === action);
      const total = (view: typeof direct, forum: string) =>
        view.cells.filter((c) => c.forum === forum).reduce((sum, c) => sum + c.commitments.length, 0);
      // Without parts the answer keeps its shape: no `via` on any cell.
      for (const c of direct.cells) expect(Object.keys(c)).toEqual(['action', 'forum', 'commitments', 'curated']);
      expect(total(system, 'un')).toBeGreaterThan(total(direct, 'un'));
      // "the UN Internet Governance Forum" names the IGF (PART_OF the UN): counted for the UN, via the IGF.
      const governance = 'action-reform-of-global-internet-governance-system';
      expect(cell(direct, 'un', governance)).toBeUndefined();
      expect(cell(system, 'un', governance)?.commitments).toContain('iscc-2017-ch4-4-s2');
      expect(cell(system, 'un', governance)?.via).toContainEqual({ commitment: 'iscc-2017-ch4-4-s2', parts: ['igf'] });
      // The Human Rights Council is within the UN through the General Assembly; the sentence names both.
      const privacy = 'action-protection-of-citizens-rights-and-interests-including-privacy';
      expect(cell(system, 'un', privacy)?.via).toEqual([{ commitment: 'iscc-2017-ch4-6-s1', parts: ['hrc', 'unga'] }]);
      // A sentence naming the UN and the General Assembly counts once, and needs no "via".
      const rules = cell(system, 'un', 'action-rule-based-order-in-cyberspace');
      expect(rules?.commitments.filter((id) => id === 'iscc-2017-ch4-2-s1')).toHaveLength(1);
      expect(rules?.via?.map((v) => v.commitment)).not.toContain('iscc-2017-ch4-2-s1');
      // The ARF is part of ASEAN: ASEAN's row gains its sentences.
      expect(cell(system, 'asean', 'action-partnership-in-cyberspace')?.via).toContainEqual({
        commitment: 'iscc-2017-ch4-3-s3',
        parts: ['arf'],
      });
      for (const c of system.cells) {
        expect(c.commitments).toEqual([...new Set(c.commitments)]);
        for (const via of c.via ?? []) expect(c.commitments).toContain(via.commitment);
        // Every cell of the direct answer is in it, with its commitments and more.
        const before = cell(direct, c.forum, c.action);
        for (const id of before?.commitments ?? []) expect(c.commitments).toContain(id);
      }
      expect(system.forums).toEqual(direct.forums);
      expect(await getStore().matrix({ parts: false })).toEqual(direct);
    });

    it('filters commitments by forum, action, modality and kind', async () => {
      const arf = await getStore().commitments({ forum: 'arf' });
      expect(arf.map((c) => c.id)).toEqual(['iscc-2017-ch4-3-s3', 'iscc-2017-ch4-3-s4', 'iscc-2017-ch4-5-s6']);
      expect(arf[0]).toMatchObject({ modality: 'will', kind: 'self', actionId: 'action-partnership-in-cyberspace' });
      const will = await getStore().commitments({ action: 'action-partnership-in-cyberspace', modality: 'will' });
      expect(will.length).toBeGreaterThan(0);
      for (const c of will) expect(c).toMatchObject({ modality: 'will', actionId: 'action-partnership-in-cyberspace' });
      const others = await getStore().commitments({ kind: 'others' });
      expect(others.length).toBeGreaterThan(0);
      for (const c of others) expect(c.kind).toBe('others');
    });

    it('finds a sentence with two modalities by filtering on either, and says both', async () => {
      // "China firmly opposes … and believes …": the first verb is its modality, the second is found as well.
      const id = 'iscc-2017-ch3-1-s2';
      for (const modality of ['opposes', 'believes']) {
        const rows = await getStore().commitments({ modality });
        const row = rows.find((c) => c.id === id);
        expect(row, modality).toMatchObject({ modality: 'opposes', modalities: ['opposes', 'believes'] });
        for (const c of rows) expect(c.modalities, c.id).toContain(modality);
        const result = await getStore().runQuery('commitments-by-modality', { modality });
        const column = (name: string) => result.columns.indexOf(name);
        const answer = result.rows.find((r) => r[column('commitment')] === id);
        expect(answer?.[column('modality')], modality).toBe('opposes');
        expect(answer?.[column('modalities')], modality).toEqual(['opposes', 'believes']);
      }
      // A later verb with another filter: "China supports discussion … at the UN General Assembly …, and calls for …".
      const unga = await findCommitments(getStore(), { forum: 'unga', modality: 'calls for' });
      expect(unga.map((c) => c.id)).toContain('iscc-2017-ch4-6-s1');
      const document = await getStore().document('iscc-2017');
      expect(document?.commitments.find((c) => c.id === id)?.modalities).toEqual(['opposes', 'believes']);
    });

    it('checks the commitments filter as the named queries check their parameters', async () => {
      expect((await findCommitments(getStore(), { forum: 'arf' })).map((c) => c.id)).toEqual([
        'iscc-2017-ch4-3-s3',
        'iscc-2017-ch4-3-s4',
        'iscc-2017-ch4-5-s6',
      ]);
      expect(await findCommitments(getStore(), { forum: 'arf', modality: 'opposes' })).toEqual([]);
      const principle = await findCommitments(getStore(), { action: 'principle-peace' });
      expect(principle.length).toBeGreaterThan(0);
      for (const [filter, message] of [
        [
          { forum: 'china' },
          'commitments: unknown forum "china" ("china" is a state; expected: organization, forum, process)',
        ],
        [{ forum: 'principle-peace' }, '"principle-peace" is a principle'],
        [{ action: 'arf' }, 'commitments: unknown action "arf" ("arf" is a forum; expected: principle, goal, action)'],
        [{ action: 'no-such-action' }, 'commitments: unknown action "no-such-action"'],
        [{ modality: 'bogus' }, 'commitments: no commitment has modality "bogus"'],
      ] as const) {
        await expect(findCommitments(getStore(), filter), JSON.stringify(filter)).rejects.toMatchObject({
          status: 404,
          message: expect.stringContaining(message),
        });
      }
    });

    it('serves the graph in graphology form with layout', async () => {
      const graph = await getStore().graph();
      const arf = graph.nodes.find((n) => n.key === 'arf');
      expect(arf?.attributes).toMatchObject({ label: 'ASEAN Regional Forum', type: 'forum' });
      expect(typeof arf?.attributes?.x).toBe('number');
      expect(typeof arf?.attributes?.size).toBe('number');
      const edge = graph.edges.find((e) => e.key === 'PART_OF:arf->asean');
      expect(edge).toMatchObject({ source: 'arf', target: 'asean', attributes: { type: 'PART_OF', basis: 'curated' } });
    });

    it('answers actions-for-forum: ARF and SCO in the plan-of-action items the issue names', async () => {
      const labelsFor = async (forum: string) => {
        const result: QueryResult = await getStore().runQuery('actions-for-forum', { forum });
        const column = (name: string) => result.columns.indexOf(name);
        return result.rows.map((row) => ({
          label: row[column('label')],
          commitments: row[column('commitments')] as number,
        }));
      };
      const arf = await labelsFor('arf');
      expect(
        arf
          .slice(0, 2)
          .map((r) => r.label)
          .sort(),
      ).toEqual(['International Cooperation on Cyber Terrorism and Cyber Crimes', 'Partnership in Cyberspace']);
      const sco = await labelsFor('sco');
      expect(
        sco
          .slice(0, 2)
          .map((r) => r.label)
          .sort(),
      ).toEqual(['Partnership in Cyberspace', 'Rule-based Order in Cyberspace']);
      for (const row of [...arf.slice(0, 2), ...sco.slice(0, 2)]) expect(row.commitments).toBeGreaterThan(0);
    });

    it('counts the bodies within a forum when asked (parts): the UN system for the UN, with the PART_OF edges why', async () => {
      const store = getStore();
      const labels = (result: QueryResult) => result.rows.map((row) => row[result.columns.indexOf('label')]);
      const direct = await store.runQuery('actions-for-forum', { forum: 'un' });
      const system = await store.runQuery('actions-for-forum', { forum: 'un', parts: true });
      // The IGF sentence ("the UN Internet Governance Forum") involves the IGF, which is part of the UN.
      expect(labels(direct)).not.toContain('Reform of Global Internet Governance System');
      expect(labels(system)).toContain('Reform of Global Internet Governance System');
      for (const label of labels(direct)) expect(labels(system)).toContain(label);
      expect(system.edges).toContain('PART_OF:igf->un');
      expect(system.edges).toContain('INVOLVES:iscc-2017-ch4-4-s2->igf');
      expect(system.nodes).toContain('igf');
      // The Human Rights Council is within the UN through the General Assembly: the chain is in the subgraph.
      if (system.nodes?.includes('hrc'))
        expect(system.edges).toEqual(expect.arrayContaining(['PART_OF:hrc->unga', 'PART_OF:unga->un']));
      // A forum with no parts answers the same either way.
      expect(await store.runQuery('actions-for-forum', { forum: 'arf', parts: true })).toEqual(
        await store.runQuery('actions-for-forum', { forum: 'arf' }),
      );
    });

    it('refuses bad named-query input the same way: 400 naming the field, 404 for unknown ids and queries', async () => {
      await expect(getStore().runQuery('actions-for-forum', {})).rejects.toMatchObject({
        status: 400,
        message: expect.stringContaining('"forum"'),
      });
      await expect(getStore().runQuery('neighborhood', { id: 'arf', depth: 9 })).rejects.toMatchObject({
        status: 400,
        message: expect.stringContaining('"depth"'),
      });
      await expect(getStore().runQuery('actions-for-forum', { forum: 'no-such-forum' })).rejects.toMatchObject({
        status: 404,
      });
      await expect(getStore().runQuery('no-such-query', {})).rejects.toMatchObject({ status: 404 });
    });

    it('serves the document with mentions and commitment ranges', async () => {
      const view = await getStore().document('iscc-2017');
      expect(view?.document.title).toBe('International Strategy of Cooperation on Cyberspace');
      // Where it is published, for citations and for checking the text against the original.
      expect(view?.document.url).toMatch(/^https:\/\/www\.fmprc\.gov\.cn\//);
      expect((await getStore().documents())[0]?.url).toBe(view?.document.url);
      expect(view?.sections.length).toBe(25);
      const arfMentions = view!.mentions
        .filter((m) => m.entityId === 'arf')
        .map((m) => view!.text.slice(m.start, m.end));
      expect(arfMentions).toEqual(['ARF', 'ARF', 'ARF']);
      const commitment = view!.commitments.find((c) => c.id === 'iscc-2017-ch4-3-s3');
      expect(view!.text.slice(commitment!.start, commitment!.end)).toMatch(/^China will pursue discussions/);
    });
  });
}

/**
 * Store contract: the named queries
 * =================================
 * actions-for-forum for the forums, parts of a forum, and the same refusals of bad input on every store. Registered by test/support/store-contract.ts inside its describe, for every store.
 */
import { expect, it } from 'vitest';
import type { AtlasStore, QueryResult } from '@/lib/store/types';

export function queryCases(getStore: () => AtlasStore): void {
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

  it('says which links are curated: the SCO sentence a curator links, not the one that names the SCO', async () => {
    const result = await getStore().runQuery('actions-for-forum', { forum: 'sco' });
    const at = (row: unknown[] | undefined, name: string) => row?.[result.columns.indexOf(name)];
    const row = (action: string) => result.rows.find((r) => at(r, 'action') === action);
    // "China will continue to enhance international dialogue …" never names the SCO: a curated INVOLVES, with a reason.
    const ruleBased = row('action-rule-based-order-in-cyberspace');
    // "… a product China and other SCO member states provide …" (ch4-2-s3) names it: stated by the text.
    expect(at(ruleBased, 'commitmentIds')).toEqual(['iscc-2017-ch4-2-s3', 'iscc-2017-ch4-2-s4']);
    expect(at(ruleBased, 'curatedCommitmentIds')).toEqual(['iscc-2017-ch4-2-s4']);
    // "… member states of SCO and BRICS …" names it: stated by the text.
    const partnership = row('action-partnership-in-cyberspace');
    expect(at(partnership, 'commitmentIds')).toEqual(['iscc-2017-ch4-3-s4']);
    expect(at(partnership, 'curatedCommitmentIds')).toEqual([]);
    expect(result.curated).toEqual([
      {
        edge: 'INVOLVES:iscc-2017-ch4-2-s4->sco',
        note: expect.stringMatching(/^"this initiative" is the Code of Conduct/),
      },
    ]);
    // ARF is named by each of its sentences: nothing curated.
    expect((await getStore().runQuery('actions-for-forum', { forum: 'arf' })).curated).toEqual([]);
  });

  it('says which steps of a path are curated, with the note, and which the text states', async () => {
    const result = await getStore().runQuery('shortest-path', { from: 'arf', to: 'icann' });
    const steps = result.rows.map((row) => ({
      edge: row[result.columns.indexOf('edge')],
      basis: row[result.columns.indexOf('basis')],
      note: row[result.columns.indexOf('note')],
    }));
    expect(steps[0]).toEqual({ edge: null, basis: null, note: null });
    expect(steps).toContainEqual({
      edge: 'MEMBER_OF:china->arf',
      basis: 'curated',
      note: expect.stringMatching(/ASEAN Regional Forum since its first meeting/),
    });
    expect(steps).toContainEqual({ edge: 'MENTIONS:iscc-2017-ch4-4->icann', basis: 'text', note: null });
    expect(result.curated?.map((entry) => entry.edge)).toEqual(['MEMBER_OF:china->arf']);
  });

  it("prefers the text's chain where a curated one is as short: SCO to BRICS through the section naming both", async () => {
    const result = await getStore().runQuery('shortest-path', { from: 'sco', to: 'brics' });
    // Not sco–China–BRICS, whose second step (China MEMBER_OF BRICS) is a curator's: it could not be cited.
    expect(result.nodes).toEqual(['sco', 'iscc-2017-ch4-3', 'brics']);
    expect(result.rows.slice(1).map((row) => row[result.columns.indexOf('basis')])).toEqual(['text', 'text']);
    expect(result.curated).toEqual([]);
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
}

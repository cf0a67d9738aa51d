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

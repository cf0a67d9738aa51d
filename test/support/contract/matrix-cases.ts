/**
 * Store contract: the matrix and the commitments
 * ==============================================
 * The forum × action matrix (curated links, parts) and the commitments filter (forum, action, modality, kind; its refusals). Registered by test/support/store-contract.ts inside its describe, for every store.
 */
import { expect, it } from 'vitest';
import { findCommitments } from '@/lib/queries/commitments';
import type { AtlasStore } from '@/lib/store/types';

export function matrixCases(getStore: () => AtlasStore): void {
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
    const cell = (action: string, forum: string) => matrix.cells.find((c) => c.action === action && c.forum === forum);
    // curation.yaml: ch4-2-s4 ("… support for this initiative") is the SCO's Code of Conduct, SCO unnamed; ch4-2-s3
    // ("… China and other SCO member states provide …") names the SCO.
    expect(cell('action-rule-based-order-in-cyberspace', 'sco')).toMatchObject({
      commitments: ['iscc-2017-ch4-2-s3', 'iscc-2017-ch4-2-s4'],
      curated: ['iscc-2017-ch4-2-s4'],
    });
    expect(cell('action-partnership-in-cyberspace', 'sco')?.curated).toEqual([]);
    for (const c of matrix.cells) for (const id of c.curated) expect(c.commitments).toContain(id);
    const sco = await getStore().commitments({ forum: 'sco' });
    const curated = sco.find((c) => c.id === 'iscc-2017-ch4-2-s4');
    expect(curated?.curatedInvolves).toEqual(['code-of-conduct', 'sco']);
    // "It", the product China and other SCO member states provide, is the Code: curated; the SCO it names is not.
    expect(sco.find((c) => c.id === 'iscc-2017-ch4-2-s3')?.curatedInvolves).toEqual(['code-of-conduct']);
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
}

/**
 * Store contract: the graph, search, nodes and the document
 * =========================================================
 * Counts, search by acronym and expanded name, a node with verbatim provenance, the graphology graph with layout and the document with its mentions and commitment ranges. Registered by test/support/store-contract.ts inside its describe, for every store.
 */
import { expect, it } from 'vitest';
import type { AtlasStore } from '@/lib/store/types';

export function graphCases(getStore: () => AtlasStore): void {
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

  it('serves the graph in graphology form with layout', async () => {
    const graph = await getStore().graph();
    const arf = graph.nodes.find((n) => n.key === 'arf');
    expect(arf?.attributes).toMatchObject({ label: 'ASEAN Regional Forum', type: 'forum' });
    expect(typeof arf?.attributes?.x).toBe('number');
    expect(typeof arf?.attributes?.size).toBe('number');
    const edge = graph.edges.find((e) => e.key === 'PART_OF:arf->asean');
    expect(edge).toMatchObject({ source: 'arf', target: 'asean', attributes: { type: 'PART_OF', basis: 'curated' } });
  });

  it('serves the document with mentions and commitment ranges', async () => {
    const view = await getStore().document('iscc-2017');
    expect(view?.document.title).toBe('International Strategy of Cooperation on Cyberspace');
    // Where it is published, for citations and for checking the text against the original.
    expect(view?.document.url).toMatch(/^https:\/\/www\.fmprc\.gov\.cn\//);
    expect((await getStore().documents())[0]?.url).toBe(view?.document.url);
    expect(view?.sections.length).toBe(25);
    const arfMentions = view!.mentions.filter((m) => m.entityId === 'arf').map((m) => view!.text.slice(m.start, m.end));
    expect(arfMentions).toEqual(['ARF', 'ARF', 'ARF']);
    const commitment = view!.commitments.find((c) => c.id === 'iscc-2017-ch4-3-s3');
    expect(view!.text.slice(commitment!.start, commitment!.end)).toMatch(/^China will pursue discussions/);
  });
}

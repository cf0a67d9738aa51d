/**
 * Deterministic ordering: ids and keys in code-point order, names people scan in a fixed English collation; neither
 * depends on the machine's locale (a server started with LANG=C once could have listed rows in another order).
 */
import { describe, expect, it } from 'vitest';
import { compareLabels, compareLists, compareText } from '@/lib/queries/order';
import { sortNeighbors } from '@/lib/store/neighbors';
import type { Neighbor } from '@/lib/store/types';

describe('compareText and compareLists', () => {
  it('order by code point: capitals before small letters, a hyphen before a digit', () => {
    expect(['b', 'B', 'a-2', 'a2', 'A'].sort(compareText)).toEqual(['A', 'B', 'a-2', 'a2', 'b']);
    expect(compareLists(['a', 'b'], ['a', 'b', 'c'])).toBeLessThan(0);
    expect(compareLists(['a', 'c'], ['a', 'b', 'c'])).toBeGreaterThan(0);
  });
});

describe('compareLabels', () => {
  it('lists names as people read them, the same on every machine, then by id', () => {
    const forums = [
      { id: 'brics', label: 'BRICS' },
      { id: 'boao', label: 'Boao Forum for Asia' },
      { id: 'arf', label: 'ASEAN Regional Forum' },
      { id: 'apec', label: 'Asia-Pacific Economic Cooperation' },
      { id: 'x2', label: 'BRICS' },
    ];
    expect([...forums].sort(compareLabels).map((forum) => forum.id)).toEqual(['arf', 'apec', 'boao', 'brics', 'x2']);
  });
});

describe('sortNeighbors', () => {
  it('orders by relationship, direction and id in code-point order', () => {
    const neighbor = (relation: string, direction: string, id: string) => ({ relation, direction, id }) as Neighbor;
    const sorted = sortNeighbors([
      neighbor('PART_OF', 'out', 'asean'),
      neighbor('MENTIONS', 'in', 'iscc-2017-ch4-3'),
      neighbor('MENTIONS', 'in', 'iscc-2017-ch4-10'),
      neighbor('MENTIONS', 'in', 'Zz'),
      neighbor('INVOLVES', 'in', 'b'),
    ]);
    expect(sorted.map((n) => `${n.relation} ${n.id}`)).toEqual([
      'INVOLVES b',
      'MENTIONS Zz',
      'MENTIONS iscc-2017-ch4-10',
      'MENTIONS iscc-2017-ch4-3',
      'PART_OF asean',
    ]);
  });
});

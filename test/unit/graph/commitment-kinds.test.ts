import { describe, expect, it } from 'vitest';
import { kindSplit, kindTitle, makersOf, possessive, shortName, tallyKinds } from '@/lib/graph/commitment-kinds';

describe('commitment kinds in words', () => {
  it('names a kind with its maker, never a fixed issuer', () => {
    expect(kindTitle('self', 'China')).toBe("China's commitment");
    expect(kindTitle('self', 'United States')).toBe("United States' commitment");
    expect(kindTitle('self', undefined)).toBe("The issuer's commitment");
    expect(kindTitle('others', 'China')).toBe('Norm asked of others');
    expect(kindTitle('something new', 'China')).toBe('Commitment');
    expect(possessive('Russia')).toBe("Russia's");
  });

  it('calls a party by its shortest name that is not an acronym', () => {
    expect(shortName("People's Republic of China", ['China', "People's Republic of China"])).toBe('China');
    expect(shortName('United States of America', ['USA', 'US', 'United States'])).toBe('United States');
    expect(shortName('Shanghai Cooperation Organisation', ['SCO'])).toBe('Shanghai Cooperation Organisation');
    expect(shortName('ASEAN', ['ASEAN'])).toBe('ASEAN');
    expect(shortName('Xi Jinping')).toBe('Xi Jinping');
    expect(shortName('Xi Jinping', [42, '', 'Xi'])).toBe('Xi');
    // The gazetteer's own short name wins over the shortest one, a generic word here.
    expect(shortName('European Union', ['EU', 'Union'])).toBe('Union');
    expect(shortName('European Union', ['EU', 'Union'], 'EU')).toBe('EU');
    expect(shortName('European Union', ['EU', 'Union'], ' ')).toBe('Union');
  });

  it("reads who makes each commitment from the graph's MAKES edges", () => {
    const labels = new Map([
      ['china', 'China'],
      ['xi', 'Xi Jinping'],
    ]);
    const makers = makersOf(
      [
        { source: 'china', target: 'c1', attributes: { type: 'MAKES' } },
        { source: 'xi', target: 'c2', attributes: { type: 'MAKES' } },
        { source: 'c1', target: 'arf', attributes: { type: 'INVOLVES' } },
        { source: 'ghost', target: 'c3', attributes: { type: 'MAKES' } },
      ],
      (id) => labels.get(id),
    );
    expect([...makers]).toEqual([
      ['c1', 'China'],
      ['c2', 'Xi Jinping'],
      ['c3', 'ghost'],
    ]);
  });

  it('counts the kinds, the own commitments by maker, most first', () => {
    const tally = tallyKinds([
      { kind: 'self', maker: 'China' },
      { kind: 'others', maker: 'China' },
      { kind: 'self', maker: 'Russia' },
      { kind: 'self', maker: 'China' },
      { kind: 'others', maker: 'Xi Jinping' },
      { kind: 'self', maker: undefined },
      { kind: 'unknown', maker: 'China' },
    ]);
    expect(tally).toEqual({
      total: 7,
      self: [
        { maker: 'China', count: 2 },
        { maker: 'Russia', count: 1 },
        { maker: 'the issuer', count: 1 },
      ],
      others: 2,
    });
    expect(kindSplit(tally)).toBe('2 by China, 1 by Russia, 1 by the issuer, 2 asked of others');
  });

  it('leaves out a kind with none', () => {
    expect(kindSplit(tallyKinds([{ kind: 'self', maker: 'China' }]))).toBe('1 by China');
    expect(kindSplit(tallyKinds([{ kind: 'others', maker: 'China' }]))).toBe('1 asked of others');
    expect(kindSplit(tallyKinds([]))).toBe('');
  });
});

/** Visual style: every node type's colour can be told from every other's, also without green-red vision. */
import { describe, expect, it } from 'vitest';
import { TYPE_STYLE } from '@/lib/graph/style';
import { asDeuteranope, colourDistance, contrastOnWhite } from '../../support/colour';

const types = Object.entries(TYPE_STYLE);
const pairs = types.flatMap(([a, styleA], i) =>
  types.slice(i + 1).map(([b, styleB]) => ({ pair: `${a}/${b}`, a: styleA.color, b: styleB.color })),
);

describe('type colours', () => {
  it('are far apart (CIE76 ΔE ≥ 18: the Principle and Initiative purples were 10.9 apart)', () => {
    const close = pairs.filter(({ a, b }) => colourDistance(a, b) < 18).map(({ pair }) => pair);
    expect(close).toEqual([]);
  });

  it('stay apart for a reader with deuteranopia (ΔE ≥ 9: the Person olive and Plan-of-action red were 2.7)', () => {
    const close = pairs
      .filter(({ a, b }) => colourDistance(asDeuteranope(a), asDeuteranope(b)) < 9)
      .map(({ pair }) => pair);
    expect(close).toEqual([]);
  });

  it('stand out from the white canvas (3:1), but for the pale section and commitment discs, which carry labels', () => {
    const faint = types.filter(([, style]) => contrastOnWhite(style.color) < 3).map(([type]) => type);
    expect(faint.sort()).toEqual(['commitment', 'section']);
  });
});

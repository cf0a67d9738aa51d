/** Neo4j value conversion: driver values become plain JSON, temporal values ISO 8601 strings. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '@/lib/store/neo4j/convert';

const { Duration } = neo4j.types;

describe('toPlain: durations', () => {
  it.each([
    [[0, 1, 0, 0], 'P1D'],
    [[14, 0, 0, 0], 'P1Y2M'],
    [[0, 0, 0, 0], 'PT0S'],
    [[0, 0, 3661, 0], 'PT1H1M1S'],
    [[1, 2, 3, 0], 'P1M2DT3S'],
  ] as const)('%j → %s (never a trailing "T")', ([months, days, seconds, nanoseconds], iso) => {
    expect(toPlain(new Duration(months, days, seconds, nanoseconds))).toBe(iso);
  });

  it('converts durations inside lists and maps too', () => {
    expect(toPlain({ d: [new Duration(0, 7, 0, 0)] })).toEqual({ d: ['P7D'] });
  });
});

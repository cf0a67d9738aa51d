/** Which stored data the Neo4j store agrees to read (lib/store/neo4j/format.ts). */
import { describe, expect, it } from 'vitest';
import { isAtlasError } from '@/lib/store/errors';
import { assertReadableFormat, STORE_FORMAT, storedMeta } from '@/lib/store/neo4j/format';

const refusal = (meta: Parameters<typeof assertReadableFormat>[0]) => {
  try {
    assertReadableFormat(meta, 'neo4j');
  } catch (error) {
    if (!isAtlasError(error)) throw error;
    return { status: error.status, message: error.message };
  }
  return undefined;
};

describe('stored format', () => {
  it('reads an empty database and a database this version loaded', () => {
    expect(refusal({ loadId: undefined, format: undefined, hasData: false, loading: false })).toBeUndefined();
    expect(refusal({ loadId: 'abc', format: STORE_FORMAT, hasData: true, loading: false })).toBeUndefined();
    // A reload in progress over readable data: the old graph is still whole.
    expect(refusal({ loadId: 'abc', format: STORE_FORMAT, hasData: true, loading: true })).toBeUndefined();
  });

  it('refuses data an older loader wrote (no format marker) with 503 and the command that fixes it', () => {
    const answer = refusal({ loadId: 'abc', format: undefined, hasData: true, loading: false });
    expect(answer?.status).toBe(503);
    expect(answer?.message).toMatch(/^lib\/store\/neo4j: .*database "neo4j".*older version.*format 1.*atlas -- load/);
  });

  it('refuses data a newer loader wrote', () => {
    expect(refusal({ loadId: 'abc', format: STORE_FORMAT + 1, hasData: true, loading: false })?.message).toMatch(
      /newer version/,
    );
  });

  it('refuses half a first load, and atlas nodes with no meta node at all', () => {
    expect(refusal({ loadId: undefined, format: undefined, hasData: true, loading: true })?.message).toMatch(
      /first atlas load .* has not finished/,
    );
    expect(refusal({ loadId: undefined, format: undefined, hasData: true, loading: false })?.message).toMatch(
      /older version/,
    );
  });

  it('reads the meta row defensively', () => {
    expect(storedMeta(undefined)).toEqual({ loadId: undefined, format: undefined, hasData: false, loading: false });
    expect(storedMeta({ loadId: 'x', format: 2, hasData: true, loading: false })).toEqual({
      loadId: 'x',
      format: 2,
      hasData: true,
      loading: false,
    });
  });
});

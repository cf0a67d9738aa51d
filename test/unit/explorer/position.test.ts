/** Reading position: kept in the history entry's state beside the router's own fields, never in an entry it did not write. */
import { describe, expect, it } from 'vitest';
import { savedScrollY, withScrollY } from '@/lib/explorer/document/position';

const ROUTER_STATE = { __NA: true, __PRIVATE_NEXTJS_INTERNALS_TREE: { tree: ['', {}] } };

describe('reading position', () => {
  it('adds the offset to the entry’s state and keeps what the router put there', () => {
    const next = withScrollY(ROUTER_STATE, 1234.6);
    expect(next).toEqual({ ...ROUTER_STATE, atlasReaderScrollY: 1235 });
    expect(savedScrollY(next)).toBe(1235);
    // The input is not modified (`fn()` returns).
    expect(ROUTER_STATE).not.toHaveProperty('atlasReaderScrollY');
  });

  it('says nothing was saved for a new visit or a foreign state', () => {
    expect(savedScrollY(null)).toBeNull();
    expect(savedScrollY(ROUTER_STATE)).toBeNull();
    expect(savedScrollY({ atlasReaderScrollY: 'far' })).toBeNull();
    expect(savedScrollY({ atlasReaderScrollY: -5 })).toBeNull();
    expect(savedScrollY([])).toBeNull();
  });

  it('leaves an entry without a state alone (Next reloads on popstate to a state it did not write)', () => {
    expect(withScrollY(null, 100)).toBeNull();
    expect(withScrollY(undefined, 100)).toBeNull();
  });

  it('writes nothing when the offset is unchanged or not a number, and never a negative offset', () => {
    expect(withScrollY({ ...ROUTER_STATE, atlasReaderScrollY: 100 }, 100.2)).toBeNull();
    expect(withScrollY(ROUTER_STATE, Number.NaN)).toBeNull();
    expect(savedScrollY(withScrollY(ROUTER_STATE, -20))).toBe(0);
  });
});

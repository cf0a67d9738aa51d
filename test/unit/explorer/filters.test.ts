/** Type filters: toggling and soloing keep the legend order and fall back to "all" (null). */
import { describe, expect, it } from 'vitest';
import { hiddenType, isTypeVisible, showType, soloType, toggleType } from '@/lib/explorer/filters/types';
import { FORUM_NODE_TYPES, NODE_TYPE_ORDER } from '@/lib/explorer/graph/kinds';
import { FORUM_TYPES, NODE_TYPES } from '@/lib/graph/schema';

describe('type filters', () => {
  it('keeps the browser-side type lists equal to the schema', () => {
    expect(NODE_TYPE_ORDER).toEqual([...NODE_TYPES]);
    expect([...FORUM_NODE_TYPES]).toEqual([...FORUM_TYPES]);
  });

  it('toggles a type off and on again', () => {
    const off = toggleType(null, 'commitment');
    expect(off).not.toContain('commitment');
    expect(off).toHaveLength(NODE_TYPE_ORDER.length - 1);
    expect(isTypeVisible(off, 'commitment')).toBe(false);
    expect(isTypeVisible(off, 'forum')).toBe(true);
    expect(toggleType(off, 'commitment')).toBeNull();
  });

  it('solos a type, and soloing it again shows all', () => {
    expect(soloType(null, 'forum')).toEqual(['forum']);
    expect(soloType(['forum'], 'forum')).toBeNull();
    expect(soloType(['forum'], 'state')).toEqual(['state']);
  });

  it('orders types as the legend does, whatever the toggle order', () => {
    let types = soloType(null, 'forum');
    types = toggleType(types, 'state');
    types = toggleType(types, 'document');
    expect(types).toEqual(['document', 'state', 'forum']);
  });

  it('shows a hidden type again without touching the others, and falls back to all', () => {
    expect(showType(['commitment'], 'forum')).toEqual(['commitment', 'forum']);
    expect(showType(['commitment', 'forum'], 'forum')).toEqual(['commitment', 'forum']);
    expect(showType(null, 'forum')).toBeNull();
    expect(showType(toggleType(null, 'forum'), 'forum')).toBeNull();
  });

  it('names the type of a selection the filter hides, and only then', () => {
    expect(hiddenType(['commitment'], 'forum')).toBe('forum');
    expect(hiddenType([], 'state')).toBe('state');
    expect(hiddenType(['commitment'], 'commitment')).toBeNull();
    expect(hiddenType(null, 'forum')).toBeNull();
    // A type the legend does not know cannot be shown by it: nothing to offer.
    expect(hiddenType(['commitment'], 'unknown')).toBeNull();
  });
});

/** Type filters: toggling and soloing keep the legend order and fall back to "all" (null). */
import { describe, expect, it } from 'vitest';
import { hiddenType, hiddenTypes, isTypeVisible, showTypes, soloType, toggleType } from '@/lib/explorer/filters/types';
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
    expect(showTypes(['commitment'], ['forum'])).toEqual(['commitment', 'forum']);
    expect(showTypes(['commitment', 'forum'], ['forum'])).toEqual(['commitment', 'forum']);
    expect(showTypes(['forum'], ['state', 'commitment'])).toEqual(['commitment', 'state', 'forum']);
    expect(showTypes(null, ['forum'])).toBeNull();
    expect(showTypes(toggleType(null, 'forum'), ['forum'])).toBeNull();
  });

  it('names the type of a selection the filter hides, and only then', () => {
    expect(hiddenType(['commitment'], 'forum')).toBe('forum');
    expect(hiddenType([], 'state')).toBe('state');
    expect(hiddenType(['commitment'], 'commitment')).toBeNull();
    expect(hiddenType(null, 'forum')).toBeNull();
    // A type the legend does not know cannot be shown by it: nothing to offer.
    expect(hiddenType(['commitment'], 'unknown')).toBeNull();
  });

  it('names the hidden types of a relationship’s ends, each once, in the legend’s order', () => {
    expect(hiddenTypes(['commitment'], ['forum', 'state'])).toEqual(['state', 'forum']);
    expect(hiddenTypes(['forum'], ['forum', 'forum'])).toEqual([]);
    expect(hiddenTypes(['commitment'], ['commitment', 'forum'])).toEqual(['forum']);
    expect(hiddenTypes([], ['forum', 'forum'])).toEqual(['forum']);
    expect(hiddenTypes(null, ['forum', 'state'])).toEqual([]);
  });
});

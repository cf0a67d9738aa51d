/** How the /query forms read a node named by its name, an alias or its id, and refuse what names nothing. */
import { describe, expect, it } from 'vitest';
import { resolveNodeName, resolveNodeNames, type NamedNode } from '@/lib/queries/node-names';
import type { QueryParameter } from '@/lib/queries/types';

const nodes: NamedNode[] = [
  { id: 'arf', label: 'ASEAN Regional Forum', type: 'forum', aliases: ['ARF'] },
  { id: 'asean', label: 'Association of Southeast Asian Nations', type: 'organization', aliases: ['ASEAN'] },
  { id: 'china', label: "People's Republic of China", type: 'state', aliases: ['China'] },
  { id: 'un', label: 'United Nations', type: 'organization', aliases: ['UN', 'U.N.'] },
  { id: 'un-charter', label: 'Charter of the United Nations', type: 'instrument', aliases: ['U.N.'] },
];
const from: QueryParameter = { name: 'from', type: 'node', description: '', required: true };
const forum: QueryParameter = {
  name: 'forum',
  type: 'entity',
  description: '',
  required: true,
  nodeTypes: ['organization', 'forum', 'process'],
};

describe('resolveNodeName', () => {
  it('reads an id, a name or an alias, whatever the case and spacing; an id first', () => {
    expect(resolveNodeName(from, 'UN', nodes)).toBe('un');
    expect(resolveNodeName(from, 'arf', nodes)).toBe('arf');
    expect(resolveNodeName(from, ' ARF ', nodes)).toBe('arf');
    expect(resolveNodeName(from, 'asean  regional forum', nodes)).toBe('arf');
    expect(resolveNodeName(from, 'ASEAN', nodes)).toBe('asean');
  });

  it('picks among nodes sharing an alias the one of a type the parameter takes', () => {
    expect(resolveNodeName(forum, 'U.N.', nodes)).toBe('un');
    expect(() => resolveNodeName(from, 'U.N.', nodes)).toThrow(
      /^from: "U\.N\." names several: United Nations \(un\), Charter of the United Nations \(un-charter\) — pick one/,
    );
  });

  it('refuses in the analyst’s words, naming the parameter, with a 404', () => {
    expect(() => resolveNodeName(from, 'Foo', nodes)).toThrow(
      expect.objectContaining({ status: 404, message: 'from: no node is named "Foo" — pick one from the list' }),
    );
    expect(() => resolveNodeName(forum, 'China', nodes)).toThrow(
      "forum: People's Republic of China is a state, not a forum, organisation or process — pick one from the list",
    );
  });
});

describe('resolveNodeNames', () => {
  it('resolves the node parameters only, and leaves blanks for the query to call required', () => {
    const depth: QueryParameter = { name: 'depth', type: 'integer', description: '', required: false };
    expect(resolveNodeNames([from, depth], { from: 'ARF', depth: '2', name: 'x' }, nodes)).toEqual({
      from: 'arf',
      depth: '2',
      name: 'x',
    });
    expect(resolveNodeNames([from], { from: '' }, nodes)).toEqual({ from: '' });
  });
});

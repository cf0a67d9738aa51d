/** Named-query parameters: every refusal is a 400 that names its field; the registry lists what it runs. */
import { describe, expect, it } from 'vitest';
import { FORUM_TYPES } from '@/lib/graph/schema';
import { describeNamedQueries, NAMED_QUERIES, namedQuery, runNamedQueryInMemory } from '@/lib/queries/registry';
import { validateQueryParams } from '@/lib/queries/params';
import { InvalidInputError } from '@/lib/store/errors';
import { diamond } from './tiny-graph';

const invalid = (name: string, params: Record<string, unknown>) => {
  try {
    validateQueryParams(namedQuery(name), params);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return {
      field: (error as InvalidInputError).field,
      message: (error as Error).message,
      status: (error as InvalidInputError).status,
    };
  }
  throw new Error(`expected ${name} ${JSON.stringify(params)} to be refused`);
};

describe('named query parameters', () => {
  it.each([
    ['actions-for-forum', {}, 'forum', /"forum": required/],
    ['actions-for-forum', { forum: 'ASEAN Regional Forum' }, 'forum', /lower-case slug/],
    ['actions-for-forum', { forum: 'arf', extra: '1' }, 'extra', /invalid parameter "extra": unknown parameter/],
    // A typo of the required parameter: the typo is named, not the "required" it leads to.
    [
      'actions-for-forum',
      { forom: 'arf' },
      'forom',
      /invalid parameter "forom": unknown parameter \(expected one of: forum, parts\)/,
    ],
    ['forums-for-action', { action: 42 }, 'action', /"action"/],
    ['shortest-path', { from: 'arf' }, 'to', /"to": required/],
    ['shortest-path', { from: 'arf', to: 'ARF' }, 'to', /must differ from "from"/],
    ['neighborhood', { id: 'arf', depth: '4' }, 'depth', /at most 3/],
    ['neighborhood', { id: 'arf', depth: '0' }, 'depth', /at least 1/],
    ['neighborhood', { id: 'arf', depth: '1.5' }, 'depth', /integer/],
    ['neighborhood', { id: 'arf', depth: 'two' }, 'depth', /integer/],
    ['commitments-by-modality', { modality: 'x'.repeat(41) }, 'modality', /at most 40/],
    ['central-forums', { limit: '101' }, 'limit', /at most 100/],
    ['actions-for-forum', { forum: 'un', parts: 'maybe' }, 'parts', /must be true or false/],
    ['actions-for-forum', { forum: 'un', parts: '1' }, 'parts', /must be true or false/],
  ])('%s %j → 400 naming %s', (name, params, field, message) => {
    const refusal = invalid(name, params);
    expect(refusal).toMatchObject({ field, status: 400 });
    expect(refusal.message).toMatch(message);
    expect(refusal.message.startsWith(`${name}: `)).toBe(true);
  });

  it('normalises what it accepts: ids lower-cased and trimmed, blanks take the default, integers from text', () => {
    expect(validateQueryParams(namedQuery('actions-for-forum'), { forum: ' ARF ' })).toEqual({
      forum: 'arf',
      parts: false,
    });
    expect(validateQueryParams(namedQuery('actions-for-forum'), { forum: 'un', parts: ' TRUE ' })).toEqual({
      forum: 'un',
      parts: true,
    });
    expect(validateQueryParams(namedQuery('neighborhood'), { id: 'arf', depth: '' })).toEqual({ id: 'arf', depth: 1 });
    expect(validateQueryParams(namedQuery('neighborhood'), { id: 'arf', depth: '3' })).toEqual({ id: 'arf', depth: 3 });
    expect(validateQueryParams(namedQuery('central-forums'), {})).toEqual({ limit: 10 });
    expect(validateQueryParams(namedQuery('commitments-by-modality'), { modality: '  Calls   For ' })).toEqual({
      modality: 'calls for',
    });
  });

  it('validates idempotently: validated parameters pass again unchanged', () => {
    for (const [name, params] of [
      ['neighborhood', { id: 'arf', depth: '2' }],
      ['shortest-path', { from: 'a', to: 'b' }],
      ['actions-for-forum', { forum: 'un', parts: 'true' }],
    ] as const) {
      const once = validateQueryParams(namedQuery(name), params);
      expect(validateQueryParams(namedQuery(name), once)).toEqual(once);
    }
  });
});

describe('named query registry', () => {
  it('lists the six questions of the issue, each with typed parameters', () => {
    const described = describeNamedQueries();
    expect(described.map((q) => q.name)).toEqual([
      'actions-for-forum',
      'forums-for-action',
      'shortest-path',
      'neighborhood',
      'commitments-by-modality',
      'central-forums',
    ]);
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
    expect(described.find((q) => q.name === 'actions-for-forum')?.parameters).toEqual([
      expect.objectContaining({ name: 'forum', type: 'entity', required: true, nodeTypes: [...FORUM_TYPES] }),
      expect.objectContaining({ name: 'parts', type: 'boolean', required: false, default: false }),
    ]);
    expect(described.find((q) => q.name === 'neighborhood')?.parameters[1]).toMatchObject({
      name: 'depth',
      type: 'integer',
      default: 1,
      min: 1,
      max: 3,
    });
  });

  it("answers GET /api/queries with the README's field names: {name, title, description, parameters:[…]}", () => {
    const always = ['name', 'type', 'description', 'required'];
    const optional = ['default', 'min', 'max', 'nodeTypes'];
    for (const query of describeNamedQueries()) {
      expect(Object.keys(query).sort(), query.name).toEqual(['description', 'name', 'parameters', 'title']);
      for (const parameter of query.parameters) {
        const names = Object.keys(parameter);
        expect(names, query.name).toEqual(expect.arrayContaining(always));
        expect(
          names.filter((n) => !always.includes(n) && !optional.includes(n)),
          query.name,
        ).toEqual([]);
      }
    }
  });

  it('declares exactly the parameters its schema accepts, and its Cypher uses each one as a parameter', () => {
    for (const definition of NAMED_QUERIES) {
      const sample = Object.fromEntries(
        definition.parameters.map((p) => [
          p.name,
          p.type === 'integer' ? String(p.min ?? 1) : p.type === 'boolean' ? 'true' : `sample-${p.name}`,
        ]),
      );
      expect(() => validateQueryParams(definition, sample), definition.name).not.toThrow();
      for (const parameter of definition.parameters) {
        expect(definition.cypher.query, `${definition.name} uses $${parameter.name}`).toContain(`$${parameter.name}`);
      }
      // Parameters only: no template holes left in the text.
      expect(definition.cypher.query).not.toMatch(/\$\{/);
    }
  });

  it('spells the forum types in Cypher exactly as the schema does', () => {
    for (const name of ['forums-for-action', 'central-forums']) {
      expect(namedQuery(name).cypher.query).toContain(`[${FORUM_TYPES.map((t) => `'${t}'`).join(', ')}]`);
    }
  });

  it('404s an unknown query, naming the known ones', () => {
    expect(() => runNamedQueryInMemory(diamond(), 'no-such-query', {})).toThrow(
      expect.objectContaining({
        status: 404,
        message: expect.stringMatching(/^unknown query "no-such-query" \(queries: actions-for-forum, /),
      }),
    );
  });
});

/** POST /api/cypher bodies: what reaches the store, and the 400s that name the field. */
import { describe, expect, it } from 'vitest';
import { parseCypherRequest } from '@/lib/queries/cypher-request';
import { explorerHighlightHref, explorerNodeHref, MAX_HIGHLIGHT, readerHref } from '@/lib/queries/links';

describe('parseCypherRequest', () => {
  it('passes the query and JSON parameters through', () => {
    expect(
      parseCypherRequest(
        '{"query": "MATCH (n {id: $id}) RETURN n", "params": {"id": "arf", "n": [1, {"a": null}]}}',
        100,
      ),
    ).toEqual({
      query: 'MATCH (n {id: $id}) RETURN n',
      params: { id: 'arf', n: [1, { a: null }] },
    });
    expect(parseCypherRequest('{"query": "RETURN 1"}', 100).params).toEqual({});
  });

  it.each([
    ['', 'body', /invalid JSON body/],
    ['"RETURN 1"', 'body', /must be a JSON object/],
    ['null', 'body', /must be a JSON object/],
    ['{"query": 5}', 'query', /"query"/],
    ['{"query": "RETURN 1234567890"}', 'query', /longer than 10 characters/],
    ['{"query": "RETURN 1", "params": "x"}', 'params', /must be an object of JSON values/],
    ['{"query": "RETURN 1", "database": "system"}', 'database', /invalid field "database": unknown field/],
    // A misspelt "query": the typo is named, not the "required" it leaves behind.
    ['{"quer": "RETURN 1"}', 'quer', /invalid field "quer": unknown field \(expected one of: query, params\)/],
    // 5,000 nested lists overflowed zod's recursive JSON check: a 500 instead of a 400.
    [
      `{"query": "RETURN $x", "params": {"x": ${'['.repeat(5000)}${']'.repeat(5000)}}}`,
      'params',
      /nested deeper than 100/,
    ],
  ])('%s → 400 naming %s', (body, field, message) => {
    expect(() => parseCypherRequest(body, 10)).toThrow(
      expect.objectContaining({ status: 400, field, message: expect.stringMatching(message) }),
    );
  });
});

describe('parseCypherRequest: nesting', () => {
  it('takes parameters nested as deep as the limit', () => {
    const nested = (depth: number): string => (depth === 0 ? '1' : `[${nested(depth - 1)}]`);
    // params itself is one level, so its values may nest one less.
    expect(parseCypherRequest(`{"query": "RETURN $x", "params": {"x": ${nested(99)}}}`, 100).params.x).toBeDefined();
    expect(() => parseCypherRequest(`{"query": "RETURN $x", "params": {"x": ${nested(101)}}}`, 100)).toThrow(
      /nested deeper/,
    );
  });
});

describe('links out of the query pages', () => {
  it('deep-links the explorer and the reader', () => {
    expect(explorerNodeHref('arf')).toBe('/?node=arf');
    expect(explorerHighlightHref(['arf', 'sco', 'arf'])).toBe('/?highlight=arf,sco');
    expect(explorerHighlightHref(Array.from({ length: 400 }, (_v, i) => `n${i}`)).split(',')).toHaveLength(
      MAX_HIGHLIGHT,
    );
    expect(readerHref('iscc-2017', 'iscc-2017-ch4-3-s3')).toBe('/document?id=iscc-2017#iscc-2017-ch4-3-s3');
  });
});

/**
 * Route helpers: one value per query parameter, blank as absent, If-None-Match read as RFC 9110 reads it, and a JSON
 * body read whole or refused.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { etagMatches, parseParams, readJsonBody, respond, singleParams } from '@/lib/http';
import { InvalidInputError, StoreUnavailableError } from '@/lib/store/errors';
import { etagMatches as keptEtagMatches } from '@/scripts/kept-answers.mjs';

describe('singleParams', () => {
  it('gives each parameter once and refuses a repeated one, naming it', () => {
    expect(singleParams('http://h/x?a=1&b=%20')).toEqual({ a: '1', b: ' ' });
    expect(() => singleParams('http://h/x?a=1&a=2')).toThrow(/invalid parameter "a": given more than once/);
  });
});

describe('singleParams: what the URL parser would bend', () => {
  it('refuses broken percent-encoding, naming the parameter, instead of answering for "\uFFFD"', () => {
    for (const value of ['%E0%A4%A', '%', '%zz', '%ED%A0%80', '%C0%AF']) {
      expect(() => singleParams(`http://h/api/search?q=${value}`)).toThrow(
        /^invalid parameter "q": not valid percent-encoding \(UTF-8 bytes as %XX\)$/,
      );
    }
    expect(() => singleParams('http://h/x?%E0=1')).toThrow(/invalid parameter "%E0": not valid percent-encoding/);
    expect(singleParams('http://h/x?q=%E2%82%AC+x&r=a%2Bb#%zz')).toEqual({ q: '€ x', r: 'a+b' });
  });

  it('refuses a parameter named __proto__ as unknown, rather than lose it on a prototype', () => {
    expect(() => singleParams('http://h/x?__proto__=x&id=arf')).toThrow(
      /invalid parameter "__proto__": unknown parameter/,
    );
    const schema = z.strictObject({ id: z.string() });
    expect(() => parseParams('http://h/x?__proto__=x&id=arf', schema)).toThrow(
      /invalid parameter "__proto__": unknown parameter/,
    );
  });
});

describe('parseParams', () => {
  const schema = z.strictObject({ q: z.string({ error: 'required' }), limit: z.coerce.number().default(5) });

  it('takes a blank value as an absent one', () => {
    expect(parseParams('http://h/x?q=a&limit=', schema)).toEqual({ q: 'a', limit: 5 });
    expect(() => parseParams('http://h/x?q=%20', schema)).toThrow(/"q": required/);
  });

  it('names an unknown parameter itself', () => {
    expect(() => parseParams('http://h/x?q=a&x=1', schema)).toThrow(/invalid parameter "x": unknown parameter/);
  });

  it('names a misspelt parameter rather than the required one it leaves missing', () => {
    expect(() => parseParams('http://h/x?qq=a', schema)).toThrow(/invalid parameter "qq": unknown parameter/);
  });
});

describe('etagMatches', () => {
  const etag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['', false],
    [null, false],
  ])('If-None-Match %s → %s (the routes and the production server’s kept answers alike)', (header, expected) => {
    expect(etagMatches(header, etag)).toBe(expected);
    expect(keptEtagMatches(header ?? undefined, etag)).toBe(expected);
  });
});

describe('readJsonBody', () => {
  const post = (body: BodyInit) =>
    new Request('http://h/api/cypher', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);

  it('reads the body as text', async () => {
    expect(await readJsonBody(post('{"query":"RETURN 1"}'), 1000)).toBe('{"query":"RETURN 1"}');
  });

  it('answers a body cut off by the client as invalid input (400), not an unexpected error (500)', async () => {
    const cut = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query": "MATCH'));
        controller.error(new Error('aborted'));
      },
    });
    const failure = await readJsonBody(post(cut), 1000).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidInputError);
    expect((failure as Error).message).toMatch(/the body ended before it was complete/);
  });
});

describe('respond: how a cache may keep an answer', () => {
  it('lets a cache keep an answer only to revalidate it, unless the route says otherwise', async () => {
    expect((await respond('search', async () => ({ results: [] }))).headers.get('cache-control')).toBe('no-cache');
    const own = new Response('x', { headers: { 'cache-control': 'no-store' } });
    expect((await respond('export', async () => own)).headers.get('cache-control')).toBe('no-store');
  });

  it('never lets a cache keep a failure', async () => {
    const down = await respond('nodes', async () => {
      throw new StoreUnavailableError('lib/store/neo4j: Neo4j is unavailable');
    });
    expect(down.status).toBe(503);
    expect(down.headers.get('cache-control')).toBe('no-store');
    const bad = await respond('nodes', async () => {
      throw new InvalidInputError('invalid parameter "q"', 'q');
    });
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });
});

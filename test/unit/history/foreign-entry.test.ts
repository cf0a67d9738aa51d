/** Foreign history entries: when Back or Forward must load the page its address names. */
import { describe, expect, it } from 'vitest';
import { isRouterEntry, mustReloadOnPop } from '@/lib/history/foreign-entry';

const routerState = { __NA: true, __PRIVATE_NEXTJS_INTERNALS_TREE: {} };

describe('isRouterEntry', () => {
  it("knows the router's entries from the browser's own", () => {
    expect(isRouterEntry(routerState)).toBe(true);
    expect(isRouterEntry(null)).toBe(false);
    expect(isRouterEntry({ atlasReaderScrollY: 10 })).toBe(false);
    expect(isRouterEntry('x')).toBe(false);
  });
});

describe('mustReloadOnPop', () => {
  it('reloads when a #fragment entry of another page is reached (Back from the explorer to /document#ch4-4)', () => {
    expect(mustReloadOnPop(null, '/document', '/')).toBe(true);
    expect(mustReloadOnPop(null, '/matrix', '/query')).toBe(true);
  });

  it('reloads when the page is the same but its query is not (the router would leave the old results)', () => {
    expect(mustReloadOnPop(null, '/query?name=a', '/query?name=b')).toBe(true);
  });

  it('leaves a fragment-only step on the same page to the browser', () => {
    expect(mustReloadOnPop(null, '/document', '/document')).toBe(false);
    // The router writes the query in its own order and encoding.
    expect(mustReloadOnPop(null, '/?node=arf&types=forum%2Corganization', '/?types=forum,organization&node=arf')).toBe(
      false,
    );
  });

  it("leaves the router's own entries to the router", () => {
    expect(mustReloadOnPop(routerState, '/document', '/')).toBe(false);
  });
});

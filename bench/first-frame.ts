/**
 * First-frame benchmark
 * =====================
 * Navigation start → `data-graph-ready="true"` (sigma's first rendered frame) on the explorer, in headless Chromium,
 * against a bare page that only loads sigma + graphology and renders the same graph JSON (bench/bare-sigma), served
 * from the same machine in the same run. Rows for the document graph and for a synthetic 10k-node graph.
 * Each load gets a fresh browser context (no cache); the two sides alternate so that noise on a shared machine
 * falls on both; the first load of each side is discarded (server and browser warm-up).
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP } from '../test/e2e/support/browser';
import { buildBareBundle, startBareServer } from './bare-sigma/server';
import { median, row, type BenchRow } from './support';

export interface AppServer {
  baseURL: string;
  stop(): Promise<void>;
}

export interface FirstFrameOptions {
  quick: boolean;
  /** Starts the production app on the memory backend; with an order, serving a synthetic graph of that size. */
  appBaseURL: (order?: number) => Promise<AppServer>;
}

const LOAD_TIMEOUT_MS = 120_000;

/**
 * Installed before any page script: records `performance.now()` (ms since navigation start) when an element first
 * carries data-graph-ready="true". A string, not a function, so no transpiler helper leaks into the page.
 */
const READY_PROBE = `(() => {
  const ready = (node) => node.nodeType === 1 &&
    (node.getAttribute('data-graph-ready') === 'true' || node.querySelector('[data-graph-ready="true"]') !== null);
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const hit = record.type === 'attributes' ? ready(record.target) : [...record.addedNodes].some(ready);
      if (hit) {
        window.__atlasFirstFrame = now;
        observer.disconnect();
        return;
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-graph-ready'] });
})();`;

interface Load {
  ms: number;
  /** The graph canvas's size in CSS pixels, so the bare page can draw the same area. */
  canvas: { width: number; height: number } | null;
}

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: DESKTOP });
  try {
    await context.addInitScript({ content: READY_PROBE });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    try {
      // A selector, not a predicate: the app's CSP forbids the eval a string predicate needs.
      await page.waitForSelector('[data-graph-ready="true"]', { state: 'attached', timeout: LOAD_TIMEOUT_MS });
    } catch (error) {
      throw new Error(
        `bench/first-frame: ${url} never set data-graph-ready="true" (${failures.join('; ') || String(error)})`,
      );
    }
    const ms = Number(await page.evaluate('window.__atlasFirstFrame'));
    const canvas = (await page.evaluate(`(() => {
      const box = document.querySelector('.graph-canvas, #graph')?.getBoundingClientRect();
      return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
    })()`)) as Load['canvas'];
    return { ms, canvas };
  } finally {
    await context.close();
  }
}

/** Ours and the bare page on one running app, alternating, the first load of each discarded. */
async function compare(
  browser: Browser,
  app: AppServer,
  loads: number,
): Promise<{ ours: number; baseline: number; graphBytes: number; canvas: string }> {
  // Warm the server: the store, the route and the page's render path (and, at 10k, the synthetic graph).
  for (const path of ['/api/graph', '/', '/']) await (await fetch(`${app.baseURL}${path}`)).arrayBuffer();
  const first = await load(browser, `${app.baseURL}/`);
  const size = first.canvas ?? { width: DESKTOP.width, height: DESKTOP.height };
  const bare = await startBareServer(app.baseURL);
  try {
    const bareURL = `${bare.baseURL}/?w=${size.width}&h=${size.height}`;
    await load(browser, bareURL);
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < loads; i++) {
      ours.push((await load(browser, `${app.baseURL}/`)).ms);
      baseline.push((await load(browser, bareURL)).ms);
    }
    return {
      ours: median(ours),
      baseline: median(baseline),
      graphBytes: bare.graphBytes,
      canvas: `${size.width}×${size.height}`,
    };
  } finally {
    await bare.stop();
  }
}

export async function benchFirstFrame(opts: FirstFrameOptions): Promise<BenchRow[]> {
  const loads = opts.quick ? 7 : 15;
  const bundleBytes = await buildBareBundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const rows: BenchRow[] = [];
  try {
    const cases = [
      { name: 'first-frame-vs-bare-sigma', order: undefined, what: 'the document graph' },
      { name: 'first-frame-vs-bare-sigma-10k', order: 10_000, what: 'a synthetic graph of 10k nodes / ~50k edges' },
    ];
    for (const { name, order, what } of cases) {
      const app = await opts.appBaseURL(order);
      try {
        const result = await compare(browser, app, loads);
        const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
        rows.push(
          row({
            name,
            ours: result.ours,
            baseline: result.baseline,
            unit: 'ms',
            better: 'lower',
            target: 1.3,
            note:
              `navigation → data-graph-ready, median of ${loads} fresh-context loads in headless Chromium (SwiftShader), ` +
              `${what} (${kib(result.graphBytes)} JSON), canvas ${result.canvas}; baseline: a bare page with sigma + ` +
              `graphology only (${kib(bundleBytes)} JS) fetching the same JSON from its own origin`,
          }),
        );
      } finally {
        await app.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * Bare sigma server
 * =================
 * Bundles the bare page (page.ts: sigma + graphology, nothing else) once with esbuild into the git-ignored dist/
 * folder, and serves it from a tiny node:http server that also answers `GET /api/graph` with the very bytes the
 * app under test serves, fetched from it once. Same origin and identical JSON, so the only difference left between
 * the two sides of the benchmark is what each page does with them.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
export const BARE_BUNDLE = `${here}dist/bare.js`;

/** `fn()` writes dist/bare.js (minified, production React-free build) and returns its size in bytes. */
export async function buildBareBundle(): Promise<number> {
  const result = await build({
    entryPoints: [`${here}page.ts`],
    outfile: BARE_BUNDLE,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'warning',
  });
  const output = result.metafile.outputs[Object.keys(result.metafile.outputs).find((f) => f.endsWith('bare.js')) ?? ''];
  return output?.bytes ?? 0;
}

export interface BareServer {
  baseURL: string;
  /** Bytes of the graph JSON it serves. */
  graphBytes: number;
  stop(): Promise<void>;
}

/** The page; the container gets the size of the explorer's canvas so both draw the same number of pixels. */
function html(width: number, height: number): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>bare sigma</title>
<style>html,body{margin:0}#graph{width:${width}px;height:${height}px;position:relative}</style></head>
<body><div id="graph" data-graph-ready="false"></div><script src="/bare.js"></script></body>
</html>`;
}

function dimension(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 10_000 ? n : fallback;
}

/** Serves the bare page of an already built bundle, with `appBaseURL`'s graph JSON. */
export async function startBareServer(appBaseURL: string): Promise<BareServer> {
  const bundle = await readFile(BARE_BUNDLE);
  const response = await fetch(`${appBaseURL}/api/graph`);
  if (!response.ok) throw new Error(`bench/bare-sigma: GET ${appBaseURL}/api/graph answered ${response.status}`);
  const graph = Buffer.from(await response.arrayBuffer());

  const server: Server = createServer((request, reply) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string | Buffer) => {
      reply.writeHead(status, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
      });
      reply.end(body);
    };
    if (url.pathname === '/') {
      send(
        200,
        'text/html; charset=utf-8',
        html(dimension(url.searchParams.get('w'), 1000), dimension(url.searchParams.get('h'), 800)),
      );
    } else if (url.pathname === '/bare.js') send(200, 'text/javascript; charset=utf-8', bundle);
    else if (url.pathname === '/api/graph') send(200, 'application/json', graph);
    else send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    graphBytes: graph.length,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

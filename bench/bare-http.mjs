/**
 * Bare HTTP server
 * ================
 * The baseline of bench/api.ts, run as its own process (as the app is) so that it does not share an event loop
 * with the load generator: fetches the given URL once, then answers every request with those bytes from a plain
 * node:http server, and prints `{"port": …, "bytes": …}` when it listens.
 *
 *   node bench/bare-http.mjs http://127.0.0.1:3000/api/graph
 */
import { createServer } from 'node:http';

const source = process.argv[2];
if (!source) throw new Error('bench/bare-http: give the URL whose bytes to serve');
const response = await fetch(source);
if (!response.ok) throw new Error(`bench/bare-http: GET ${source} answered ${response.status}`);
const body = Buffer.from(await response.arrayBuffer());
const type = response.headers.get('content-type') ?? 'application/octet-stream';

const server = createServer((_request, reply) => {
  reply.writeHead(200, { 'content-type': type, 'content-length': body.length });
  reply.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0, bytes: body.length }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

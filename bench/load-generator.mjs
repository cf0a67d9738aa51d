/**
 * Load generator
 * ==============
 * Runs one autocannon run in its own process and prints its summary as JSON, so the client of bench/api.ts does
 * not share a heap and event loop with the bench runner: after the ingest group that heap held ten document graphs'
 * garbage, and the same code measured api-graph-vs-bare-http 0.47 after it against 0.60 alone.
 *
 *   node bench/load-generator.mjs '{"url": "http://127.0.0.1:3000/api/graph", "connections": 50, "duration": 5}'
 */
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? 'null');
if (!options?.url) throw new Error('bench/load-generator: give autocannon options as JSON, with at least a url');
const result = await autocannon(options);
process.stdout.write(
  `${JSON.stringify({
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  })}\n`,
);

/**
 * npm run neo4j:start
 * ===================
 * Starts the developer's local Neo4j in the background on bolt://127.0.0.1:7687 (NEO4J_PORT) with its data in
 * .neo4j/data/default, and returns once Bolt answers; run again while it is up, it only says so.
 *
 * Environment: NEO4J_PORT; NEO4J_PASSWORD (auth on with that password for `neo4j`, the same variable the app
 * connects with; unset = auth off); ATLAS_NEO4J_HEAP (default 1g), ATLAS_NEO4J_PAGECACHE (default 256m).
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import { NEO4J_VERSION, neo4jHome } from './provision';
import { isLauncherProcess, launcherPort, readPidFile, startNeo4j, waitForBolt } from './server';
import { startSettings, StartSettingsError } from './start-settings';

const ORIGIN = 'scripts/neo4j: ';

async function main(): Promise<number> {
  const home = neo4jHome();
  const { port, password, heap, pageCache } = startSettings(process.env);
  const uri = `bolt://127.0.0.1:${port}`;
  const pidFile = join(home, 'run', 'neo4j.pid');
  const logFile = join(home, 'logs', 'neo4j.log');
  const dataDir = join(home, 'data', 'default');

  const pid = await readPidFile(pidFile);
  if (pid !== null && (await isLauncherProcess(pid))) {
    // Started earlier with another NEO4J_PORT (or without one): waiting for this port would take two minutes to
    // end in "does not answer".
    const runningPort = await launcherPort(pid);
    if (runningPort !== null && runningPort !== port) {
      console.error(
        `${ORIGIN}Neo4j is already running at bolt://127.0.0.1:${runningPort} (pid ${pid}), not on port ${port}: use NEO4J_URI=bolt://127.0.0.1:${runningPort}, or \`npm run neo4j:stop\` and start again with the NEO4J_PORT you want.`,
      );
      return 1;
    }
    // It may still be starting (a second `neo4j:start` right after the first): give it the usual time.
    const answer = await waitForBolt(uri, { password, timeoutMs: 120_000 });
    if (answer === true) {
      console.log(`Neo4j is already running at ${uri} (pid ${pid}). Stop it with \`npm run neo4j:stop\`.`);
      return 0;
    }
    if (answer.startsWith('authentication refused')) {
      console.error(
        `${ORIGIN}Neo4j is running at ${uri} (pid ${pid}) but refuses ${password ? 'this NEO4J_PASSWORD' : 'a login without NEO4J_PASSWORD'}: it was started with other settings. \`npm run neo4j:stop\`, then start again.`,
      );
    } else {
      console.error(
        `${ORIGIN}pid ${pid} from ${pidFile} is running but ${uri} does not answer: ${answer}\nSee ${logFile}; \`npm run neo4j:stop\` stops it.`,
      );
    }
    return 1;
  }
  if (await listening(port)) {
    console.error(
      `${ORIGIN}something else already listens on 127.0.0.1:${port} (not started by neo4j:start). Stop it, or choose another port with NEO4J_PORT.`,
    );
    return 1;
  }

  const server = await startNeo4j({
    port,
    dataDir,
    password,
    detached: true,
    logFile,
    pidFile,
    heap,
    pageCache,
  });
  console.log(
    `Neo4j ${NEO4J_VERSION} is running at ${server.uri} (pid ${server.pid}, auth ${password ? 'on' : 'off'}), started in ${server.startMs} ms.`,
  );
  console.log(`Data: ${dataDir}  Log: ${logFile}  Stop: npm run neo4j:stop`);
  return 0;
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(2_000);
    const settle = (answer: boolean) => {
      socket.destroy();
      done(answer);
    };
    socket.once('connect', () => settle(true));
    socket.once('timeout', () => settle(false));
    socket.once('error', () => settle(false));
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    // A bad NEO4J_PORT / NEO4J_PASSWORD is configuration to fix, exit 2 as for the app and the CLI.
    process.exit(error instanceof StartSettingsError ? 2 : 1);
  },
);

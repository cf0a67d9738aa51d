/**
 * npm run neo4j:stop
 * ==================
 * Stops the Neo4j that `npm run neo4j:start` left running (clean shutdown, SIGKILL only if it hangs) and
 * removes its pid file; finding nothing to stop is not an error.
 */
import { join } from 'node:path';
import { neo4jHome } from './provision';
import { stopByPidFile } from './server';

async function main(): Promise<number> {
  const pidFile = join(neo4jHome(), 'run', 'neo4j.pid');
  const result = await stopByPidFile(pidFile);
  if (result.stopped) console.log(`Neo4j stopped (pid ${result.pid}, ${result.ms} ms).`);
  else console.log(`No Neo4j to stop: ${result.reason}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

/**
 * Class-data sharing
 * ==================
 * Records an AppCDS archive of the classes a Neo4j start loads, keyed on everything that would invalidate it, so
 * later starts spend a third less CPU before Bolt answers. ATLAS_NEO4J_CDS=0 turns it off.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import type { JavaTools } from './java';
import { sourceSha256 } from './launcher-build';
import type { Layout } from './paths';
import { freePort } from './ports';
import { JVM_FLAGS, launcherJvmArgs, type Neo4jRuntime } from './runtime';

const ORIGIN = 'scripts/neo4j: ';

export function cdsWanted(): boolean {
  return process.env.ATLAS_NEO4J_CDS !== '0';
}

/** An archive is only valid for the JVM binary, the flags and the classpath that recorded it. */
export async function cdsKey(java: JavaTools, paths: Layout): Promise<string> {
  const javaPath = await realpath(java.java).catch(() => java.java);
  const javaStat = await stat(javaPath).catch(() => null);
  const classpath = await readFile(paths.classpathFile, 'utf8').catch(() => '');
  return createHash('sha256')
    .update(JSON.stringify([javaPath, javaStat?.size, javaStat?.mtimeMs, JVM_FLAGS, classpath, await sourceSha256()]))
    .digest('hex');
}

/**
 * Starts Neo4j once with -XX:ArchiveClassesAtExit, runs a few typical queries so the Bolt and Cypher classes are
 * loaded too, and stops it: the JVM writes the archive on the way out. Measured here: start to Bolt drops from
 * 15 s to 10 s of CPU (Java 17, 2 cores), which is what a start waits for on a busy machine. A failure only costs
 * that speed, so it warns instead of throwing.
 */
export async function recordCdsArchive(runtime: Neo4jRuntime, paths: Layout, key: string): Promise<void> {
  const t0 = performance.now();
  const dataDir = await mkdtemp(join(tmpdir(), 'atlas-neo4j-cds-'));
  const partial = `${paths.cdsArchive}.partial-${process.pid}`;
  await rm(paths.cdsArchive, { force: true });
  await rm(paths.cdsMarker, { force: true });
  process.stderr.write(`${ORIGIN}recording a class-data-sharing archive (one Neo4j start and stop)…\n`);
  try {
    const port = await freePort();
    const env = { ...process.env };
    delete env.NEO4J_PASSWORD;
    const args = [
      ...launcherJvmArgs(runtime, { heap: '512m', cds: 'dump', dumpTo: partial }),
      '--data-dir',
      dataDir,
      '--port',
      String(port),
      '--page-cache',
      '64m',
      // If provisioning is interrupted, the JVM sees stdin close and goes too.
      '--exit-on-stdin-eof',
    ];
    const child = spawn(runtime.java, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    const lines: string[] = [];
    const exited = new Promise<number | null>((done) => {
      child.on('exit', (code) => done(code));
      child.on('error', (error) => {
        lines.push(String(error));
        done(null);
      });
    });
    createInterface({ input: child.stderr }).on('line', (line) => lines.push(line));
    let timer: NodeJS.Timeout | undefined;
    const ready = await new Promise<boolean>((done) => {
      timer = setTimeout(() => done(false), 240_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.startsWith('NEO4J READY ')) done(true);
      });
      void exited.then(() => done(false));
    });
    clearTimeout(timer);
    if (ready) {
      const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', ''));
      try {
        await driver.executeQuery('RETURN 1 AS one');
        await driver.executeQuery(
          'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
        );
        await driver.executeQuery(
          'CREATE (n:CdsWarmup {id: $id, tags: [$id]}) WITH n MATCH (m:CdsWarmup {id: $id}) RETURN m.id',
          { id: 'x' },
        );
        await driver.executeQuery('MATCH (n:CdsWarmup) DETACH DELETE n');
      } catch {
        // The queries only widen the archive; the start itself is what matters.
      } finally {
        await driver.close();
      }
    }
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    await exited;
    clearTimeout(killer);
    if (!ready || !existsSync(partial)) {
      await writeFile(paths.cdsMarker, `${JSON.stringify({ key, archive: false })}\n`);
      process.stderr.write(
        `${ORIGIN}warning: no CDS archive recorded (delete ${paths.cdsMarker} to retry); starts work, only slower. Last lines:\n${lines.slice(-15).join('\n')}\n`,
      );
      return;
    }
    await rename(partial, paths.cdsArchive);
    await writeFile(paths.cdsMarker, `${JSON.stringify({ key, archive: true })}\n`);
    process.stderr.write(`${ORIGIN}CDS archive recorded (${Math.round(performance.now() - t0)} ms)\n`);
  } finally {
    await rm(partial, { force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Neo4j provisioning
 * ==================
 * Fetches the Neo4j Community jars from Maven Central into a git-ignored cache, compiles the launcher, and
 * records a class-data-sharing archive, so every later start needs neither the network nor a compiler.
 *
 * Layout of the cache (`.neo4j/` at the repo root, or ATLAS_NEO4J_HOME):
 *   maven/pom.xml            the tiny pom Maven resolves
 *   lib/*.jar                Neo4j and its dependencies; lib/.provisioned.json = {version, jars}
 *   launcher/launcher.jar    scripts/neo4j/Launcher.java, compiled (a jar, not a folder: CDS needs one)
 *   launcher/classpath.args  a java @argfile with the classpath in a fixed order (CDS checks the order)
 *   launcher/neo4j.jsa       the AppCDS archive of the classes a start loads; launcher/cds.json says for which JVM
 * Every step is skipped when its marker matches, so a warm call costs a few stat() calls.
 *
 * The steps live beside this file (paths, maven, java, launcher-build, cds, lock, markers); this one orders them
 * and is the public entry point.
 *
 * CLI: `npm run neo4j:provision`. Environment: ATLAS_NEO4J_HOME (cache folder), ATLAS_NEO4J_JAVA_HOME or
 * JAVA_HOME (the JDK to use; else `java` on PATH), ATLAS_NEO4J_CDS=0 (skip the class-data-sharing archive).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cdsKey, cdsWanted, recordCdsArchive } from './cds';
import { resolveJava, type JavaTools } from './java';
import { buildLauncher, launcherFresh } from './launcher-build';
import { acquireLock } from './lock';
import { markerMatches } from './markers';
import { fetchJars, jarList, jarsPresent } from './maven';
import { layout, neo4jHome, type Layout } from './paths';
import { runtimeOf, type Neo4jRuntime } from './runtime';

export { NEO4J_VERSION, REPO_ROOT, neo4jHome } from './paths';
export { freePort } from './ports';
export { isAlive } from './process-utils';
export { JVM_FLAGS, launcherJvmArgs, type Neo4jRuntime } from './runtime';

let inFlight: Promise<Neo4jRuntime> | undefined;

/** Makes sure the jars, the compiled launcher and (unless disabled) the CDS archive exist; cheap when they do. */
export async function provisionNeo4j(): Promise<Neo4jRuntime> {
  // One provisioning per process even when several starts race (a test file and the global setup, say).
  inFlight ??= provisionOnce().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function provisionOnce(): Promise<Neo4jRuntime> {
  const paths = layout(neo4jHome());
  const java = await resolveJava();
  const fresh = await currentRuntime(paths, java);
  if (fresh) return fresh;

  await mkdir(paths.home, { recursive: true });
  const release = await acquireLock(paths.lock);
  try {
    // Another process may have done the work while we waited for the lock.
    if (!(await jarsPresent(paths))) await fetchJars(paths);
    const jars = await jarList(paths.libDir);
    if (!(await launcherFresh(paths, java))) await buildLauncher(paths, java, jars);
    const runtime = runtimeOf(paths, java, null);
    if (cdsWanted()) {
      const key = await cdsKey(java, paths);
      if (!(await markerMatches(paths.cdsMarker, { key }))) await recordCdsArchive(runtime, paths, key);
      if (existsSync(paths.cdsArchive)) runtime.cdsArchive = paths.cdsArchive;
    }
    return runtime;
  } finally {
    await release();
  }
}

async function currentRuntime(paths: Layout, java: JavaTools): Promise<Neo4jRuntime | null> {
  if (!(await jarsPresent(paths)) || !(await launcherFresh(paths, java))) return null;
  if (!cdsWanted()) return runtimeOf(paths, java, null);
  // A marker for this key without an archive means recording failed once: do not pay for it on every start.
  if (!(await markerMatches(paths.cdsMarker, { key: await cdsKey(java, paths) }))) return null;
  return runtimeOf(paths, java, existsSync(paths.cdsArchive) ? paths.cdsArchive : null);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const runtime = await provisionNeo4j();
  const ms = Math.round(performance.now() - t0);
  console.log(
    `Neo4j ${runtime.version} ready to start: ${runtime.libDir} (${(await jarList(runtime.libDir)).length} jars), launcher ${runtime.launcherJar}, CDS ${runtime.cdsArchive ? 'on' : 'off'} (${ms} ms)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

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
 * CLI: `npm run neo4j:provision`. Environment: ATLAS_NEO4J_HOME (cache folder), ATLAS_NEO4J_JAVA_HOME or
 * JAVA_HOME (the JDK to use; else `java` on PATH), ATLAS_NEO4J_CDS=0 (skip the class-data-sharing archive).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';

/** Newest 5.26 LTS patch on Maven Central when this was written (5.26.0 … 5.26.30; 5.26.27 was never published). */
export const NEO4J_VERSION = '5.26.30';
const DEPENDENCY_PLUGIN_VERSION = '3.8.1';
const ORIGIN = 'scripts/neo4j: ';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(SCRIPT_DIR, '..', '..');
const LAUNCHER_SOURCE = join(SCRIPT_DIR, 'Launcher.java');

/**
 * JVM flags for every launch. The three --add-opens are the ones Neo4j's own `neo4j` script passes: without
 * java.nio the page cache logs "Reflection access to java.nio.DirectByteBuffer is not available, using fallback
 * mode", and without java.io + sun.nio.ch it cannot reach file descriptors to fadvise transaction logs
 * ("Incorrect file descriptor" warnings). The rest mirror neo4j.conf's defaults, minus AlwaysPreTouch (slow
 * start for nothing on a test heap). JVM warnings go to stderr so stdout carries only the READY line.
 */
export const JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];

export interface Neo4jRuntime {
  home: string;
  libDir: string;
  version: string;
  /** The java executable the launcher was compiled for. */
  java: string;
  launcherJar: string;
  /** A java @argfile holding `-cp …`. */
  classpathFile: string;
  /** The AppCDS archive, or null when there is none for this JVM (then starts need ~50% more CPU, nothing else). */
  cdsArchive: string | null;
}

interface Layout {
  home: string;
  pom: string;
  libDir: string;
  libMarker: string;
  launcherDir: string;
  launcherJar: string;
  launcherMarker: string;
  classpathFile: string;
  cdsArchive: string;
  cdsMarker: string;
  lock: string;
}

export function neo4jHome(): string {
  const custom = process.env.ATLAS_NEO4J_HOME;
  return custom ? resolve(custom) : join(REPO_ROOT, '.neo4j');
}

function layout(home: string): Layout {
  const launcherDir = join(home, 'launcher');
  return {
    home,
    pom: join(home, 'maven', 'pom.xml'),
    libDir: join(home, 'lib'),
    libMarker: join(home, 'lib', '.provisioned.json'),
    launcherDir,
    launcherJar: join(launcherDir, 'launcher.jar'),
    launcherMarker: join(launcherDir, 'launcher.json'),
    classpathFile: join(launcherDir, 'classpath.args'),
    cdsArchive: join(launcherDir, 'neo4j.jsa'),
    cdsMarker: join(launcherDir, 'cds.json'),
    lock: join(home, '.provision.lock'),
  };
}

/**
 * The arguments of `java` that run the launcher (the caller appends the launcher's own flags).
 * `cds: 'use'` maps the archive when one exists; 'dump' records one at exit (provisioning only).
 */
export function launcherJvmArgs(
  runtime: Neo4jRuntime,
  opts: { heap: string; cds?: 'use' | 'dump' | 'off'; dumpTo?: string },
): string[] {
  const args = [...JVM_FLAGS, `-Xms${opts.heap}`, `-Xmx${opts.heap}`];
  const cds = opts.cds ?? 'use';
  if (cds === 'use' && runtime.cdsArchive) args.push('-Xshare:auto', `-XX:SharedArchiveFile=${runtime.cdsArchive}`);
  if (cds === 'dump') args.push(`-XX:ArchiveClassesAtExit=${opts.dumpTo ?? runtime.cdsArchive}`);
  args.push(`@${runtime.classpathFile}`, 'Launcher');
  return args;
}

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

function runtimeOf(paths: Layout, java: JavaTools, cdsArchive: string | null): Neo4jRuntime {
  return {
    home: paths.home,
    libDir: paths.libDir,
    version: NEO4J_VERSION,
    java: java.java,
    launcherJar: paths.launcherJar,
    classpathFile: paths.classpathFile,
    cdsArchive,
  };
}

function cdsWanted(): boolean {
  return process.env.ATLAS_NEO4J_CDS !== '0';
}

// --- jars ---------------------------------------------------------------------------------------------------

async function jarsPresent(paths: Layout): Promise<boolean> {
  const marker = await readJson(paths.libMarker);
  if (!marker || marker.version !== NEO4J_VERSION || typeof marker.jars !== 'number') return false;
  return (await jarList(paths.libDir)).length === marker.jars;
}

async function jarList(libDir: string): Promise<string[]> {
  try {
    return (await readdir(libDir)).filter((name) => name.endsWith('.jar')).sort();
  } catch {
    return [];
  }
}

function pomXml(): string {
  const dependency = (artifactId: string) =>
    `    <dependency>\n      <groupId>org.neo4j</groupId>\n      <artifactId>${artifactId}</artifactId>\n      <version>${NEO4J_VERSION}</version>\n    </dependency>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/neo4j/provision.ts: the Neo4j Community jars the launcher runs on. Do not edit. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.strategy-atlas</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>${NEO4J_VERSION}</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
${dependency('neo4j')}
${dependency('neo4j-bolt')}
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>${DEPENDENCY_PLUGIN_VERSION}</version>
      </plugin>
    </plugins>
  </build>
</project>
`;
}

async function fetchJars(paths: Layout): Promise<void> {
  await mkdir(dirname(paths.pom), { recursive: true });
  await writeFile(paths.pom, pomXml());
  // Copy into a fresh folder and swap it in whole: an interrupted download never leaves a half lib/ that the
  // marker would vouch for.
  const partial = `${paths.libDir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  process.stderr.write(
    `${ORIGIN}resolving Neo4j ${NEO4J_VERSION} with Maven (downloads ~125 MB on a machine that has never done it)…\n`,
  );
  const t0 = performance.now();
  await run(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      paths.pom,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${partial}`,
      '-DincludeScope=runtime',
    ],
    {
      what: 'Maven (mvn dependency:copy-dependencies)',
    },
  );
  const jars = await jarList(partial);
  if (!jars.includes(`neo4j-${NEO4J_VERSION}.jar`) || !jars.includes(`neo4j-bolt-${NEO4J_VERSION}.jar`)) {
    throw new Error(
      `${ORIGIN}Maven finished but ${partial} lacks neo4j-${NEO4J_VERSION}.jar or neo4j-bolt-${NEO4J_VERSION}.jar`,
    );
  }
  await writeFile(
    join(partial, '.provisioned.json'),
    `${JSON.stringify({ version: NEO4J_VERSION, jars: jars.length })}\n`,
  );
  await rm(paths.libDir, { recursive: true, force: true });
  await rename(partial, paths.libDir);
  process.stderr.write(`${ORIGIN}${jars.length} jars in ${paths.libDir} (${Math.round(performance.now() - t0)} ms)\n`);
}

// --- launcher -----------------------------------------------------------------------------------------------

interface JavaTools {
  java: string;
  javac: string;
  jar: string;
}

async function resolveJava(): Promise<JavaTools> {
  const javaHome = process.env.ATLAS_NEO4J_JAVA_HOME || process.env.JAVA_HOME;
  if (javaHome) {
    const bin = join(javaHome, 'bin');
    return { java: join(bin, 'java'), javac: join(bin, 'javac'), jar: join(bin, 'jar') };
  }
  const java = await onPath('java');
  if (!java)
    throw new Error(`${ORIGIN}no \`java\` on PATH and no JAVA_HOME; Neo4j ${NEO4J_VERSION} needs a JDK 17 or 21`);
  // Take javac and jar from the same JDK as java, not whatever PATH lists first.
  const bin = dirname(await realpath(java));
  return { java, javac: join(bin, 'javac'), jar: join(bin, 'jar') };
}

async function onPath(command: string): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

async function sourceSha256(): Promise<string> {
  return createHash('sha256')
    .update(await readFile(LAUNCHER_SOURCE))
    .digest('hex');
}

async function launcherFresh(paths: Layout, java: JavaTools): Promise<boolean> {
  if (!existsSync(paths.launcherJar) || !existsSync(paths.classpathFile)) return false;
  return markerMatches(paths.launcherMarker, { source: await sourceSha256(), version: NEO4J_VERSION, java: java.java });
}

async function buildLauncher(paths: Layout, java: JavaTools, jars: string[]): Promise<void> {
  const major = await javaMajor(java.java);
  if (major < 17) throw new Error(`${ORIGIN}${java.java} is Java ${major}; Neo4j ${NEO4J_VERSION} needs Java 17 or 21`);
  if (major !== 17 && major !== 21) {
    process.stderr.write(
      `${ORIGIN}warning: ${java.java} is Java ${major}; Neo4j ${NEO4J_VERSION} is supported on Java 17 and 21 only\n`,
    );
  }
  await rm(paths.launcherDir, { recursive: true, force: true });
  const classes = join(paths.launcherDir, 'classes');
  await mkdir(classes, { recursive: true });
  const compileClasspath = jars.map((name) => join(paths.libDir, name)).join(delimiter);
  await run(java.javac, ['-nowarn', '--release', '17', '-d', classes, '-cp', compileClasspath, LAUNCHER_SOURCE], {
    what: 'javac',
  });
  await run(java.jar, ['--create', '--file', paths.launcherJar, '-C', classes, '.'], { what: 'jar' });
  await rm(classes, { recursive: true, force: true });
  // The launcher first, then the jars in name order: a fixed order keeps the CDS archive valid across calls.
  const classpath = [paths.launcherJar, ...jars.map((name) => join(paths.libDir, name))].join(delimiter);
  await writeFile(paths.classpathFile, `-cp ${argfileQuote(classpath)}\n`);
  await writeFile(
    paths.launcherMarker,
    `${JSON.stringify({ source: await sourceSha256(), version: NEO4J_VERSION, java: java.java })}\n`,
  );
}

function argfileQuote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

async function javaMajor(java: string): Promise<number> {
  const { output } = await run(java, ['-version'], { what: `${java} -version` });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match?.[1]) throw new Error(`${ORIGIN}cannot read the Java version from: ${output.trim()}`);
  const first = Number(match[1]);
  return first === 1 ? Number(match[2] ?? 0) : first;
}

// --- class-data sharing ---------------------------------------------------------------------------------------

/** An archive is only valid for the JVM binary, the flags and the classpath that recorded it. */
async function cdsKey(java: JavaTools, paths: Layout): Promise<string> {
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
async function recordCdsArchive(runtime: Neo4jRuntime, paths: Layout, key: string): Promise<void> {
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

// --- helpers ------------------------------------------------------------------------------------------------

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it; the caller binds it right away). */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error(`${ORIGIN}could not pick a free port`))));
    });
  });
}

async function readJson(file: string): Promise<Record<string, unknown> | null> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

async function markerMatches(file: string, expected: Record<string, unknown>): Promise<boolean> {
  const marker = await readJson(file);
  return !!marker && Object.entries(expected).every(([key, value]) => marker[key] === value);
}

function run(command: string, args: string[], { what }: { what: string }): Promise<{ output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const hint =
        error.code === 'ENOENT'
          ? ` (\`${command}\` not found: install ${command === 'mvn' ? 'Maven 3.8+' : 'a JDK 17'})`
          : '';
      fail(new Error(`${ORIGIN}${what} could not run${hint}: ${error.message}`));
    });
    child.on('close', (code) => {
      if (code === 0) done({ output });
      else
        fail(
          new Error(
            `${ORIGIN}${what} failed with exit code ${code}:\n${output.trim().split('\n').slice(-40).join('\n')}`,
          ),
        );
    });
  });
}

/** A lock folder shared by processes (mkdir is atomic); a holder that died leaves a pid we can see is gone. */
async function acquireLock(lock: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'pid'), String(process.pid));
      return () => rm(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
    if (holder && !isAlive(holder)) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${ORIGIN}another provisioning (pid ${holder || '?'}) holds ${lock} for too long`);
    await new Promise((wake) => setTimeout(wake, 500));
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
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

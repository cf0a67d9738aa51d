/**
 * Launcher build
 * ==============
 * Compiles Launcher.java against the provisioned jars into a jar and writes the classpath @argfile every start
 * uses; a marker keyed on the source, the Neo4j version and the java binary says when to rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { javaMajor, type JavaTools } from './java';
import { markerMatches } from './markers';
import { LAUNCHER_SOURCE, NEO4J_VERSION, type Layout } from './paths';
import { run } from './process-utils';

const ORIGIN = 'scripts/neo4j: ';

export async function sourceSha256(): Promise<string> {
  return createHash('sha256')
    .update(await readFile(LAUNCHER_SOURCE))
    .digest('hex');
}

export async function launcherFresh(paths: Layout, java: JavaTools): Promise<boolean> {
  if (!existsSync(paths.launcherJar) || !existsSync(paths.classpathFile)) return false;
  return markerMatches(paths.launcherMarker, { source: await sourceSha256(), version: NEO4J_VERSION, java: java.java });
}

export async function buildLauncher(paths: Layout, java: JavaTools, jars: string[]): Promise<void> {
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

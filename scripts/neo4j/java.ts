/**
 * Java tool resolution
 * ====================
 * Finds the JDK provisioning compiles with and Neo4j runs on, taking java, javac and jar from one installation so
 * the launcher is never compiled by one JDK and run by another.
 */
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { NEO4J_VERSION } from './paths';
import { run } from './process-utils';

const ORIGIN = 'scripts/neo4j: ';

export interface JavaTools {
  java: string;
  javac: string;
  jar: string;
}

export async function resolveJava(): Promise<JavaTools> {
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

export async function javaMajor(java: string): Promise<number> {
  const { output } = await run(java, ['-version'], { what: `${java} -version` });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match?.[1]) throw new Error(`${ORIGIN}cannot read the Java version from: ${output.trim()}`);
  const first = Number(match[1]);
  return first === 1 ? Number(match[2] ?? 0) : first;
}

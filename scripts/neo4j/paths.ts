/**
 * Neo4j version and cache layout
 * ==============================
 * The Neo4j release we provision and where its cache lives, named in one place so the steps that fill the cache
 * and the checks that find it fresh cannot disagree about a path. The layout itself is described in provision.ts.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Newest 5.26 LTS patch on Maven Central when this was written (5.26.0 … 5.26.30; 5.26.27 was never published). */
export const NEO4J_VERSION = '5.26.30';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(SCRIPT_DIR, '..', '..');
export const LAUNCHER_SOURCE = join(SCRIPT_DIR, 'Launcher.java');

export interface Layout {
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

export function layout(home: string): Layout {
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

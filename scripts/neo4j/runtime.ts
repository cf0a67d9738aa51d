/**
 * Neo4j runtime
 * =============
 * What a provisioned cache hands to a start (the java to run, the launcher, its classpath, the CDS archive) and
 * the JVM command line built from it, shared so provisioning's recording run and every later start match.
 */
import type { JavaTools } from './java';
import { NEO4J_VERSION, type Layout } from './paths';

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

export function runtimeOf(paths: Layout, java: JavaTools, cdsArchive: string | null): Neo4jRuntime {
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

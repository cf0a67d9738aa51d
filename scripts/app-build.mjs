/**
 * The production build, and whether it is current
 * ================================================
 * `npm start`, the browser tests and the benchmarks all serve the production build in `.next/`. Reusing a build
 * made before the sources changed would serve (or test, or measure) yesterday's app without a word, so each build
 * records a fingerprint of what it was built from (the app, the library, the data, the configuration and the
 * locked dependencies) and a build whose fingerprint no longer matches is rebuilt, saying why. Plain JavaScript so
 * that `npm start` needs no TypeScript tooling.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Folders whose every file can change what `next build` produces. */
const INPUT_DIRS = ['app', 'lib', 'graph-data', 'public'];
/**
 * Single files that can: configuration, middleware, instrumentation, the exact dependencies, and the scripts the app
 * imports (the security headers next.config.js and proxy.ts set; the raw query check lib/http.ts runs).
 */
const INPUT_FILES = [
  'next.config.js',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'proxy.ts',
  'instrumentation.ts',
  'scripts/security-headers.mjs',
  'scripts/raw-query.mjs',
];
/**
 * Generated folders inside those: `atlas build` writes graph-data/build/graph.json by default (git-ignored), which no
 * page or route reads; counted, the first `atlas build` would make the next `npm start` rebuild the app for nothing.
 */
const IGNORED_DIRS = new Set(['graph-data/build']);
const STAMP = '.next/atlas-build-inputs';

/** @param {string} root @param {string} dir @param {string[]} into */
function listFiles(root, dir, into) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!IGNORED_DIRS.has(relative(root, path).split(sep).join('/'))) listFiles(root, path, into);
    } else if (entry.isFile()) into.push(path);
  }
  return into;
}

/**
 * A digest of every build input's path and bytes: equal exactly when nothing the build reads has changed.
 * @param {string} root the project folder
 */
export function buildInputsFingerprint(root) {
  const files = INPUT_FILES.map((file) => join(root, file)).filter((path) => existsSync(path));
  for (const dir of INPUT_DIRS) if (existsSync(join(root, dir))) listFiles(root, join(root, dir), files);
  const hash = createHash('sha256');
  for (const path of files.map((file) => relative(root, file).split(sep).join('/')).sort()) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * `missing` (no build), `stale` (built from other sources, or by a tool that left no fingerprint) or `current`.
 * @param {string} root
 * @returns {'missing' | 'stale' | 'current'}
 */
export function buildState(root) {
  if (!existsSync(join(root, '.next/BUILD_ID'))) return 'missing';
  let recorded = '';
  try {
    recorded = readFileSync(join(root, STAMP), 'utf8').trim();
  } catch {
    return 'stale';
  }
  return recorded === buildInputsFingerprint(root) ? 'current' : 'stale';
}

/**
 * Runs `next build` and records what it was built from. The fingerprint is taken before the build starts, so a
 * file edited during the build makes the next check rebuild rather than trust it.
 * @param {string} root
 * @param {{ env?: NodeJS.ProcessEnv, origin: string }} options `origin` prefixes the error (e.g. "scripts/start")
 */
export function buildApp(root, { env = process.env, origin }) {
  const fingerprint = buildInputsFingerprint(root);
  const build = spawnSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`${origin}: next build failed (exit ${build.status ?? build.signal})`);
  writeFileSync(join(root, STAMP), `${fingerprint}\n`);
}

/**
 * Builds unless the existing build is current; says why it builds.
 * @param {string} root
 * @param {{ env?: NodeJS.ProcessEnv, origin: string }} options
 * @returns {'built' | 'reused'}
 */
export function ensureCurrentBuild(root, options) {
  const state = buildState(root);
  if (state === 'current') return 'reused';
  const why = state === 'missing' ? 'no production build yet' : 'the sources changed since the last production build';
  console.log(`${options.origin}: ${why}; running \`next build\` (about a minute)…`);
  buildApp(root, options);
  return 'built';
}

// `npm run build`: the same build, with its fingerprint recorded, so `npm start` reuses it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    buildApp(fileURLToPath(new URL('../', import.meta.url)), { origin: 'scripts/app-build' });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

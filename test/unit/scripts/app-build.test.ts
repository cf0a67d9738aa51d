/**
 * Tests for scripts/app-build.mjs: a build is reused only while nothing it was built from has changed, and a build
 * records its inputs only when it succeeded. `next` is replaced by a tiny script in a scratch project, so the
 * decisions are tested without a minute-long real build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp, buildInputsFingerprint, buildState, ensureCurrentBuild } from '../../../scripts/app-build.mjs';
import { tempDir } from '../../support/temp';

/** A scratch project whose `next build` writes .next/BUILD_ID, or exits with `exitCode` when it is not 0. */
function project(exitCode = 0): string {
  const root = tempDir('atlas-app-build-');
  for (const dir of ['app', 'lib/ingest', 'graph-data', 'node_modules/next/dist/bin', 'node_modules/other'])
    mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'app/page.tsx'), 'export default 1;\n');
  writeFileSync(join(root, 'lib/ingest/build.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'graph-data/gazetteer.yaml'), 'entities: []\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  writeFileSync(join(root, 'node_modules/other/index.js'), '1\n');
  writeFileSync(
    join(root, 'node_modules/next/dist/bin/next'),
    exitCode === 0
      ? "const fs = require('node:fs'); fs.mkdirSync('.next', { recursive: true }); fs.writeFileSync('.next/BUILD_ID', 'x');\n"
      : `process.exit(${exitCode});\n`,
  );
  return root;
}

describe('buildInputsFingerprint', () => {
  it('changes when a source, a data file or the lock file changes, and only then', () => {
    const root = project();
    const first = buildInputsFingerprint(root);
    expect(buildInputsFingerprint(root)).toBe(first);
    writeFileSync(join(root, 'node_modules/other/index.js'), '2\n');
    mkdirSync(join(root, '.next'), { recursive: true });
    writeFileSync(join(root, '.next/anything'), 'x');
    expect(buildInputsFingerprint(root)).toBe(first);

    for (const file of ['lib/ingest/build.ts', 'graph-data/gazetteer.yaml', 'package-lock.json']) {
      const before = buildInputsFingerprint(root);
      writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}// changed\n`);
      expect(buildInputsFingerprint(root), file).not.toBe(before);
    }
  });

  it('changes when a script the app imports changes (the security headers, the raw query check)', () => {
    const root = project();
    mkdirSync(join(root, 'scripts'), { recursive: true });
    for (const file of ['scripts/security-headers.mjs', 'scripts/raw-query.mjs']) {
      writeFileSync(join(root, file), 'export {};\n');
      const before = buildInputsFingerprint(root);
      writeFileSync(join(root, file), 'export const changed = 1;\n');
      expect(buildInputsFingerprint(root), file).not.toBe(before);
    }
  });

  it('ignores graph-data/build/, where `atlas build` writes by default (no page or route reads it)', () => {
    const root = project();
    const first = buildInputsFingerprint(root);
    mkdirSync(join(root, 'graph-data/build'), { recursive: true });
    writeFileSync(join(root, 'graph-data/build/graph.json'), '{}\n');
    expect(buildInputsFingerprint(root)).toBe(first);
    // A folder of that name elsewhere is no generated output.
    mkdirSync(join(root, 'lib/build'), { recursive: true });
    writeFileSync(join(root, 'lib/build/x.ts'), 'export {};\n');
    expect(buildInputsFingerprint(root)).not.toBe(first);
  });

  it('notices a new file and a renamed one, not only changed bytes', () => {
    const root = project();
    const before = buildInputsFingerprint(root);
    writeFileSync(join(root, 'app/extra.tsx'), '');
    const withExtra = buildInputsFingerprint(root);
    expect(withExtra).not.toBe(before);
    writeFileSync(join(root, 'app/extra2.tsx'), '');
    expect(buildInputsFingerprint(root)).not.toBe(withExtra);
  });
});

describe('buildState / buildApp / ensureCurrentBuild', () => {
  it('is missing before a build, current after one, stale after a source changes', () => {
    const root = project();
    expect(buildState(root)).toBe('missing');
    buildApp(root, { origin: 'test' });
    expect(buildState(root)).toBe('current');
    writeFileSync(join(root, 'app/page.tsx'), 'export default 2;\n');
    expect(buildState(root)).toBe('stale');
  });

  it('treats a build without a recorded fingerprint (made by plain `next build`) as stale', () => {
    const root = project();
    mkdirSync(join(root, '.next'));
    writeFileSync(join(root, '.next/BUILD_ID'), 'x');
    expect(buildState(root)).toBe('stale');
  });

  it('rebuilds only when the build is not current', () => {
    const root = project();
    expect(ensureCurrentBuild(root, { origin: 'test' })).toBe('built');
    expect(ensureCurrentBuild(root, { origin: 'test' })).toBe('reused');
    writeFileSync(join(root, 'graph-data/gazetteer.yaml'), 'entities: [] # edited\n');
    expect(ensureCurrentBuild(root, { origin: 'test' })).toBe('built');
    expect(buildState(root)).toBe('current');
  });

  it('names its origin when the build fails, and records nothing', () => {
    const root = project(3);
    expect(() => buildApp(root, { origin: 'scripts/start' })).toThrow('scripts/start: next build failed (exit 3)');
    expect(existsSync(join(root, '.next/atlas-build-inputs'))).toBe(false);
    expect(buildState(root)).toBe('missing');
  });
});

/** CLI output files: written whole or not at all, with the reason in the user's terms. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputFileError, writeNewFile, writeOutputFile, type FileWriter } from '@/lib/cli/output';
import { tempDir } from '../../support/temp';

/** A writer that gets half the body onto the disk, then fails as a full disk does. */
const fullDisk: FileWriter = (path, body) => {
  writeNewFile(path, body.slice(0, body.length / 2));
  throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
};

const folder = () => tempDir('atlas-output-');

describe('writeOutputFile', () => {
  it('writes the file, and replaces an existing one keeping its permissions', () => {
    const dir = folder();
    const path = join(dir, 'nested', 'graph.json');
    expect(writeOutputFile('build', path, 'first')).toBe('file');
    chmodSync(path, 0o600);
    writeOutputFile('build', path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['graph.json']);
  });

  it('a failed write leaves the previous file whole and no temporary file behind', () => {
    const dir = folder();
    const path = join(dir, 'graph.gexf');
    writeFileSync(path, 'the previous, good export');
    expect(() => writeOutputFile('export', path, 'x'.repeat(10_000), fullDisk)).toThrow(
      new OutputFileError(`atlas export: cannot write ${path}: no space left on the device`),
    );
    expect(readFileSync(path, 'utf8')).toBe('the previous, good export');
    expect(readdirSync(dir)).toEqual(['graph.gexf']);
  });

  it('a failed write to a new path leaves nothing at all (not an empty file)', () => {
    const dir = folder();
    expect(() => writeOutputFile('build', join(dir, 'graph.json'), 'x'.repeat(10_000), fullDisk)).toThrow(
      OutputFileError,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the system reason when a folder exists but takes no new file (e.g. /proc)', () => {
    const noNewFiles: FileWriter = (path) => {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    };
    const dir = folder();
    let message = '';
    try {
      writeOutputFile('export', join(dir, 'x.json'), '{}', noNewFiles);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `atlas export: cannot write ${join(dir, 'x.json')}: cannot create a file in ${dir}: no such file or directory (ENOENT)`,
    );
    expect(message).not.toMatch(/does not exist|\.tmp/);
  });

  it.runIf(process.platform === 'linux')('in /proc: the real reason, not "its folder does not exist"', () => {
    expect(() => writeOutputFile('export', '/proc/atlas-x.json', '{}')).toThrow(
      /cannot write \/proc\/atlas-x\.json: cannot create a file in \/proc: no such file or directory \(ENOENT\)$/,
    );
  });
});

describe('writeOutputFile: targets that are not regular files', () => {
  it.runIf(process.platform === 'linux')('a missing folder under /proc is an error, not an endless retry', () => {
    expect(() => writeOutputFile('build', '/proc/atlas-nope/graph.json', '{}')).toThrow(
      /^atlas build: cannot write \/proc\/atlas-nope\/graph\.json: cannot create the folder \/proc\/atlas-nope: no such file or directory \(ENOENT\)$/,
    );
  });

  it.runIf(process.platform === 'linux')('writes into a device as it is, instead of renaming a file over it', () => {
    expect(writeOutputFile('export', '/dev/null', '{"x":1}\n')).toBe('in place');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    // A full device is a failed write, said so, and the device stays.
    expect(() => writeOutputFile('export', '/dev/full', '{}')).toThrow(/cannot write \/dev\/full: no space left/);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it.runIf(process.platform === 'linux')('writes /dev/stdout when it is a pipe (`--out /dev/stdout | …`)', () => {
    // /dev/stdout on a pipe links to /proc/<pid>/fd/1, whose real path ("pipe:[n]") names no file: the pipe must be
    // written as it is, not mistaken for a missing file to create beside it.
    // Through a shell: Node's own child pipes are sockets, a shell's `|` is a pipe.
    const script = `import { writeOutputFile } from './lib/cli/output.ts'; writeOutputFile('export', '/dev/stdout', 'piped');`;
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" --import tsx --input-type=module -e "$SCRIPT" | cat`],
      {
        encoding: 'utf8',
        env: { ...process.env, SCRIPT: script },
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('piped');
  });

  it.runIf(process.platform === 'linux')('a pipe whose reader stopped early ends the write quietly', () => {
    const script = `import { writeOutputFile } from './lib/cli/output.ts'; writeOutputFile('export', '/dev/stdout', 'x'.repeat(1 << 20)); console.error('done');`;
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" --import tsx --input-type=module -e "$SCRIPT" | head -c 1`],
      {
        encoding: 'utf8',
        env: { ...process.env, SCRIPT: script },
      },
    );
    expect(result.stderr).toBe('done\n');
    expect(result.stdout).toBe('x');
  });

  it('names a folder given as the output file', () => {
    const dir = folder();
    expect(() => writeOutputFile('build', dir, '{}')).toThrow(/it is a directory; give a file name/);
  });
});

import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/input/issues.ts';
import { loadGraphDataDir, readTextFile } from '../../src/data/read-dir.ts';
import { MINIMAL_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

/** A copy of the minimal graph-data folder with roles.json replaced by what `make` puts there. */
function folderWithRoles(make: (path: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'secpath-read-'));
  cpSync(MINIMAL_GRAPH_DIR, dir, { recursive: true });
  rmSync(join(dir, 'roles.json'));
  make(join(dir, 'roles.json'));
  return dir;
}

function problemsOf(dir: string): string[] {
  const result = loadGraphDataDir(dir);
  // Files are named relative to the current folder; keep only the name inside the graph-data folder.
  return result.ok ? [] : result.issues.map((issue) => formatIssue(issue).replace(/^.*secpath-read-\w+\//, ''));
}

describe('reading a graph-data folder', () => {
  it('says a roles.json that is a folder is a folder, not that it is missing', () => {
    expect(problemsOf(folderWithRoles((path) => mkdirSync(path)))).toEqual(['roles.json: is a folder, not a file']);
  });

  it('names a loop of symbolic links', () => {
    expect(problemsOf(folderWithRoles((path) => symlinkSync('roles.json', path)))).toEqual([
      'roles.json: cannot be read: a loop of symbolic links (ELOOP)',
    ]);
  });

  it('names a symbolic link to nothing', () => {
    expect(problemsOf(folderWithRoles((path) => symlinkSync('nowhere.json', path)))).toEqual([
      'roles.json: is a symbolic link to "nowhere.json", which does not exist',
    ]);
  });

  it('names an input/output error', () => {
    expect(problemsOf(folderWithRoles((path) => symlinkSync('/proc/self/mem', path)))).toEqual([
      'roles.json: cannot be read: input/output error (EIO)',
    ]);
  });

  it('still lists a file that is simply missing with the files a folder needs', () => {
    expect(problemsOf(folderWithRoles(() => undefined))).toEqual([
      expect.stringMatching(/roles\.json: is missing \(every graph-data folder needs sources\.json, roles\.json/),
    ]);
  });

  it('says when the folder is missing or is a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-read-'));
    writeFileSync(join(dir, 'file'), '');
    expect(loadGraphDataDir(join(dir, 'none'))).toMatchObject({ ok: false, issues: [{ message: 'does not exist' }] });
    expect(loadGraphDataDir(join(dir, 'file'))).toMatchObject({ ok: false, issues: [{ message: 'is not a folder' }] });
    expect(loadGraphDataDir(join(dir, 'file', 'x'))).toMatchObject({
      ok: false,
      issues: [{ message: 'cannot be read: a part of the path is not a folder (ENOTDIR)' }],
    });
  });
});

describe('readTextFile', () => {
  it('stops reading a device at the limit instead of reading it whole', () => {
    const started = performance.now();
    expect(readTextFile('/dev/zero', 5 * 1024 * 1024)).toEqual({ ok: false, tooLarge: true, size: 'over' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a large regular file from its size, without reading it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'secpath-read-')), 'big.json');
    writeFileSync(path, 'x'.repeat(101));
    expect(readTextFile(path, 100)).toEqual({ ok: false, tooLarge: true, size: 101 });
    expect(readTextFile(path, 101)).toEqual({ ok: true, text: 'x'.repeat(101) });
  });

  it('says a file is not UTF-8, and when it is UTF-16', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-read-'));
    writeFileSync(join(dir, 'utf16.json'), Buffer.from('\ufeff{}', 'utf16le'));
    writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(readTextFile(join(dir, 'utf16.json'), 100)).toEqual({
      ok: false,
      tooLarge: false,
      problem: 'is not UTF-8 text (it is UTF-16: save it as UTF-8)',
    });
    expect(readTextFile(join(dir, 'latin1.json'), 100)).toEqual({
      ok: false,
      tooLarge: false,
      problem: 'is not UTF-8 text',
    });
  });

  it('reads a folder as an error, not as text', () => {
    expect(readTextFile(tmpdir(), 100)).toMatchObject({
      ok: false,
      code: 'EISDIR',
      problem: 'it is a folder (EISDIR)',
    });
  });
});

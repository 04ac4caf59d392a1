import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliFiles } from '../../src/cli/io.ts';
import { runCli, SECPATH_BIN, spawnCli, UNPRIVILEGED_UID } from '../helpers/cli.ts';
import { MINIMAL_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

const GRAPH_JSON = ['graph', '--format', 'json', '--data', MINIMAL_GRAPH_DIR];
const OLD = 'the old plan, which must survive\n';

function folderWithOldFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secpath-out-'));
  writeFileSync(join(dir, 'plan.md'), OLD);
  return dir;
}

/** node:fs with writeSync failing with `code` once `after` bytes have been written, as a full disk does. */
function failingFiles(
  code: string,
  after = 100,
  on: 'writeSync' | 'renameSync' | 'fsyncSync' = 'writeSync',
): CliFiles & { written: number } {
  const files = {
    ...fs,
    written: 0,
    writeSync(fd: number, buffer: Buffer, offset: number, length: number) {
      if (on === 'writeSync' && files.written + length > after) {
        const part = Math.max(0, after - files.written);
        if (part > 0) return ((files.written += fs.writeSync(fd, buffer, offset, part)), part);
        throw Object.assign(new Error(`${code}: simulated`), { code });
      }
      const n = fs.writeSync(fd, buffer, offset, length);
      files.written += n;
      return n;
    },
    renameSync(from: string, to: string) {
      if (on === 'renameSync') throw Object.assign(new Error(`${code}: simulated`), { code });
      fs.renameSync(from, to);
    },
    fsyncSync(fd: number) {
      if (on === 'fsyncSync') throw Object.assign(new Error(`${code}: simulated`), { code });
      fs.fsyncSync(fd);
    },
  };
  return files as unknown as CliFiles & { written: number };
}

describe('--out', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const dir = folderWithOldFile();
    const run = await runCli([...GRAPH_JSON, '--out', 'plan.md'], dir);
    expect(run).toMatchObject({ code: 0, stderr: 'wrote plan.md\n' });
    expect(JSON.parse(readFileSync(join(dir, 'plan.md'), 'utf8')).roles).toHaveLength(4);
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  for (const [code, words] of [
    ['ENOSPC', 'the disk is full'],
    ['EIO', 'input/output error'],
    ['EDQUOT', 'the disk quota is used up'],
  ]) {
    it(`leaves the old file whole and nothing else when the disk fails (${code}) mid-write`, async () => {
      const dir = folderWithOldFile();
      const files = failingFiles(code!);
      const run = await runCli([...GRAPH_JSON, '--out', 'plan.md'], dir, files);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `secpath graph: --out "plan.md": cannot write it: ${words} (${code}); the file was left as it was\n`,
      );
      expect(files.written).toBe(100);
      expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(OLD);
      expect(readdirSync(dir)).toEqual(['plan.md']);
    });
  }

  it('leaves the old file whole when the flush or the rename fails', async () => {
    for (const on of ['fsyncSync', 'renameSync'] as const) {
      const dir = folderWithOldFile();
      const run = await runCli([...GRAPH_JSON, '--out', 'plan.md'], dir, failingFiles('EIO', Infinity, on));
      expect(run.code).toBe(1);
      expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(OLD);
      expect(readdirSync(dir)).toEqual(['plan.md']);
    }
  });

  it('says nothing was written when there was no file before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-out-'));
    const run = await runCli([...GRAPH_JSON, '--out', 'new.json'], dir, failingFiles('ENOSPC'));
    expect(run.stderr).toBe(
      'secpath graph: --out "new.json": cannot write it: the disk is full (ENOSPC); nothing was written\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the permissions of the file it replaces, and replaces what a symbolic link points to', async () => {
    const dir = folderWithOldFile();
    chmodSync(join(dir, 'plan.md'), 0o640);
    symlinkSync('plan.md', join(dir, 'link.md'));
    expect((await runCli([...GRAPH_JSON, '--out', 'link.md'], dir)).code).toBe(0);
    expect(statSync(join(dir, 'plan.md')).mode & 0o777).toBe(0o640);
    expect(fs.lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toMatch(/^\{/);
  });

  it('writes into a device rather than replacing it, and reports a full one (/dev/full) in one line', async () => {
    const run = await runCli([...GRAPH_JSON, '--out', '/dev/full']);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'secpath graph: --out "/dev/full": cannot write it: the disk is full (ENOSPC)\n',
    });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect((await runCli([...GRAPH_JSON, '--out', '/dev/null'])).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  const faults: Array<[string, (dir: string) => string, string]> = [
    ['a folder', (dir) => (mkdirSync(join(dir, 'd')), 'd'), 'is a folder; give a file name'],
    ['a name ending in a slash', () => 'd/', 'names a folder; give a file name'],
    ['a missing folder', () => 'no/x.md', 'cannot write it: the folder "<dir>/no" does not exist'],
    [
      'a path through a file',
      (dir) => (writeFileSync(join(dir, 'f'), ''), 'f/x.md'),
      'cannot write it: a part of the path is not a folder (ENOTDIR)',
    ],
    [
      'a file in /proc',
      () => '/proc/version',
      'cannot write a file in "/proc": the folder takes no new files (ENOENT)',
    ],
    [
      'a loop of symbolic links',
      (dir) => (symlinkSync('loop.md', join(dir, 'loop.md')), 'loop.md'),
      'cannot write it: a loop of symbolic links (ELOOP)',
    ],
  ];
  for (const [what, make, message] of faults) {
    it(`reports ${what} in one line naming the path, exit 1`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'secpath-out-'));
      const out = make(dir);
      const run = await runCli([...GRAPH_JSON, '--out', out], dir);
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `secpath graph: --out ${JSON.stringify(out)}: ${message.replace('<dir>', dir)}\n`,
      });
    });
  }

  it('reports a read-only folder in one line and leaves its file whole (as a user without rights)', () => {
    const dir = folderWithOldFile();
    chmodSync(join(dir, 'plan.md'), 0o644);
    chmodSync(dir, 0o555);
    const run = spawnCli(
      [...GRAPH_JSON, '--out', 'plan.md'],
      dir,
      UNPRIVILEGED_UID === undefined ? {} : { uid: UNPRIVILEGED_UID },
    );
    chmodSync(dir, 0o755);
    expect(run.stderr).toBe(
      `secpath graph: --out "plan.md": cannot write a file in ${JSON.stringify(dir)}: permission denied (EACCES)\n`,
    );
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(OLD);
  }, 30_000);
});

describe('standard output', () => {
  it('full (> /dev/full): one line and exit 1, no stack trace', () => {
    const full = fs.openSync('/dev/full', 'w');
    const run = spawnCli(GRAPH_JSON, undefined, { stdout: full });
    fs.closeSync(full);
    expect(run.stderr).toBe('secpath: cannot write to standard output: the disk is full (ENOSPC)\n');
    expect(run.code).toBe(1);
  }, 30_000);

  it('closed early (| head): one line and exit 1, no stack trace', () => {
    const shell = fs.mkdtempSync(join(tmpdir(), 'secpath-pipe-'));
    const script = join(shell, 'run.sh');
    // The shipped graph as JSON is far larger than a pipe's buffer, so the writer is still writing when head leaves.
    writeFileSync(
      script,
      `"${process.execPath}" "${SECPATH_BIN}" graph --format json 2>"${shell}/err" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}" >"${shell}/code"`,
    );
    spawnSync('bash', [script]);
    expect(readFileSync(join(shell, 'err'), 'utf8')).toBe(
      'secpath: cannot write to standard output: it was closed before all output was written (EPIPE)\n',
    );
    expect(readFileSync(join(shell, 'code'), 'utf8').trim()).toBe('1');
  }, 30_000);
});

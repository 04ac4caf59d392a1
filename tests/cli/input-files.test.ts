import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/export/limits.ts';
import { runCli, SECPATH_BIN, spawnCli, UNPRIVILEGED_UID } from '../helpers/cli.ts';
import { MINIMAL_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

let dir: string;
let planText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'secpath-in-'));
  const exported = await runCli(['plan', '--from', 'help desk', '--format', 'json', '--out', 'plan.json'], dir);
  expect(exported.code).toBe(0);
  planText = (await import('node:fs')).readFileSync(join(dir, 'plan.json'), 'utf8');
  mkdirSync(join(dir, 'folder'));
  symlinkSync('loop.json', join(dir, 'loop.json'));
  writeFileSync(
    join(dir, 'over.json'),
    `${planText.slice(0, -2)}${' '.repeat(MAX_IMPORT_BYTES + 1 - Buffer.byteLength(planText))}}\n`,
  );
  writeFileSync(join(dir, 'deep.json'), `{"format":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
  writeFileSync(join(dir, 'bom.json'), `\ufeff${planText}`);
  writeFileSync(join(dir, 'secret.json'), planText);
  chmodSync(join(dir, 'secret.json'), 0o600);
  chmodSync(dir, 0o755);
});

/** The one line a fault leaves on standard error, with exit 1 and nothing on standard output. */
async function fault(args: string[]): Promise<string> {
  const run = await runCli(args, dir);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  return run.stderr.trimEnd();
}

describe('--plan and --resume files', () => {
  const cases: Array<[string, string, string]> = [
    ['a folder', 'folder', 'cannot read it: it is a folder (EISDIR)'],
    ['a missing file', 'none.json', 'cannot read it: no such file or folder (ENOENT)'],
    ['a loop of symbolic links', 'loop.json', 'cannot read it: a loop of symbolic links (ELOOP)'],
    ['a device that fails', '/proc/self/mem', 'cannot read it: input/output error (EIO)'],
    ['a file one byte over 5 MB', 'over.json', 'is 5,242,881 bytes; a plan file is at most 5 MB (5,242,880 bytes)'],
    ['an endless device', '/dev/zero', 'is more than 5 MB; a plan file is at most 5 MB'],
  ];
  for (const [what, path, message] of cases) {
    it(`reports ${what} in one line naming the path, exit 1`, async () => {
      expect(await fault(['plan', '--plan', path])).toBe(`secpath plan: --plan ${JSON.stringify(path)}: ${message}`);
    });
  }

  it('reads /dev/urandom as a résumé only up to the limit', async () => {
    expect(await fault(['plan', '--resume', '/dev/urandom'])).toBe(
      'secpath plan: --resume "/dev/urandom": is more than 5 MB; a résumé file is at most 5 MB',
    );
  });

  it('refuses /dev/zero at once, in a few megabytes of memory', () => {
    const started = Date.now();
    const run = spawnCli(['plan', '--plan', '/dev/zero'], dir);
    expect(run.stderr).toBe('secpath plan: --plan "/dev/zero": is more than 5 MB; a plan file is at most 5 MB\n');
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('reads a plan from a pipe, and stops a pipe at the limit', () => {
    // Through a shell: a child's standard input from Node is a socket, which /dev/stdin cannot reopen.
    const viaPipe = (producer: string, args: string) =>
      spawnSync('bash', ['-c', `${producer} | "${process.execPath}" "${SECPATH_BIN}" plan --plan /dev/stdin ${args}`], {
        cwd: dir,
        encoding: 'utf8',
      });
    const ok = viaPipe('cat plan.json', '--format json');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(planText);
    const big = viaPipe("head -c 6000000 /dev/zero | tr '\\0' ' '", '');
    expect({ code: big.status, stderr: big.stderr }).toEqual({
      code: 1,
      stderr: 'secpath plan: --plan "/dev/stdin": is more than 5 MB; a plan file is at most 5 MB\n',
    });
    const substituted = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${SECPATH_BIN}" plan --plan <(cat plan.json) --format json`],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(substituted.stdout).toBe(planText);
  }, 30_000);

  it('refuses a deeply nested plan file in one issue, never a stack overflow', async () => {
    expect(await fault(['plan', '--plan', 'deep.json'])).toBe(
      'deep.json: nests arrays and objects more than 64 levels deep (at line 1, column 74); no secpath file nests that deep',
    );
  });

  it('opens a plan file with a byte-order mark, as the web app does', async () => {
    const run = await runCli(['plan', '--plan', 'bom.json', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(planText);
  });

  it('reports a file it may not read in one line (as a user without rights)', () => {
    const run = spawnCli(
      ['plan', '--plan', 'secret.json'],
      dir,
      UNPRIVILEGED_UID === undefined ? {} : { uid: UNPRIVILEGED_UID },
    );
    expect(run).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'secpath plan: --plan "secret.json": cannot read it: permission denied (EACCES)\n',
    });
  }, 30_000);
});

describe('graph-data folders (--data and validate DIR)', () => {
  function graphFolder(make: (roles: string) => void): string {
    const data = mkdtempSync(join(tmpdir(), 'secpath-data-'));
    cpSync(MINIMAL_GRAPH_DIR, data, { recursive: true });
    rmSync(join(data, 'roles.json'));
    make(join(data, 'roles.json'));
    return data;
  }

  const cases: Array<[string, (roles: string) => void, string]> = [
    ['a folder named roles.json', (roles) => mkdirSync(roles), 'is a folder, not a file'],
    [
      'a loop of symbolic links',
      (roles) => symlinkSync('roles.json', roles),
      'cannot be read: a loop of symbolic links (ELOOP)',
    ],
    [
      'a device that fails',
      (roles) => symlinkSync('/proc/self/mem', roles),
      'cannot be read: input/output error (EIO)',
    ],
  ];
  for (const [what, make, message] of cases) {
    it(`report ${what} with its name`, async () => {
      const data = graphFolder(make);
      for (const args of [
        ['validate', data],
        ['plan', '--from', 'help desk', '--data', data],
      ]) {
        const run = await runCli(args, data);
        expect(run).toEqual({ code: 1, stdout: '', stderr: `roles.json: ${message}\n1 problem found\n` });
      }
    });
  }

  it('report a missing folder and a file given as a folder', async () => {
    expect(await runCli(['validate', 'no/such/folder'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'no/such/folder: does not exist\n1 problem found\n',
    });
    expect((await runCli(['roles', '--data', 'plan.json'], dir)).stderr).toBe(
      'plan.json: is not a folder\n1 problem found\n',
    );
  });
});

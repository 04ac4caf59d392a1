import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.ts';

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('secpath as an installed command', () => {
  it('runs from any folder after npm install -g', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'secpath-prefix-'));
    const installed = run('npm', ['install', '-g', '--prefix', prefix, REPO, ...NPM_QUIET], tmpdir());
    expect(installed.code, installed.stderr).toBe(0);
    const elsewhere = mkdtempSync(join(tmpdir(), 'secpath-elsewhere-'));
    const bin = join(prefix, 'bin', 'secpath');
    expect(run(bin, ['--version'], elsewhere)).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    const plan = run(bin, ['plan', '--from', 'help desk', '--format', 'md', '--out', 'plan.md'], elsewhere);
    expect(plan).toMatchObject({ code: 0, stderr: 'wrote plan.md\n' });
    expect(readFileSync(join(elsewhere, 'plan.md'), 'utf8')).toMatch(
      /^# Career plan: IT support specialist → Information security manager/,
    );
  }, 180_000);

  it('works after a production install (npm ci --omit=dev), which has no vite to bundle it', () => {
    // A checkout of the working tree outside this repository, so no node_modules above it can lend vite.
    const pack = mkdtempSync(join(tmpdir(), 'secpath-pack-'));
    const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', pack, REPO], {
      cwd: REPO,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    const checkout = join(pack, 'package');
    execFileSync('tar', ['-xzf', join(pack, name), '-C', pack]);
    copyFileSync(join(REPO, 'package-lock.json'), join(checkout, 'package-lock.json'));
    const installed = run('npm', ['ci', '--omit=dev', ...NPM_QUIET], checkout);
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stdout).toContain('vite is not installed (a production install), so the CLI is not bundled');
    const elsewhere = join(pack, 'elsewhere');
    mkdirSync(elsewhere);
    const plan = run(
      process.execPath,
      [join(checkout, 'src', 'cli', 'secpath.mjs'), 'plan', '--from', 'help desk'],
      elsewhere,
    );
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^From IT support specialist to Information security manager/);
  }, 180_000);
});

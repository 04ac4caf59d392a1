import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_OPTIONS } from '../../src/cli/plan-options.ts';
import { runCli } from '../helpers/cli.ts';
import { MINIMAL_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

const REPO_PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  version: string;
};

describe('secpath --version and help', () => {
  it('prints the version from package.json', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${REPO_PACKAGE.version}\n`, stderr: '' });
  });

  it('lists every plan option with an example, and the exit codes', async () => {
    const run = await runCli(['plan', '--help']);
    expect(run.code).toBe(0);
    for (const [name, spec] of Object.entries(PLAN_OPTIONS)) {
      expect(run.stdout, name).toContain(`--${name}`);
      // A flag is its own example; every option that takes a value shows one.
      if (spec.takes !== 'flag') expect(run.stdout, name).toContain(`(e.g. --${name} ${spec.example})`);
    }
    expect(run.stdout).toContain('3 no route to the target role');
  });

  it('shows the commands and the exit codes with no command, and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^secpath \d+\.\d+\.\d+: plan a career route/);
    expect(run.stdout).toContain('Exit codes: 0 done; 1 a fault');
  });
});

describe('secpath graph', () => {
  it('without --format says which formats exist instead of printing the whole graph', async () => {
    const run = await runCli(['graph', '--data', MINIMAL_GRAPH_DIR]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'secpath graph: --format is required: json (every field) or graphml (Gephi, yEd, graph databases), e.g. --format graphml --out secpath.graphml\n',
    });
  });
});

describe('the answer of secpath plan', () => {
  it('exits 3 when there is no route, after saying why', async () => {
    const run = await runCli(['plan', '--from', 'ciso']);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(
      /^From Chief information security officer to Information security manager: no route\.\n./,
    );
  });

  it('answers a role already held in one line, exit 0', async () => {
    const run = await runCli(['plan', '--from', 'information security manager']);
    expect(run).toEqual({ code: 0, stdout: 'You already hold the role Information security manager.\n', stderr: '' });
    const json = await runCli(['plan', '--from', 'ciso', '--to', 'ciso', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).unreachable.reason).toBe('already-there');
  });
});

describe('plan files and résumés given to the other option', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secpath-kinds-'));
  writeFileSync(
    join(dir, 'resume.json'),
    JSON.stringify({ basics: { name: 'Sam' }, work: [{ position: 'SOC analyst', startDate: '2020-01' }] }),
  );

  it('--resume given a plan file says to use --plan', async () => {
    const exported = await runCli(['plan', '--from', 'help desk', '--format', 'json', '--out', 'plan.json'], dir);
    expect(exported.code).toBe(0);
    const run = await runCli(['plan', '--resume', 'plan.json'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'secpath plan: --resume "plan.json": this is a secpath plan file, not a résumé; open it with --plan plan.json\n',
    });
  });

  it('--plan given a JSON Resume says to use --resume', async () => {
    const run = await runCli(['plan', '--plan', 'resume.json'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'secpath plan: --plan "resume.json": this is a JSON Resume, not a plan file; open it with --resume resume.json\n',
    });
  });
});

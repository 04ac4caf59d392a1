import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { MINIMAL_GRAPH_DIR } from '../helpers/graph-fixtures.ts';
import { runCli, spawnCli } from '../helpers/cli.ts';

describe('secpath validate', () => {
  it('prints the counts of the shipped data, the facts by their best source tier and the moves with no timing evidence', async () => {
    const run = await runCli(['validate']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^ok: \d+ roles, \d+ certifications, \d+ transitions, \d+ sources, \d+ refused hosts$/);
    expect(lines[1]).toBe('facts by their best source (numbers among them):');
    expect(lines.slice(2, 6).map((l) => l.trim().split(/\s+/)[0])).toEqual([
      'official',
      'survey',
      'publisher',
      'secondary',
    ]);
    // Official sources carry the data: more facts rest on them than on every other tier together.
    const facts = Object.fromEntries(
      lines.slice(2, 6).map((l) => [l.trim().split(/\s+/)[0], Number(l.trim().split(/\s+/)[1])]),
    );
    expect(facts.official).toBeGreaterThan(facts.survey! + facts.publisher! + facts.secondary!);
    expect(lines[5]).toContain('all marked low-confidence');
    expect(run.stdout).toMatch(/no timing evidence .*: \d+ moves, \d+ roles/);
  });

  it('prints every problem of a broken folder and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    cpSync(MINIMAL_GRAPH_DIR, dir, { recursive: true });
    const roles = JSON.parse(readFileSync(join(dir, 'roles.json'), 'utf8'));
    roles.roles[0].level = 'junior';
    roles.roles[1].countsAs = ['securty'];
    writeFileSync(join(dir, 'roles.json'), JSON.stringify(roles));
    const run = await runCli(['validate', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'roles.json $.roles[0].level: expected one of "start", "feeder", "entry", "mid", "advanced", "executive", found "junior"',
    );
    expect(run.stderr).toContain('roles.json $.roles[1].countsAs[0]: expected one of');
    expect(run.stderr).toContain('(did you mean "security"?)');
    expect(run.stderr).toContain('2 problems found');
  });

  it('says when the folder does not exist', async () => {
    const run = await runCli(['validate', 'no/such/folder']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no/such/folder: does not exist');
  });
});

describe('secpath roles', () => {
  it('lists roles as JSON objects with id, title, level and track', async () => {
    const run = await runCli(['roles', '--format', 'json', '--data', MINIMAL_GRAPH_DIR]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { id: 'help-desk', title: 'Help desk technician', level: 'feeder', track: 'it-operations' },
      { id: 'security-analyst', title: 'Security analyst', level: 'entry', track: 'security-operations' },
      { id: 'security-manager', title: 'Security manager', level: 'mid', track: 'management' },
      {
        id: 'chief-information-security-officer',
        title: 'Chief information security officer',
        level: 'executive',
        track: 'management',
      },
    ]);
  });

  it('lists roles as text grouped by level', async () => {
    const run = await runCli(['roles', '--data', MINIMAL_GRAPH_DIR]);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      'feeder',
      expect.stringMatching(/^ {2}help-desk +Help desk technician +it-operations$/),
      'entry',
      expect.stringContaining('security-analyst'),
    ]);
  });

  it('rejects an unknown format with one line naming the option and exit 2', async () => {
    const run = await runCli(['roles', '--format', 'yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('secpath roles: --format must be one of text, json; got "yaml"\n');
  });

  it('suggests the closest option for a misspelt one', async () => {
    const run = await runCli(['roles', '--fromat', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('secpath roles: unknown option --fromat (did you mean --format?)\n');
  });
});

describe('secpath graph', () => {
  it('writes the whole graph as JSON with every field', async () => {
    const run = await runCli(['graph', '--format', 'json', '--data', MINIMAL_GRAPH_DIR]);
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout);
    expect(Object.keys(graph)).toEqual(expect.arrayContaining(['roles', 'certifications', 'transitions']));
    const source = JSON.parse(readFileSync(join(MINIMAL_GRAPH_DIR, 'transitions.json'), 'utf8'));
    expect(graph.transitions[1]).toMatchObject(source.transitions[1]);
    expect(graph.roles[1].pay[0].medianUsd).toBe(124910);
  });

  it('writes GraphML that an XML parser reads back as the same nodes and edges', async () => {
    const run = await runCli(['graph', '--format', 'graphml', '--data', MINIMAL_GRAPH_DIR]);
    expect(run.code).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name),
    }).parse(run.stdout);
    const graph = doc.graphml.graph;
    expect(graph.node.map((n: Record<string, string>) => n['@id'])).toEqual([
      'help-desk',
      'security-analyst',
      'security-manager',
      'chief-information-security-officer',
    ]);
    const edges = graph.edge.map((e: Record<string, string>) => `${e['@source']}>${e['@target']}`);
    expect(edges).toContain('security-analyst>security-manager');
    const analystToManager = graph.edge.find((e: Record<string, string>) => e['@source'] === 'security-analyst');
    const required = analystToManager.data.find(
      (d: Record<string, string>) => d['@key'] === 'e_requiredCertifications',
    );
    expect(required['#text']).toBe('cissp');
    expect(doc.graphml.key.map((k: Record<string, string>) => k['@id'])).toContain('n_medianPayUsd');
  });

  it('escapes markup in names so GraphML stays well formed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    cpSync(MINIMAL_GRAPH_DIR, dir, { recursive: true });
    const roles = JSON.parse(readFileSync(join(dir, 'roles.json'), 'utf8'));
    roles.roles[0].title = 'Help desk <script>alert("x")</script> & "support"';
    writeFileSync(join(dir, 'roles.json'), JSON.stringify(roles));
    const run = await runCli(['graph', '--format', 'graphml', '--data', dir]);
    expect(run.stdout).toContain(
      'Help desk &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;support&quot;',
    );
  });

  it('writes to a file with --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    const run = await runCli(['graph', '--format', 'json', '--out', 'graph.json', '--data', MINIMAL_GRAPH_DIR], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')).roles).toHaveLength(4);
  });
});

describe('the secpath executable', () => {
  it('runs as a child process and exits with the command status', () => {
    const ok = spawnCli(['validate']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: /);
    const bad = spawnCli(['rolez']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown command "rolez" (did you mean "roles"?)');
    // Two process starts; compiling the sources when the bundle is older than them takes seconds.
  }, 30_000);
});

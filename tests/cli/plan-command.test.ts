import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('secpath plan', () => {
  it('calls the first job of someone from outside IT a first job, dated on both timelines, and can leave the sources out', async () => {
    const run = await runCli([
      'plan',
      '--from',
      'student',
      '--to',
      'soc analyst',
      '--start',
      '2027-01',
      '--no-sources',
    ]);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(
      /\n1\. \w+ \d{4} \((at the earliest \w+ \d{4}|on both timelines)\): move from Outside IT \(student, graduate or career changer\) to [^,\n]+, a first job in the field\./,
    );
    expect(out).toMatch(/\n {3}Stay: [^\n]* before the first job in the field \(/);
    expect(out).toMatch(/\n {3}- Prepare for a first job in the field \(/);
    expect(out).not.toMatch(/Outside IT[^\n]*, a promotion|Work [^\n]* as Outside IT|hold a no degree/);
    expect(out).toContain('People typically enter this role without a degree.');
    // Each timeline carries its own arrival month.
    expect(out).toMatch(/typically [^(\n]+ \(until \w+ \d{4}\), at the earliest [^(\n]+ \(until \w+ \d{4}\)/);
    expect(out).not.toContain('Sources:');
    expect(out).not.toMatch(/\[\d+\]/);
  });

  it('says when each exam price was seen, marks one resting only on a training vendor, and cites its source', async () => {
    const run = await runCli(['plan', '--from', 'help desk', '--to', 'ciso', '--start', '2027-01']);
    expect(run.code).toBe(0);
    const prices = run.stdout.split('\n').filter((l) => /exam: US\$/.test(l));
    expect(prices.length).toBeGreaterThan(0);
    for (const line of prices)
      expect(line).toMatch(/exam: US\$[\d,]+ \(price seen \d{4}(-\d{2}){0,2}(, low confidence)?\)\. \[\d+\]$/);
    // CISM's price is read only on a training vendor's page.
    expect(run.stdout).toMatch(/Consider CISM: [^\n]*exam: US\$[\d,]+ \(price seen \d{4}[^)]*, low confidence\)/);
  });

  it('says what the earliest timeline leaves out when it is far shorter than the typical one, and only then', async () => {
    const caveat = 'The earliest timeline waits only for binding rules';
    const far = await runCli(['plan', '--from', 'help desk', '--to', 'ciso', '--years-it', '5', '--no-sources']);
    expect(far.code).toBe(0);
    const [, typical, earliest] = /typically ([^(]+) \(until [^)]+\), at the earliest ([^(]+) \(/.exec(far.stdout)!;
    expect(typical).not.toBe(earliest);
    expect(far.stdout).toContain(caveat);
    // Said once, not again under each alternative that has the same gap.
    expect(far.stdout.split(caveat)).toHaveLength(2);
    const near = await runCli(['plan', '--from', 'student', '--to', 'information security manager', '--no-sources']);
    expect(near.stdout).toMatch(/typically (.+) \(until ([^)]+)\), at the earliest \1 \(until \2\)/);
    expect(near.stdout).not.toContain(caveat);
  });

  it('writes advice a mentor would write: dated steps, how long each stay lasts and why, both timelines, compact sources', async () => {
    const run = await runCli(['plan', '--from', 'help desk', '--start', '2026-11']);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(
      /^From IT support specialist to Information security manager, the fastest route on the typical timeline, from November 2026:/,
    );
    expect(out).toMatch(/typically \d+ years?.*, at the earliest \d+ years?/);
    // The first move waits for a stay at the help desk, and says where that length comes from.
    const first = /\n1\. (\w+ \d{4}) \(at the earliest (\w+ \d{4})\): move from IT support specialist to /.exec(out);
    expect(first).not.toBeNull();
    expect(first![1]).not.toBe('November 2026');
    expect(out).toMatch(
      /\n {3}Stay: \d+ years? as IT support specialist .*Estimated: No source gives how long people stay as IT support specialist/,
    );
    expect(out).toMatch(/\n2\. \w+ \d{4} \(at the earliest \w+ \d{4}\): move from .* to Information security manager/);
    // The analyst's five years are set by security work: the IT years are met sooner, so not a reason.
    expect(out).toContain(
      'Why: People typically bring 5 years of information security or IT risk and control experience to Information security manager',
    );
    expect(out).not.toContain('Why: The move to Information security manager needs 5 years of IT experience.');
    expect(out).toMatch(/Other routes:\n {2}Alternative 1: /);
    // Sources: numbered, tier first, one short line each.
    const sources = out
      .slice(out.indexOf('\nSources:\n') + 10)
      .split('\n')
      .filter((l) => /^ {2}\[\d+\]/.test(l));
    expect(sources.length).toBeGreaterThan(3);
    for (const line of sources) {
      expect(line).toMatch(/^ {2}\[\d+\] (official|survey|publisher|secondary) · /);
      expect(line.length).toBeLessThanOrEqual(100);
    }
  });

  it('gives JSON with the routes ranked and every step dated', async () => {
    const run = await runCli([
      'plan',
      '--from',
      'soc analist',
      '--to',
      'ciso',
      '--years-security',
      '2',
      '--format',
      'json',
      '--alternatives',
      '2',
    ]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan).toMatchObject({ from: 'soc-analyst', to: 'chief-information-security-officer', objective: 'fastest' });
    expect(plan.routes).toHaveLength(2);
    expect(plan.routes[0].totalMonths).toBeLessThanOrEqual(plan.routes[1].totalMonths);
    for (const route of plan.routes) {
      expect(route).toEqual(
        expect.objectContaining({
          roles: expect.any(Array),
          totalMonths: expect.any(Number),
          totalCostUsd: expect.any(Number),
          steps: expect.any(Array),
        }),
      );
      for (const step of route.steps) {
        expect(step).toEqual(
          expect.objectContaining({
            from: expect.any(String),
            to: expect.any(String),
            moveMonth: expect.any(Number),
            actions: expect.any(Array),
          }),
        );
        for (const action of step.actions)
          expect(action).toEqual(expect.objectContaining({ kind: expect.any(String) }));
      }
    }
    expect(plan.profile.experienceYears).toEqual({ security: 2 });
  });

  it('takes held certifications by name: what they prove shortens the plan, and the plan says what it assumed', async () => {
    const args = ['plan', '--from', 'soc analyst', '--to', 'ciso', '--format', 'json'];
    const without = JSON.parse((await runCli(args)).stdout);
    const withCissp = JSON.parse((await runCli([...args, '--cert', 'cissp'])).stdout);
    expect(withCissp.routes[0].typicalMonths).toBeLessThan(without.routes[0].typicalMonths);
    expect(withCissp.routes[0].earliestMonths).toBeLessThan(without.routes[0].earliestMonths);
    expect(JSON.stringify(withCissp.assumptions)).toContain(
      'Holding CISSP counts as at least 4 years of information security experience',
    );
    expect(without.assumptions ?? []).toEqual([]);
  });

  it('exports Markdown and iCalendar dated from --start, and writes --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    const md = await runCli(
      ['plan', '--from', 'help desk', '--start', '2027-03', '--format', 'md', '--out', 'plan.md'],
      dir,
    );
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('wrote plan.md\n');
    const markdown = readFileSync(join(dir, 'plan.md'), 'utf8');
    expect(markdown).toContain('# Career plan: IT support specialist → Information security manager');
    expect(markdown).toContain('March 2033');
    const ics = await runCli(['plan', '--from', 'help desk', '--start', '2027-03', '--format', 'ics']);
    const events = new ICAL.Component(ICAL.parse(ics.stdout))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.find((e) => e.summary === 'Move to Information security manager')?.startDate.toString()).toBe(
      '2033-03-01',
    );
  });

  it('re-plans a plan file exported earlier, giving the same document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    const first = await runCli(
      [
        'plan',
        '--from',
        'grc analyst',
        '--years-risk',
        '1',
        '--start',
        '2026-12',
        '--format',
        'json',
        '--out',
        'plan.json',
      ],
      dir,
    );
    expect(first.code).toBe(0);
    const again = await runCli(['plan', '--plan', 'plan.json', '--format', 'json'], dir);
    expect(again.stdout).toBe(readFileSync(join(dir, 'plan.json'), 'utf8'));
  });

  it('takes a profile from a JSON Resume and prints what it understood', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    writeFileSync(
      join(dir, 'resume.json'),
      JSON.stringify({
        basics: { name: 'Sam' },
        work: [
          { name: 'Acme', position: 'Help Desk Technician', startDate: '2019-01-01', endDate: '2021-01-01' },
          { name: 'Beta', position: 'Senior SOC Analyst', startDate: '2021-02-01' },
        ],
        certificates: [{ name: 'CompTIA Security+' }],
        education: [{ institution: 'State U', studyType: 'Bachelor of Science', endDate: '2018-06-01' }],
      }),
    );
    const run = await runCli(['plan', '--resume', 'resume.json', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('understood: The plan starts from SOC analyst, the role of your latest job');
    expect(run.stderr).toContain('understood: Senior SOC Analyst at Beta (February 2021 to now): read as SOC analyst');
    expect(run.stderr).toContain('understood: CompTIA Security+: read as Security+');
    // Said in words: no ids of roles or certifications.
    expect(run.stderr).not.toMatch(/soc-analyst|security-plus/);
    const plan = JSON.parse(run.stdout);
    expect(plan.from).toBe('soc-analyst');
    expect(plan.profile.education).toBe('bachelor');
    expect(plan.profile.experienceYears.it).toBeGreaterThan(5);
  });

  const usage: Array<[string[], RegExp]> = [
    [['plan'], /^secpath plan: --from is required: the role you hold today/],
    [
      ['plan', '--from', 'astronaut'],
      /^secpath plan: --from: no role is called "astronaut"; for a job outside IT, start from "Outside IT/,
    ],
    [
      ['plan', '--from', 'security astronaut'],
      /^secpath plan: --from: no role is called "security astronaut"; closest: /,
    ],
    [['plan', '--from', 'security manager'], /^secpath plan: --from: "security manager" could mean several roles: /],
    [
      ['plan', '--from', 'help desk', '--years-it', 'lots'],
      /^secpath plan: --years-it: expected a number of years from 0 to 60, such as 2\.5; got "lots"$/m,
    ],
    [
      ['plan', '--from', 'help desk', '--education', 'phd'],
      /^secpath plan: --education must be one of none, associate, bachelor, master, doctorate; got "phd"/,
    ],
    [
      ['plan', '--from', 'help desk', '--cert', 'cisp'],
      /^secpath plan: --cert: no certification is called "cisp" \(did you mean /,
    ],
    [
      ['plan', '--from', 'help desk', '--objective', 'fastet'],
      /^secpath plan: --objective must be one of fastest, fewest-moves, cheapest; got "fastet" \(did you mean "fastest"\?\)/,
    ],
    [
      ['plan', '--from', 'help desk', '--alternatives', '0'],
      /^secpath plan: --alternatives: expected a whole number of routes from 1 to 10, such as 3; got "0"$/m,
    ],
    [
      ['plan', '--from', 'help desk', '--start', '2026-13'],
      /^secpath plan: --start: expected a month from 1900-01 to 2200-12 written YYYY-MM, such as 2027-01; got "2026-13"$/m,
    ],
    [['plan', '--form', 'help desk'], /^secpath plan: unknown option --form \(did you mean --format or --from\?\)/],
    [['plan', '--plan', 'x.json', '--from', 'help desk'], /^secpath plan: --from cannot be used with --plan/],
  ];
  for (const [args, message] of usage) {
    it(`refuses ${JSON.stringify(args.slice(1).join(' '))} with exit 2 and one line naming the argument`, async () => {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('reports a broken plan file with its path and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    writeFileSync(join(dir, 'bad.json'), '{"format": "secpath-plan", "version": 1, "query": {}}');
    const run = await runCli(['plan', '--plan', 'bad.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad\.json \$\./m);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

describe('secpath plan', () => {
  it('writes advice a mentor would write: numbered steps, months, what to earn and why', async () => {
    const run = await runCli(['plan', '--from', 'help desk', '--start', '2026-11']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^From IT support specialist to Information security manager — fastest route:/);
    expect(run.stdout).toMatch(/\n1\. Month 0: move from IT support specialist to /);
    expect(run.stdout).toMatch(/\n2\. Month 60: move from .* to Information security manager/);
    expect(run.stdout).toMatch(/Earn (CISSP|CISM): prepare from month \d+ and hold it from month 60/);
    expect(run.stdout).toContain('Why: The move to Information security manager requires one of CISSP or CISM.');
    expect(run.stdout).toMatch(/Alternatives:\n {2}2\. /);
    expect(run.stdout).toMatch(/\nSources:\n {2}\[/);
  });

  it('gives JSON with the routes ranked and every step dated', async () => {
    const run = await runCli(['plan', '--from', 'soc analist', '--to', 'ciso', '--years-security', '2', '--format', 'json', '--alternatives', '2']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan).toMatchObject({ from: 'soc-analyst', to: 'chief-information-security-officer', objective: 'fastest' });
    expect(plan.routes).toHaveLength(2);
    expect(plan.routes[0].totalMonths).toBeLessThanOrEqual(plan.routes[1].totalMonths);
    for (const route of plan.routes) {
      expect(route).toEqual(expect.objectContaining({ roles: expect.any(Array), totalMonths: expect.any(Number), totalCostUsd: expect.any(Number), steps: expect.any(Array) }));
      for (const step of route.steps) {
        expect(step).toEqual(expect.objectContaining({ from: expect.any(String), to: expect.any(String), moveMonth: expect.any(Number), actions: expect.any(Array) }));
        for (const action of step.actions) expect(action).toEqual(expect.objectContaining({ kind: expect.any(String) }));
      }
    }
    expect(plan.profile.experienceYears).toEqual({ security: 2 });
  });

  it('takes held certifications by name and changes the route accordingly', async () => {
    const without = JSON.parse((await runCli(['plan', '--from', 'it security manager', '--years-security', '6', '--years-it', '6', '--years-management', '4', '--format', 'json'])).stdout);
    const withCism = JSON.parse((await runCli(['plan', '--from', 'it security manager', '--years-security', '6', '--years-it', '6', '--years-management', '4', '--cert', 'CISM', '--format', 'json'])).stdout);
    expect(without.routes[0].totalMonths).toBeGreaterThan(0);
    expect(withCism.routes[0].totalMonths).toBe(0);
  });

  it('exports Markdown and iCalendar dated from --start, and writes --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    const md = await runCli(['plan', '--from', 'help desk', '--start', '2027-03', '--format', 'md', '--out', 'plan.md'], dir);
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('wrote plan.md\n');
    const markdown = readFileSync(join(dir, 'plan.md'), 'utf8');
    expect(markdown).toContain('# Career plan: IT support specialist → Information security manager');
    expect(markdown).toContain('March 2032');
    const ics = await runCli(['plan', '--from', 'help desk', '--start', '2027-03', '--format', 'ics']);
    const events = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.find((e) => e.summary === 'Move to Information security manager')?.startDate.toString()).toBe('2032-03-01');
  });

  it('re-plans a plan file exported earlier, giving the same document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secpath-'));
    const first = await runCli(['plan', '--from', 'grc analyst', '--years-risk', '1', '--start', '2026-12', '--format', 'json', '--out', 'plan.json'], dir);
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
    expect(run.stderr).toContain('current role: SOC analyst (position "Senior SOC Analyst")');
    expect(run.stderr).toContain('certifications: security-plus');
    const plan = JSON.parse(run.stdout);
    expect(plan.from).toBe('soc-analyst');
    expect(plan.profile.education).toBe('bachelor');
    expect(plan.profile.experienceYears.it).toBeGreaterThan(5);
  });

  const usage: Array<[string[], RegExp]> = [
    [['plan'], /^secpath plan: --from is required: the role you hold today/],
    [['plan', '--from', 'astronaut'], /^secpath plan: --from: no role is called "astronaut"; closest: /],
    [['plan', '--from', 'security manager'], /^secpath plan: --from: "security manager" could mean several roles: /],
    [['plan', '--from', 'help desk', '--years-it', 'lots'], /^secpath plan: --years-it must be a number from 0 to 60; got "lots"/],
    [['plan', '--from', 'help desk', '--education', 'phd'], /^secpath plan: --education must be one of none, associate, bachelor, master, doctorate; got "phd"/],
    [['plan', '--from', 'help desk', '--cert', 'cisp'], /^secpath plan: --cert: no certification is called "cisp" \(did you mean /],
    [['plan', '--from', 'help desk', '--objective', 'fastet'], /^secpath plan: --objective must be one of fastest, fewest-moves, cheapest; got "fastet" \(did you mean "fastest"\?\)/],
    [['plan', '--from', 'help desk', '--alternatives', '0'], /^secpath plan: --alternatives must be a whole number from 1 to 10; got "0"/],
    [['plan', '--from', 'help desk', '--start', '2026-13'], /^secpath plan: --start must be a month as YYYY-MM; got "2026-13"/],
    [["plan", "--form", "help desk"], /^secpath plan: unknown option --form \(did you mean --format or --from\?\)/],
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

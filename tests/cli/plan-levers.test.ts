import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const ASK = [
  'plan',
  '--from',
  'help desk',
  '--to',
  'information security manager',
  '--start',
  '2027-01',
  '--no-sources',
];

describe('secpath plan --levers', () => {
  it('lists, under "What would shorten this route", each single change with the months it saves, before the other routes', async () => {
    const run = await runCli([...ASK, '--levers']);
    expect(run.code).toBe(0);
    const out = run.stdout;
    const at = out.indexOf('What would shorten this route (one change at a time):\n');
    expect(at).toBeGreaterThan(0);
    const lines = out.slice(at).split('\n').slice(1);
    const levers = lines.slice(0, lines.indexOf(''));
    expect(levers.length).toBeGreaterThan(0);
    for (const line of levers) expect(line).toMatch(/^ {2}- .+: .+ sooner \(.+ instead of .+\)\.$/);
    expect(levers[0]).toContain('Have 1 more year of information security experience');
    expect(out.indexOf('Other routes:')).toBeGreaterThan(at);
  });

  it('leaves the levers out of the text unless asked', async () => {
    const run = await runCli(ASK);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('What would shorten this route');
  });

  it('carries the same levers in JSON, each with the months it saves and the words the text prints', async () => {
    const [text, json] = await Promise.all([runCli([...ASK, '--levers']), runCli([...ASK, '--format', 'json'])]);
    expect(json.code).toBe(0);
    const plan = JSON.parse(json.stdout);
    expect(plan.levers.length).toBeGreaterThan(0);
    for (const lever of plan.levers) {
      expect(lever.monthsSaved).toBeGreaterThan(0);
      expect(lever.months).toBe(plan.routes[plan.selectedRoute].totalMonths - lever.monthsSaved);
      expect(text.stdout).toContain(`  - ${lever.text}\n`);
    }
  });

  it('carries the levers in Markdown under the same heading', async () => {
    const run = await runCli([...ASK, '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /### What would shorten this route\n\n- Have 1 more year of information security experience: /,
    );
  });
});

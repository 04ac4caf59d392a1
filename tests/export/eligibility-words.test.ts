import { describe, expect, it } from 'vitest';
import { describeAction, graphWording } from '../../src/export/plan-wording.ts';
import type { PlanAction } from '../../src/model/index.ts';
import { planRoute } from '../../src/planner/index.ts';
import { runCli } from '../helpers/cli.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();
const START = '2027-01';
const w = graphWording(graph, START);
const certs = graph.getAttribute('certifications');
const MEETS = /you (would )?meet its experience rule/;

describe('a certification the route does not require: unknown reads as unknown', () => {
  it('says "no source gives its experience rule" for GCFA, whose rule no source gives, in the plan an analyst reads', async () => {
    expect(certs.get('gcfa')!.experience.required).toBeNull();
    const run = await runCli([
      'plan',
      '--from',
      'information security analyst',
      '--to',
      'computer forensics analyst',
      '--start',
      START,
      '--no-sources',
    ]);
    expect(run.code).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.includes('Consider GCFA'));
    expect(line).toBe('   - Consider GCFA: not required; no source gives its experience rule; exam: price not known.');
  });

  it('says "no experience required" for CySA+, which asks for none, and never that the person would meet its rule', async () => {
    expect(certs.get('cysa-plus')!.experience.required).toEqual([]);
    const run = await runCli([
      'plan',
      '--from',
      'information security analyst',
      '--to',
      'information security manager',
      '--years-security',
      '2',
      '--start',
      START,
      '--no-sources',
    ]);
    expect(run.code).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.includes('Consider CySA+'));
    expect(line).toMatch(/^ {3}- Consider CySA\+: not required; no experience required; exam: /);
    // A certification with a known rule still says when it is met, so the words above are not a blanket phrase.
    expect(run.stdout).toMatch(/Consider CISSP: not required; you would meet its experience rule from \w+ \d{4};/);
  });

  it('says "no experience required" for Security+, whenever the plan would have the person eligible', () => {
    expect(certs.get('security-plus')!.experience.required).toEqual([]);
    for (const eligibleMonth of [0, 14, null]) {
      const action: PlanAction = {
        kind: 'consider-certification',
        certification: 'security-plus',
        eligibleMonth,
        costUsd: 425,
        meets: [],
      };
      const words = describeAction(w, action);
      expect(words.title).toBe('Consider Security+');
      expect(words.details).toContain('no experience required');
      expect(words.details.join('; ')).not.toMatch(MEETS);
    }
  });

  it('words every certification a shipped plan suggests by what its own rule says: unknown, none, or when it is met', () => {
    const seen = { unknown: 0, none: 0, rule: 0 };
    for (const from of graph.nodes()) {
      for (const to of [
        'information-security-manager',
        'chief-information-security-officer',
        'computer-forensics-analyst',
        'cloud-security-architect',
      ]) {
        if (from === to) continue;
        for (const route of planRoute(
          graph,
          { from, to, routeCount: 2 },
          { experienceYears: { it: 2 } },
          { start: START },
        ).routes) {
          for (const action of route.steps.flatMap((s) => s.actions)) {
            if (action.kind !== 'consider-certification') continue;
            const detail = describeAction(w, action).details[1]!;
            const required = certs.get(action.certification)!.experience.required;
            const label = `${from} → ${to}: ${action.certification}`;
            if (required === null) {
              seen.unknown++;
              expect(detail, label).toBe('no source gives its experience rule');
            } else if (required.length === 0) {
              seen.none++;
              expect(detail, label).toBe('no experience required');
            } else {
              seen.rule++;
              expect(detail, label).toMatch(/experience rule/);
              expect(detail, label).not.toMatch(/no source|no experience required/);
            }
          }
        }
      }
    }
    expect(seen.unknown).toBeGreaterThan(0);
    expect(seen.none).toBeGreaterThan(0);
    expect(seen.rule).toBeGreaterThan(0);
  });
});

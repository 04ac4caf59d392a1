import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/planner/index.ts';
import { computePlan } from '../../src/ui/state/plan-outcome.ts';
import { defaultState } from '../../src/ui/state/planner-state.ts';
import { vocabularyOf } from '../../src/ui/state/role-names.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();
const base = defaultState(vocabularyOf(graph), '2026-12');

describe('the plan for the form', () => {
  it('asks for a role before planning', () => {
    expect(computePlan(graph, base)).toEqual({ kind: 'no-role' });
  });

  it('plans from a role typed with a typo', () => {
    const outcome = computePlan(graph, { ...base, from: 'soc analist' });
    expect(outcome.kind).toBe('planned');
    if (outcome.kind !== 'planned') return;
    expect(outcome.fromId).toBe('soc-analyst');
    expect(outcome.typoFixed).toBe(true);
    expect(outcome.plan.routes[0]!.roles[0]).toBe('soc-analyst');
  });

  it('plans what the form says: timeline, routes compared, start month and exams awaiting experience', () => {
    const state = {
      ...base,
      from: 'SOC analyst',
      pace: 'earliest' as const,
      routeCount: 1,
      start: '2028-03',
      associateOf: ['cissp'],
      experienceYears: { security: 2 },
    };
    const outcome = computePlan(graph, state);
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.query).toEqual({
      from: 'soc-analyst',
      to: 'information-security-manager',
      objective: 'fastest',
      pace: 'earliest',
      routeCount: 1,
    });
    expect(outcome.profile.associateOf).toEqual(['cissp']);
    expect(outcome.start).toBe('2028-03');
    expect(outcome.plan.pace).toBe('earliest');
    expect(outcome.plan.routes).toHaveLength(1);
    expect(outcome.plan).toEqual(planRoute(graph, outcome.query, outcome.profile, { start: '2028-03' }));
  });

  it("explains an unknown role with the planner's words and the closest roles", () => {
    const outcome = computePlan(graph, { ...base, from: 'quantum plumber' });
    expect(outcome.kind).toBe('unresolved');
    if (outcome.kind !== 'unresolved') return;
    expect(outcome.message).toMatch(/^No role is called "quantum plumber"/);
  });

  it('says so when the person already holds the target role', () => {
    const outcome = computePlan(graph, { ...base, from: 'information security manager' });
    expect(outcome.kind === 'planned' && outcome.plan.unreachable?.reason).toBe('already-there');
  });

  it('turns a planner error into a message instead of a crash', () => {
    const outcome = computePlan(graph, { ...base, from: 'SOC analyst', certifications: ['no-such-cert'] });
    expect(outcome).toEqual({ kind: 'failed', message: expect.stringMatching(/^secpath could not plan this route: /) });
  });
});

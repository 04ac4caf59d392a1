import { describe, expect, it } from 'vitest';
import { computePlan } from '../../src/ui/state/plan-outcome.ts';
import { defaultState } from '../../src/ui/state/planner-state.ts';
import { vocabularyOf } from '../../src/ui/state/role-names.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const graph = minimalGraph();
const base = defaultState(vocabularyOf(graph));

describe('the plan for the form', () => {
  it('asks for a role before planning', () => {
    expect(computePlan(graph, base)).toEqual({ kind: 'no-role' });
  });

  it('plans from a role typed with a typo', () => {
    const outcome = computePlan(graph, { ...base, from: 'help dsk' });
    expect(outcome.kind).toBe('planned');
    if (outcome.kind !== 'planned') return;
    expect(outcome.fromId).toBe('help-desk');
    expect(outcome.typoFixed).toBe(true);
    expect(outcome.plan.routes[0]!.roles).toEqual(['help-desk', 'security-analyst', 'security-manager', 'chief-information-security-officer']);
  });

  it("explains an unknown role with the planner's words and the closest roles", () => {
    const outcome = computePlan(graph, { ...base, from: 'quantum plumber' });
    expect(outcome.kind).toBe('unresolved');
    if (outcome.kind !== 'unresolved') return;
    expect(outcome.message).toMatch(/^No role is called "quantum plumber"/);
  });

  it('says so when the person already holds the target role', () => {
    const outcome = computePlan(graph, { ...base, from: 'CISO' });
    expect(outcome.kind === 'planned' && outcome.plan.unreachable?.message).toBe('You already hold the role Chief information security officer.');
  });

  it('explains a target no route leads to', () => {
    const outcome = computePlan(graph, { ...base, from: 'CISO', to: 'help-desk' });
    expect(outcome.kind === 'planned' && outcome.plan.unreachable?.reason).toBe('no-route-in-graph');
  });

  it('turns a planner error into a message instead of a crash', () => {
    const outcome = computePlan(graph, { ...base, from: 'help desk', certifications: ['no-such-cert'] });
    expect(outcome).toEqual({ kind: 'failed', message: expect.stringMatching(/profile.certifications\[0\]: "no-such-cert" is not a certification id/) });
  });
});

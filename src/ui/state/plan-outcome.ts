import type { RoleGraph } from '../../graph/role-graph.ts';
import type { Plan } from '../../model/plan.ts';
import type { Profile } from '../../model/profile.ts';
import type { PlanQuery } from '../../model/profile.ts';
import { planRoute } from '../../planner/plan.ts';
import { describeResolutionProblem, resolveRole, type RoleCandidate } from '../../planner/resolve-role.ts';
import type { PlannerState } from './planner-state.ts';

/** What the plan panel shows: a plan, or why there is none. Never an exception. */
export type PlanOutcome =
  | { kind: 'no-role' }
  | { kind: 'unresolved'; message: string; candidates: RoleCandidate[]; ambiguous: boolean }
  | { kind: 'failed'; message: string }
  | {
      kind: 'planned';
      plan: Plan;
      fromId: string;
      typoFixed: boolean;
      profile: Profile;
      query: PlanQuery;
      start: string;
    };

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.?!]$/.test(text) ? '' : '.'}`;

/**
 * Resolves the typed role and plans. The planner checks its input and throws on what it
 * cannot use; a page must never go blank, so every failure becomes a message.
 */
export function computePlan(graph: RoleGraph, state: PlannerState): PlanOutcome {
  try {
    const resolution = resolveRole(graph, state.from);
    if (!resolution.ok) {
      if (resolution.problem === 'empty') return { kind: 'no-role' };
      // A title like no role at all is offered the starting point outside IT the message names.
      const candidates =
        resolution.candidates.length > 0 || !resolution.startingPoint
          ? resolution.candidates
          : [resolution.startingPoint];
      return {
        kind: 'unresolved',
        message: sentence(describeResolutionProblem(resolution)),
        candidates,
        ambiguous: resolution.problem === 'ambiguous',
      };
    }
    const profile: Profile = {
      experienceYears: state.experienceYears,
      education: state.education,
      certifications: state.certifications,
      associateOf: state.associateOf,
      ...(state.monthsInCurrentRole === null ? {} : { monthsInCurrentRole: state.monthsInCurrentRole }),
    };
    const query: PlanQuery = {
      from: resolution.id,
      to: state.to,
      objective: state.objective,
      pace: state.pace,
      routeCount: state.routeCount,
    };
    const plan = planRoute(graph, query, profile, { start: state.start });
    // The question and profile it was planned for, so what is exported is exactly what is shown.
    return {
      kind: 'planned',
      plan,
      fromId: resolution.id,
      typoFixed: !resolution.exact,
      profile,
      query,
      start: state.start,
    };
  } catch (error) {
    return {
      kind: 'failed',
      message: `secpath could not plan this route: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

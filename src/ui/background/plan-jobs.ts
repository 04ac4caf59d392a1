import type { RoleGraph } from '../../graph/role-graph.ts';
import type { Lever } from '../../model/plan.ts';
import { findLevers } from '../../planner/levers.ts';
import type { PlanOutcome } from '../state/plan-outcome.ts';

/** The route whose levers are shown: the one chosen, or the best when the plan has fewer routes. */
export function shownRouteIndex(outcome: PlanOutcome, chosen: number): number {
  return outcome.kind === 'planned' && chosen < outcome.plan.routes.length ? chosen : 0;
}

/** "What would shorten my route": the planner's levers for the route shown, none when there is no route. */
export function leversOf(graph: RoleGraph, outcome: PlanOutcome, chosen: number): Lever[] {
  if (outcome.kind !== 'planned' || outcome.plan.routes.length === 0) return [];
  return findLevers(graph, outcome.query, outcome.profile, outcome.plan, shownRouteIndex(outcome, chosen), {
    start: outcome.start,
  });
}

import { useDeferredValue, useMemo } from 'react';
import type { RoleGraph } from '../../graph/role-graph.ts';
import { computePlan, type PlanOutcome } from './plan-outcome.ts';
import type { PlannerState } from './planner-state.ts';

/**
 * The plan for the current form, recomputed as it changes. Planning runs on a deferred copy
 * so typing stays responsive while the route catches up.
 */
export function usePlan(graph: RoleGraph, state: PlannerState): { outcome: PlanOutcome; pending: boolean } {
  const deferred = useDeferredValue(state);
  const outcome = useMemo(() => computePlan(graph, deferred), [graph, deferred]);
  return { outcome, pending: deferred !== state };
}

import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import type { Route } from '../../model/plan.ts';
import type { PlanOutcome } from './plan-outcome.ts';

/** The routes of a plan as sequences of roles: the same signature means the same routes, perhaps re-dated. */
export function routeSignature(outcome: PlanOutcome | null): string | null {
  return outcome?.kind === 'planned' ? outcome.plan.routes.map((r) => r.roles.join('>')).join('|') : null;
}

/**
 * Which of the plan's routes is shown: the one the state names (a link, a saved plan, a file
 * or a click chose it). It is kept while the routes stay the same sequences of roles — a
 * changed year count re-dates them — and goes back to the best route when a change in the form
 * finds other routes. The first plan after the page opens, or after a file is opened, keeps
 * the route it names.
 */
export function useRouteChoice(
  outcome: PlanOutcome | null,
  chosen: number,
  choose: (index: number) => void,
): { index: number; route: Route | null; expectNewPlan(): void } {
  const routes = outcome?.kind === 'planned' ? outcome.plan.routes : [];
  const signature = routeSignature(outcome);
  const seen = useRef<string | null>(null);
  // Runs only when the routes change; it reads the choice as it is then, so choosing a route
  // (or opening a file that names one) never runs it by itself.
  const routesChanged = useEffectEvent((now: string) => {
    if (seen.current !== null && seen.current !== now && chosen !== 0) choose(0);
    seen.current = now;
  });
  useEffect(() => {
    if (signature !== null) routesChanged(signature);
  }, [signature]);
  const expectNewPlan = useCallback(() => {
    seen.current = null;
  }, []);
  const index = chosen < routes.length ? chosen : 0;
  return { index, route: routes[index] ?? null, expectNewPlan };
}

import { useCallback, useState } from 'react';
import type { Route } from '../../model/plan.ts';
import type { PlanOutcome } from './plan-outcome.ts';

/**
 * Which of the plan's routes is shown. The choice is kept while the routes stay the same
 * sequences of roles (a changed year count re-dates them) and falls back to the best route
 * when they change.
 */
export function useRouteChoice(outcome: PlanOutcome): { index: number; route: Route | null; choose(index: number): void } {
  const routes = outcome.kind === 'planned' ? outcome.plan.routes : [];
  const signature = routes.map((r) => r.roles.join('>')).join('|');
  const [choice, setChoice] = useState({ signature, index: 0 });
  const index = choice.signature === signature && choice.index < routes.length ? choice.index : 0;
  const choose = useCallback((next: number) => setChoice({ signature, index: next }), [signature]);
  return { index, route: routes[index] ?? null, choose };
}

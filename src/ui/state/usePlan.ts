import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Lever } from '../../model/plan.ts';
import type { Background } from '../background/background.ts';
import type { PlanOutcome } from './plan-outcome.ts';
import type { PlannerState } from './planner-state.ts';

export interface PlanState {
  /** The plan shown: the answer to the latest change, or to an earlier one while the latest is at work; null before the first. */
  outcome: PlanOutcome | null;
  /** True while the latest change has no plan yet. */
  pending: boolean;
  /** When the work still outstanding began (performance.now()), for progress shown on long work; null when idle. */
  since: number | null;
  /** The levers of the route shown; null while they are being worked out. */
  levers: Lever[] | null;
}

/** Everything of the state but the route shown: two states with the same key have the same plan. */
const planKey = (state: PlannerState) => JSON.stringify({ ...state, route: 0 });

/**
 * The plan for the current form, worked out in the background as it changes: each change
 * supersedes the one before, the plan arrives first and the levers of the route shown after.
 * Choosing another route only asks for its levers again; the plan on screen stays.
 */
export function usePlan(background: Background, state: PlannerState): PlanState {
  const [shown, setShown] = useState<{ key: string; outcome: PlanOutcome } | null>(() =>
    state.from.trim() === '' ? { key: planKey(state), outcome: { kind: 'no-role' } } : null,
  );
  const [levers, setLevers] = useState<{ key: string; route: number; levers: Lever[] } | null>(null);
  const shownKey = useRef(shown?.key);
  const key = planKey(state);
  // When this question was first asked (one render per keystroke: no state of its own).
  // eslint-disable-next-line react-hooks/purity, react-hooks/exhaustive-deps -- the time is read once per question, keyed on it
  const asked = useMemo(() => performance.now(), [key]);

  useEffect(() => {
    const route = state.route;
    background.plan(state, {
      planned(outcome) {
        // A new route choice re-plans the same question: keep the plan on screen as it is.
        if (shownKey.current === key) return;
        shownKey.current = key;
        startTransition(() => setShown({ key, outcome }));
      },
      levers(found) {
        startTransition(() => setLevers({ key, route, levers: found }));
      },
    });
  }, [background, state, key]);

  const pending = shown?.key !== key;
  const leversShown = levers && levers.key === key && levers.route === state.route ? levers.levers : null;
  return {
    outcome: shown?.outcome ?? null,
    pending,
    since: pending ? asked : null,
    levers: pending ? null : leversShown,
  };
}

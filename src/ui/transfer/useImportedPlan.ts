import { useCallback } from 'react';
import { monthName } from '../../export/months.ts';
import { routeName } from '../../export/plan-wording.ts';
import type { PlannerState } from '../state/planner-state.ts';
import type { ImportReport } from './import-report.ts';
import type { ImportOutcome } from './transfer.ts';

type OpenedPlan = Extract<ImportOutcome, { kind: 'plan' }>;

/**
 * Opening a plan file: every field of its question becomes the form's — the route it showed,
 * the month it is dated from, the timeline and how many routes it compares — so the page
 * shows the same view and saves the same file again. `expectNewPlan` keeps the route it names
 * when the new plan arrives.
 */
export function useImportedPlan(
  update: (patch: Partial<PlannerState>) => void,
  expectNewPlan: () => void,
  roleTitle: (id: string) => string,
): (opened: OpenedPlan) => ImportReport {
  return useCallback(
    ({ view, notices }: OpenedPlan) => {
      const { query, profile, start, selectedRoute } = view;
      const route = Math.min(selectedRoute, query.routeCount - 1);
      expectNewPlan();
      update({
        from: roleTitle(query.from),
        to: query.to,
        objective: query.objective,
        pace: query.pace,
        routeCount: query.routeCount,
        education: profile.education,
        experienceYears: { ...profile.experienceYears },
        certifications: [...profile.certifications],
        associateOf: [...profile.associateOf],
        monthsInCurrentRole: profile.monthsInCurrentRole ?? null,
        start,
        route,
      });
      return {
        tone: 'info',
        title: 'Plan opened',
        items: [
          `${roleTitle(query.from)} to ${roleTitle(query.to)}, dated from ${monthName(start)}, showing the ${routeName(route).toLowerCase()}.`,
          ...notices,
        ],
        focus: true,
      };
    },
    [update, expectNewPlan, roleTitle],
  );
}

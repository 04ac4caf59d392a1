import { useMemo } from 'react';
import { routeSourceIds } from '../../export/plan-sources.ts';
import { EDUCATION_LEVEL_LABELS, EXPERIENCE_KIND_LABELS, EXPERIENCE_KINDS } from '../../model/constants.ts';
import type { Plan } from '../../model/plan.ts';
import { useCatalog } from '../catalog.ts';
import { SourceLinks } from '../details/SourceLinks.tsx';
import { OBJECTIVE_LABELS } from '../labels.ts';
import type { PlannerState } from '../state/planner-state.ts';
import { PayAlongTheWay } from './PayAlongTheWay.tsx';
import { routePath, routeTotals, wordingFor } from './plan-wording.ts';
import { RouteSteps } from './RouteSteps.tsx';

const ignore = () => undefined;

/**
 * The plan as a document for paper or "Save as PDF": hidden on screen, it is all the print
 * stylesheet shows. Every route, the chosen one first, each starting on a new page.
 */
export function PrintPlan({ plan, state, startMonth, routeIndex }: { plan: Plan; state: PlannerState; startMonth: string; routeIndex: number }) {
  const catalog = useCatalog();
  const wording = useMemo(() => wordingFor(startMonth, catalog), [startMonth, catalog]);
  const order = [routeIndex, ...plan.routes.map((_, i) => i).filter((i) => i !== routeIndex)].filter((i) => plan.routes[i]);
  const years = EXPERIENCE_KINDS.filter((k) => state.experienceYears[k]).map((k) => `${state.experienceYears[k]} years of ${EXPERIENCE_KIND_LABELS[k]}`);
  const profile = [
    years.length ? years.join(', ') : 'no years of experience entered',
    EDUCATION_LEVEL_LABELS[state.education],
    state.certifications.length ? `holding ${state.certifications.map(catalog.certLabel).join(', ')}` : 'no certifications yet',
  ];
  return (
    <div className="print-plan">
      {order.map((i, n) => {
        const route = plan.routes[i]!;
        const totals = routeTotals(wording, route);
        return (
          <section key={i} className="print-route">
            <p className="print-brand">secpath · {n === 0 ? 'your route' : 'another route'}</p>
            <h1>
              {catalog.roleTitle(plan.from)} to {catalog.roleTitle(plan.to)}
              {n === 0 ? '' : ` — ${i === 0 ? 'best route' : `alternative ${i}`}`}
            </h1>
            <p>
              {OBJECTIVE_LABELS[plan.objective].label}, dated from {wording.month(0)}. Profile: {profile.join('; ')}.
            </p>
            <p>
              <strong>{routePath(wording, route)}</strong>: {totals.time} (until {totals.arrival}), {totals.moves}, {totals.cost}.
            </p>
            <h2>Steps</h2>
            <RouteSteps route={route} wording={wording} onShowRole={ignore} printed />
            <h2>Pay along the way</h2>
            <PayAlongTheWay route={route} wording={wording} />
            <h2>Sources</h2>
            <SourceLinks ids={routeSourceIds(route)} label="Sources" />
          </section>
        );
      })}
    </div>
  );
}

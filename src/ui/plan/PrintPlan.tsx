import { useMemo } from 'react';
import { routeSourceIds } from '../../export/plan-sources.ts';
import { describeProfile } from '../../export/format.ts';
import type { Plan } from '../../model/plan.ts';
import { useCatalog } from '../catalog.ts';
import { SourceLinks } from '../details/SourceLinks.tsx';
import { OBJECTIVE_LABELS } from '../labels.ts';
import type { Profile } from '../../model/profile.ts';
import { PayAlongTheWay } from './PayAlongTheWay.tsx';
import { routePath, routeTotals, wordingFor } from './plan-wording.ts';
import { RouteSteps } from './RouteSteps.tsx';

const ignore = () => undefined;

/**
 * The plan as a document for paper or "Save as PDF": hidden on screen, it is all the print
 * stylesheet shows. Every route, the chosen one first, each starting on a new page.
 */
export function PrintPlan({ plan, profile, startMonth, routeIndex }: { plan: Plan; profile: Profile; startMonth: string; routeIndex: number }) {
  const catalog = useCatalog();
  const wording = useMemo(() => wordingFor(startMonth, catalog), [startMonth, catalog]);
  const order = [routeIndex, ...plan.routes.map((_, i) => i).filter((i) => i !== routeIndex)].filter((i) => plan.routes[i]);
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
              {OBJECTIVE_LABELS[plan.objective].label}, dated from {wording.month(0)}. Profile: {describeProfile(profile, catalog.certLabel)}.
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

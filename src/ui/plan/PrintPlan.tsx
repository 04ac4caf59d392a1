import { useMemo } from 'react';
import { routeSourceIds } from '../../export/plan-sources.ts';
import { plural } from '../../planner/describe.ts';
import {
  describeProfile,
  OBJECTIVE_WORDS,
  routeHeadline,
  routeName,
  routeOrder,
  routePath,
  wordingFor,
} from '../../export/plan-wording.ts';
import type { Plan } from '../../model/plan.ts';
import type { Profile } from '../../model/profile.ts';
import { useCatalog } from '../catalog.ts';
import { SourceLinks } from '../details/SourceLinks.tsx';
import { PayAlongTheWay } from './PayAlongTheWay.tsx';
import { RouteSteps } from './RouteSteps.tsx';

const ignore = () => undefined;

/**
 * The plan as a document for paper or "Save as PDF": hidden on screen, it is all the print
 * stylesheet shows. Every route, the chosen one first, each starting on a new page; the sources
 * of all of them follow once, after the last route, so no route ends on a page that holds only
 * the tail of its source list.
 */
export function PrintPlan({
  plan,
  profile,
  startMonth,
  routeIndex,
}: {
  plan: Plan;
  profile: Profile;
  startMonth: string;
  routeIndex: number;
}) {
  const catalog = useCatalog();
  const wording = useMemo(() => wordingFor(startMonth, catalog), [startMonth, catalog]);
  const order = routeOrder(plan.routes.length, Math.min(routeIndex, plan.routes.length - 1));
  const sources = [...new Set(order.flatMap((i) => routeSourceIds(plan.routes[i]!)))];
  return (
    <div className="print-plan">
      {order.map((i, n) => {
        const route = plan.routes[i]!;
        const head = routeHeadline(wording, route, plan.pace);
        return (
          <section key={i} className="print-route">
            <p className="print-brand">
              secpath · {routeName(i)}
              {n === 0 ? ' (chosen)' : ''}
            </p>
            <h1>
              {catalog.roleTitle(plan.from)} to {catalog.roleTitle(plan.to)}: {routeName(i).toLowerCase()}
            </h1>
            <p>
              {OBJECTIVE_WORDS[plan.objective].label} route on the {plan.pace} timeline, dated from {wording.month(0)}.
              Profile: {describeProfile(profile, catalog.certLabel)}.
            </p>
            <p>
              <strong>{routePath(wording, route)}</strong>: {head.datedTimelines}, {head.moves}, {head.cost}.
              {head.estimates ? ` ${head.estimates}.` : ''}
              {head.earliestCaveat ? ` ${head.earliestCaveat}.` : ''} Its numbers rest on{' '}
              {plural(new Set(routeSourceIds(route)).size, 'source')}, numbered [n] beside each fact and listed under
              “Sources” at the end.
            </p>
            <h2>Steps</h2>
            <RouteSteps
              route={route}
              pace={plan.pace}
              wording={wording}
              onShowRole={ignore}
              printed
              sourceOrder={sources}
            />
            <div className="print-pay">
              <h2>Pay along the way</h2>
              <PayAlongTheWay route={route} wording={wording} />
            </div>
          </section>
        );
      })}
      {sources.length > 0 && (
        <section className="print-sources">
          <h2>Sources</h2>
          <p className="muted">
            For {order.length === 1 ? 'the route' : `all ${order.length} routes`} above, each once.
          </p>
          <SourceLinks ids={sources} label="Sources" numbered />
        </section>
      )}
    </div>
  );
}

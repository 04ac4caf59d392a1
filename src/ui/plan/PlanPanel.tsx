import { useMemo, type ReactNode } from 'react';
import type { Plan, Route } from '../../model/plan.ts';
import { resolveRole } from '../../planner/resolve-role.ts';
import { useCatalog } from '../catalog.ts';
import { SourceLinks } from '../details/SourceLinks.tsx';
import { OBJECTIVE_LABELS } from '../labels.ts';
import type { PlanOutcome } from '../state/plan-outcome.ts';
import { PayAlongTheWay } from './PayAlongTheWay.tsx';
import { RouteChoice } from './RouteChoice.tsx';
import { RouteSteps } from './RouteSteps.tsx';
import { routePath, routeTotals, wordingFor, type Wording } from './plan-wording.ts';
import { routeSourceIds } from '../../export/plan-sources.ts';

export interface PlanPanelProps {
  outcome: PlanOutcome;
  targetId: string;
  routeIndex: number;
  onRouteIndex(index: number): void;
  /** The plan's month 0, "YYYY-MM". */
  startMonth: string;
  pending: boolean;
  onUseRole(title: string): void;
  onShowRole(id: string): void;
}

const EXAMPLE_ROLES = ['help desk technician', 'SOC analyst', 'network administrator', 'systems administrator'];

function Callout({ tone, title, children }: { tone: 'warning' | 'info'; title: string; children: ReactNode }) {
  return (
    <div className={`callout ${tone}`}>
      <p className="callout-title">{title}</p>
      {children}
    </div>
  );
}

function Examples({ onUseRole }: { onUseRole(title: string): void }) {
  const { graph, roleTitle } = useCatalog();
  const examples = useMemo(() => {
    const ids = EXAMPLE_ROLES.map((name) => resolveRole(graph, name)).flatMap((r) => (r.ok ? [r.id] : []));
    return [...new Set(ids)].slice(0, 3);
  }, [graph]);
  if (examples.length === 0) return null;
  return (
    <p className="examples">
      Try:{' '}
      {examples.map((id) => (
        <button key={id} type="button" className="chip-button" onClick={() => onUseRole(roleTitle(id))}>
          {roleTitle(id)}
        </button>
      ))}
    </p>
  );
}

function Totals({ route, wording }: { route: Route; wording: Wording }) {
  const totals = routeTotals(wording, route);
  return (
    <dl className="totals">
      <div>
        <dt>Time</dt>
        <dd>
          {totals.time}
          <small>until {totals.arrival}</small>
        </dd>
      </div>
      <div>
        <dt>Moves</dt>
        <dd>{totals.moves}</dd>
      </div>
      <div>
        <dt>Cost</dt>
        <dd>
          {totals.cost}
          <small>exams and degrees</small>
        </dd>
      </div>
    </dl>
  );
}

function PlannedRoute(props: PlanPanelProps & { plan: Plan }) {
  const { plan, routeIndex, onRouteIndex, onShowRole, startMonth } = props;
  const catalog = useCatalog();
  const wording = useMemo(() => wordingFor(startMonth, catalog), [startMonth, catalog]);
  const route = plan.routes[routeIndex] ?? plan.routes[0]!;
  const typical = plan.typicalRoute && plan.typicalRoute.roles.join('>') !== route.roles.join('>') ? plan.typicalRoute : null;
  return (
    <>
      <p className="plan-summary">
        From <strong>{catalog.roleTitle(plan.from)}</strong> to <strong>{catalog.roleTitle(plan.to)}</strong>, {OBJECTIVE_LABELS[plan.objective].label.toLowerCase()}:
      </p>
      <Totals route={route} wording={wording} />
      {plan.routes.length > 1 && <RouteChoice routes={plan.routes} index={routeIndex} onChange={onRouteIndex} wording={wording} />}
      <h3 className="section-heading">{routeIndex === 0 ? 'Steps' : `Steps of alternative ${routeIndex}`}</h3>
      <RouteSteps route={route} wording={wording} onShowRole={onShowRole} />
      <h3 className="section-heading">Pay along the way</h3>
      <PayAlongTheWay route={route} wording={wording} />
      {typical && (
        <p className="typical-route">
          For comparison, the route with the least typical time in each role, ignoring your profile:{' '}
          {typical.roles.map((id) => catalog.roleTitle(id)).join(' → ')}.
        </p>
      )}
      <details className="plan-sources">
        <summary>Sources for this route ({routeSourceIds(route).length})</summary>
        <SourceLinks ids={routeSourceIds(route)} label="Sources for this route" />
      </details>
      <p className="visually-hidden" aria-live="polite">
        {`Route ${routeIndex + 1}: ${routePath(wording, route)}.`}
      </p>
    </>
  );
}

/** The answer to the form: the chosen route in full, or why there is none. Never blank. */
export function PlanPanel(props: PlanPanelProps) {
  const { outcome, targetId, pending, onUseRole } = props;
  const { roleTitle } = useCatalog();
  let body: ReactNode;
  switch (outcome.kind) {
    case 'no-role':
      body = (
        <div className="empty-plan">
          <p>Type the role you hold today to get a dated route to {roleTitle(targetId)}: the moves to make, the certifications to earn and when, and what each step pays.</p>
          <Examples onUseRole={onUseRole} />
        </div>
      );
      break;
    case 'unresolved':
      body = (
        <Callout tone="warning" title="Which role do you hold?">
          <p>{outcome.message}</p>
          {outcome.candidates.length > 0 && (
            <p className="examples">
              {outcome.candidates.map((c) => (
                <button key={c.id} type="button" className="chip-button" onClick={() => onUseRole(c.title)}>
                  {c.title}
                </button>
              ))}
            </p>
          )}
        </Callout>
      );
      break;
    case 'failed':
      body = (
        <Callout tone="warning" title="No plan">
          <p>{outcome.message}</p>
        </Callout>
      );
      break;
    case 'planned':
      body =
        outcome.plan.routes.length === 0 ? (
          <Callout tone={outcome.plan.unreachable?.reason === 'already-there' ? 'info' : 'warning'} title={outcome.plan.unreachable?.reason === 'already-there' ? 'You are there' : 'No route'}>
            <p>{outcome.plan.unreachable?.message ?? 'No route was found.'}</p>
          </Callout>
        ) : (
          <PlannedRoute {...props} plan={outcome.plan} />
        );
      break;
  }
  return (
    <section className="plan-panel panel" aria-labelledby="plan-heading" aria-busy={pending || undefined}>
      <h2 id="plan-heading">Your route</h2>
      {body}
    </section>
  );
}

import { memo, useMemo, type ReactNode } from 'react';
import type { Lever, Plan, Route } from '../../model/plan.ts';
import { resolveRole } from '../../planner/resolve-role.ts';
import { useCatalog } from '../catalog.ts';
import { SourceLinks } from '../details/SourceLinks.tsx';
import { OBJECTIVE_LABELS } from '../labels.ts';
import type { PlanOutcome } from '../state/plan-outcome.ts';
import { PayAlongTheWay } from './PayAlongTheWay.tsx';
import { RouteChoice } from './RouteChoice.tsx';
import { RouteSteps } from './RouteSteps.tsx';
import { Levers } from './Levers.tsx';
import {
  noRouteTitle,
  routeHeadline,
  routeName,
  routePath,
  wordingFor,
  type Wording,
} from '../../export/plan-wording.ts';
import { routeSourceIds } from '../../export/plan-sources.ts';
import { monthName } from '../../export/months.ts';
import type { Pace } from '../../model/constants.ts';
import { Progress } from '../Progress.tsx';
import { thisMonth } from '../state/planner-state.ts';

export interface PlanPanelProps {
  /** The plan shown; null until the first one arrives. */
  outcome: PlanOutcome | null;
  targetId: string;
  routeIndex: number;
  onRouteIndex(index: number): void;
  /** True while the latest change has no plan yet (the one shown is the previous). */
  pending: boolean;
  /** When the work outstanding began, for progress on long work. */
  since: number | null;
  /** The levers of the route shown; null while they are worked out. */
  levers: Lever[] | null;
  onUseRole(title: string): void;
  onShowRole(id: string): void;
  /** Re-dates the plan (offered when it is dated from a month gone by). */
  onStartMonth(month: string): void;
  /** Where the plan was worked out, for tests and the curious: 'worker' or 'page'. */
  plannedIn?: string;
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

function Totals({ route, wording, pace }: { route: Route; wording: Wording; pace: Pace }) {
  const head = routeHeadline(wording, route, pace);
  return (
    <>
      <p className="headline">
        <strong>{head.datedTimelines.charAt(0).toUpperCase() + head.datedTimelines.slice(1)}</strong>
      </p>
      {head.estimates && <p className="estimates">{head.estimates}: see each step.</p>}
      {head.earliestCaveat && <p className="estimates earliest-caveat">{head.earliestCaveat}.</p>}
      <dl className="totals">
        <div>
          <dt>Typically</dt>
          <dd>{head.typical.replace(/^typically /, '')}</dd>
        </div>
        <div>
          <dt>At the earliest</dt>
          <dd>{head.earliest.replace(/^at the earliest /, '')}</dd>
        </div>
        <div>
          <dt>Moves</dt>
          <dd>{head.moves}</dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd>
            {head.cost}
            <small>exams and degrees</small>
          </dd>
        </div>
      </dl>
    </>
  );
}

function PastStart({ start, onStartMonth }: { start: string; onStartMonth(month: string): void }) {
  const today = thisMonth();
  if (start >= today) return null;
  return (
    <p className="past-start">
      This plan is dated from {monthName(start)}, a month gone by.{' '}
      <button type="button" className="link" onClick={() => onStartMonth(today)}>
        Date it from {monthName(today)}
      </button>
    </p>
  );
}

function PlannedRoute(props: BodyProps & { plan: Plan; startMonth: string }) {
  const { plan, routeIndex, onRouteIndex, onShowRole, startMonth } = props;
  const catalog = useCatalog();
  const wording = useMemo(() => wordingFor(startMonth, catalog), [startMonth, catalog]);
  const route = plan.routes[routeIndex] ?? plan.routes[0]!;
  const shownIndex = plan.routes[routeIndex] ? routeIndex : 0;
  const sources = routeSourceIds(route);
  return (
    <>
      <p className="plan-summary">
        From <strong>{catalog.roleTitle(plan.from)}</strong> to <strong>{catalog.roleTitle(plan.to)}</strong>,{' '}
        {OBJECTIVE_LABELS[plan.objective].label.toLowerCase()}, {routeName(shownIndex).toLowerCase()}, dated from{' '}
        {wording.month(0)}:
      </p>
      <PastStart start={startMonth} onStartMonth={props.onStartMonth} />
      <Totals route={route} wording={wording} pace={plan.pace} />
      {plan.assumptions.length > 0 && (
        <ul className="assumptions" aria-label="What the plan assumed">
          {plan.assumptions.map((a, i) => (
            <li key={i}>{a.text}</li>
          ))}
        </ul>
      )}
      {plan.routes.length > 1 && (
        <RouteChoice
          routes={plan.routes}
          index={shownIndex}
          pace={plan.pace}
          onChange={onRouteIndex}
          wording={wording}
        />
      )}
      <h3 className="section-heading">
        Steps of {shownIndex === 0 ? 'the best route' : routeName(shownIndex).toLowerCase()}
      </h3>
      <RouteSteps route={route} pace={plan.pace} wording={wording} onShowRole={onShowRole} sourceOrder={sources} />
      <Levers levers={props.levers} />
      <h3 className="section-heading">Pay along the way</h3>
      <PayAlongTheWay route={route} wording={wording} />
      <details className="plan-sources">
        <summary>Sources for this route ({sources.length}): the [n] beside each number</summary>
        <SourceLinks ids={sources} label="Sources for this route" numbered />
      </details>
      <p className="visually-hidden" aria-live="polite">
        {`${routeName(shownIndex)}: ${routePath(wording, route)}.`}
      </p>
    </>
  );
}

type BodyProps = Omit<PlanPanelProps, 'pending' | 'since' | 'plannedIn'>;

/** What the plan panel says; it changes only when the plan, the route or its levers do — not on every keystroke. */
const PlanBody = memo(function PlanBody(props: BodyProps) {
  const { outcome, targetId, onUseRole } = props;
  const { roleTitle } = useCatalog();
  let body: ReactNode;
  switch (outcome?.kind) {
    case undefined:
      body = <p className="muted">Working out your route…</p>;
      break;
    case 'no-role':
      body = (
        <div className="empty-plan">
          <p>
            Type the role you hold today to get a dated route to {roleTitle(targetId)}: the moves to make, the
            certifications to earn and when, and what each step pays.
          </p>
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
          <Callout
            tone={outcome.plan.unreachable?.reason === 'already-there' ? 'info' : 'warning'}
            title={
              outcome.plan.unreachable?.reason === 'already-there'
                ? 'You are there'
                : noRouteTitle(outcome.plan.unreachable)
            }
          >
            <p>{outcome.plan.unreachable?.message ?? 'No route was found.'}</p>
          </Callout>
        ) : (
          <PlannedRoute {...props} plan={outcome.plan} startMonth={outcome.start} />
        );
      break;
  }
  return body;
});

/** The answer to the form: the chosen route in full, or why there is none. Never blank. */
export function PlanPanel({ pending, since, plannedIn, ...body }: PlanPanelProps) {
  return (
    <section
      className="plan-panel panel"
      aria-labelledby="plan-heading"
      aria-busy={pending || undefined}
      data-planned-in={plannedIn}
    >
      <div className="plan-head">
        <h2 id="plan-heading">Your route</h2>
        {pending && since !== null && <Progress label="Planning" since={since} className="plan-progress" />}
      </div>
      <PlanBody {...body} />
    </section>
  );
}

import type { RoleGraph } from '../graph/role-graph.ts';
import { didYouMean } from '../names/suggest.ts';
import {
  DEFAULT_PACE,
  DEFAULT_ROUTE_COUNT,
  DEFAULT_TARGET_ROLE_ID,
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  MAX_ROUTE_COUNT,
  OBJECTIVES,
  PACES,
  type Pace,
} from '../model/constants.ts';
import type { Plan, PlanQuery, PlanQueryInput, Profile, ProfileInput, Route } from '../model/index.ts';
import {
  checkCertificationCount,
  checkMonthsInRole,
  checkRouteCount,
  checkYears,
  MAX_CERTIFICATIONS,
  MAX_MONTHS_IN_ROLE,
  MAX_YEARS,
} from '../model/profile-rules.ts';
import { explainUnreachable } from './explain.ts';
import { compilePlanningModel, type PlanningModel } from './model.ts';
import { buildRoute } from './route.ts';
import { scheduleRoute, type Schedule } from './schedule.ts';
import { DEFAULT_MAX_LABELS, searchRoutes, type Label, type SearchOptions, type SearchStart } from './search.ts';
import { startFromProfile } from './start.ts';
import { absoluteMonthOfDate } from './units.ts';

/** A query or profile the planner cannot use; the message names the field. */
export class PlanInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'PlanInputError';
  }
}

const models = new WeakMap<RoleGraph, PlanningModel>();

/** The compiled planning model of a graph, built once per graph. */
export function planningModelOf(graph: RoleGraph): PlanningModel {
  let model = models.get(graph);
  if (!model) {
    model = compilePlanningModel(graph);
    models.set(graph, model);
  }
  return model;
}

/**
 * Fills the defaults of a query and checks it against the graph. Untrusted input (files,
 * links) is parsed with the zod schemas at the edge first; this guards programming errors
 * and ids that do not exist, without loading the validator in the browser's first bundle.
 */
export function normalizeQuery(model: PlanningModel, query: PlanQueryInput): PlanQuery {
  const to = query.to ?? DEFAULT_TARGET_ROLE_ID;
  const objective = query.objective ?? 'fastest';
  const pace = query.pace ?? DEFAULT_PACE;
  const routeCount = query.routeCount ?? DEFAULT_ROUTE_COUNT;
  for (const [field, id] of [
    ['query.from', query.from],
    ['query.to', to],
  ] as const) {
    if (!model.roleIndex.has(id)) {
      const hint = didYouMean(id, model.roleIds);
      throw new PlanInputError(field, `"${id}" is not a role id${hint ? ` (${hint})` : ''}`);
    }
  }
  if (!OBJECTIVES.includes(objective))
    throw new PlanInputError('query.objective', `expected one of ${OBJECTIVES.join(', ')}`);
  if (!PACES.includes(pace)) throw new PlanInputError('query.pace', `expected one of ${PACES.join(', ')}`);
  if (typeof routeCount !== 'number' || !checkRouteCount(routeCount).ok) {
    throw new PlanInputError('query.routeCount', `expected a whole number from 1 to ${MAX_ROUTE_COUNT}`);
  }
  return { from: query.from, to, objective, pace, routeCount };
}

function certificationIds(model: PlanningModel, ids: readonly string[] | undefined, field: string): string[] {
  const out = [...new Set(ids ?? [])];
  if (!checkCertificationCount(out.length).ok)
    throw new PlanInputError(field, `expected at most ${MAX_CERTIFICATIONS} certifications`);
  out.forEach((id, i) => {
    if (!model.certIndex.has(id)) {
      const hint = didYouMean(id, model.certIndex.keys());
      throw new PlanInputError(`${field}[${i}]`, `"${id}" is not a certification id${hint ? ` (${hint})` : ''}`);
    }
  });
  return out;
}

export function normalizeProfile(model: PlanningModel, profile: ProfileInput): Profile {
  const experienceYears: Profile['experienceYears'] = {};
  for (const [kind, years] of Object.entries(profile.experienceYears ?? {})) {
    if (!(EXPERIENCE_KINDS as readonly string[]).includes(kind))
      throw new PlanInputError(`profile.experienceYears.${kind}`, 'is not an experience kind');
    if (years === undefined) continue;
    // Numbers only here: text is read at the doors (CLI, form, links), by this same rule.
    if (typeof years !== 'number' || !checkYears(years).ok) {
      throw new PlanInputError(`profile.experienceYears.${kind}`, `expected years from 0 to ${MAX_YEARS}`);
    }
    experienceYears[kind as keyof Profile['experienceYears']] = years;
  }
  const education = profile.education ?? 'none';
  if (!EDUCATION_LEVELS.includes(education))
    throw new PlanInputError('profile.education', `expected one of ${EDUCATION_LEVELS.join(', ')}`);
  const associateOf = certificationIds(model, profile.associateOf, 'profile.associateOf');
  const certifications = certificationIds(model, profile.certifications, 'profile.certifications').filter(
    (id) => !associateOf.includes(id),
  );
  const months = profile.monthsInCurrentRole;
  if (months !== undefined && (typeof months !== 'number' || !checkMonthsInRole(months).ok)) {
    throw new PlanInputError('profile.monthsInCurrentRole', `expected whole months from 0 to ${MAX_MONTHS_IN_ROLE}`);
  }
  return {
    experienceYears,
    education,
    certifications,
    associateOf,
    ...(months === undefined ? {} : { monthsInCurrentRole: months }),
  };
}

export interface PlanRouteOptions {
  /** The plan's month 0, "YYYY-MM" (default: this month): rules that change on a date apply by it. */
  start?: string;
  /** Stop the search after this many labels (a guard for generated graphs). */
  maxLabels?: number;
  /** Only routes whose first move is to this role id. */
  firstMove?: string;
}

export function thisMonth(today = new Date()): string {
  return `${today.getUTCFullYear()}-${String(today.getUTCMonth() + 1).padStart(2, '0')}`;
}

const OTHER_PACE: Record<Pace, Pace> = { typical: 'earliest', earliest: 'typical' };

/** The same role sequence and certifications, dated on the other timeline; null when it cannot be. */
function datedOnOtherPace(
  model: PlanningModel,
  start: SearchStart,
  ranked: Schedule,
  to: number,
  base: SearchOptions,
): Schedule | null {
  const result = searchRoutes(model, start, to, {
    ...base,
    objective: 'fastest',
    pace: OTHER_PACE[base.pace],
    routeCount: 1,
    sequence: ranked.roles,
    sequenceEarn: ranked.steps.map((s) => s.option.earn),
  });
  const label: Label | undefined = result.found[0];
  return label ? scheduleRoute(model, start, label, base.startMonth) : null;
}

/** A schedule with no typical timeline: the same steps, with no months (the route never builds what a role on it expects). */
function withoutTypical(route: Route): Route {
  return {
    ...route,
    typicalMonths: null,
    steps: route.steps.map((s) => ({ ...s, typicalMoveMonth: null, typicalStayMonths: null })),
  };
}

/**
 * The best routes from the person's role to the target, ranked by the objective on the query's
 * timeline (typical by default): each a sequence of moves dated on both timelines, with the
 * experience, certifications and degrees each move needs. An unreachable target is an answer
 * with an explanation, not an error.
 */
export function planRoute(
  graph: RoleGraph,
  query: PlanQueryInput,
  profile: ProfileInput = {},
  options: PlanRouteOptions = {},
): Plan {
  const model = planningModelOf(graph);
  const q = normalizeQuery(model, query);
  const p = normalizeProfile(model, profile);
  const from = model.roleIndex.get(q.from)!;
  const to = model.roleIndex.get(q.to)!;
  const startMonth = absoluteMonthOfDate(options.start ?? thisMonth());
  const { start, assumptions } = startFromProfile(model, from, p);
  const base = { from: q.from, to: q.to, objective: q.objective, pace: q.pace, assumptions };
  if (from === to) {
    const title = model.roles[to]!.title;
    return {
      ...base,
      routes: [],
      unreachable: { reason: 'already-there', message: `You already hold the role ${title}.` },
    };
  }
  const firstMove = options.firstMove === undefined ? undefined : model.roleIndex.get(options.firstMove);
  const search: SearchOptions = {
    objective: q.objective,
    pace: q.pace,
    routeCount: q.routeCount,
    startMonth,
    ...(options.maxLabels === undefined ? {} : { maxLabels: options.maxLabels }),
    ...(firstMove === undefined ? {} : { firstMove }),
  };
  const result = searchRoutes(model, start, to, search);
  const routes = result.found.map((label) => {
    const ranked = scheduleRoute(model, start, label, startMonth);
    const other = datedOnOtherPace(model, start, ranked, to, search);
    if (other) return buildRoute(model, start, ranked, other, q.pace, startMonth);
    // Ranked on the earliest timeline, a route may never build what people typically bring to a role on it.
    return withoutTypical(buildRoute(model, start, ranked, ranked, q.pace, startMonth));
  });
  const limit = options.maxLabels ?? DEFAULT_MAX_LABELS;
  if (result.stoppedEarly && routes.length > 0 && routes.length < q.routeCount) {
    assumptions.push({
      text: `The search stopped at its limit of ${limit.toLocaleString('en-US')} partial routes after finding ${routes.length} of the ${q.routeCount} routes asked for; others may exist.`,
      sources: [],
    });
  }
  if (routes.length > 0) return { ...base, routes, unreachable: null };
  if (result.stoppedEarly) {
    return {
      ...base,
      routes,
      unreachable: {
        reason: 'search-limit',
        message: `The search stopped at its limit of ${limit.toLocaleString('en-US')} partial routes before finding a route; a route may still exist. Try the fastest objective, fewer routes, or a nearer target.`,
      },
    };
  }
  return { ...base, routes, unreachable: explainUnreachable(model, start, to, q.pace) };
}

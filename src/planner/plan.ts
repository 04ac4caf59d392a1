import type { RoleGraph } from '../graph/role-graph.ts';
import { typicalRoute } from '../graph/static-routes.ts';
import { didYouMean } from '../data/suggest.ts';
import { DEFAULT_ALTERNATIVES, DEFAULT_TARGET_ROLE_ID, EDUCATION_LEVELS, EXPERIENCE_KINDS, MAX_ALTERNATIVES, OBJECTIVES } from '../model/constants.ts';
import type { Plan, PlanQuery, PlanQueryInput, Profile, ProfileInput } from '../model/index.ts';
import { explainUnreachable } from './explain.ts';
import { compilePlanningModel, type PlanningModel } from './model.ts';
import { buildRoute } from './route.ts';
import { searchRoutes } from './search.ts';
import { startFromProfile } from './start.ts';

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
  const alternatives = query.alternatives ?? DEFAULT_ALTERNATIVES;
  for (const [field, id] of [['query.from', query.from], ['query.to', to]] as const) {
    if (!model.roleIndex.has(id)) {
      const hint = didYouMean(id, model.roleIds);
      throw new PlanInputError(field, `"${id}" is not a role id${hint ? ` (${hint})` : ''}`);
    }
  }
  if (!OBJECTIVES.includes(objective)) throw new PlanInputError('query.objective', `expected one of ${OBJECTIVES.join(', ')}`);
  if (!Number.isInteger(alternatives) || alternatives < 1 || alternatives > MAX_ALTERNATIVES) {
    throw new PlanInputError('query.alternatives', `expected a whole number from 1 to ${MAX_ALTERNATIVES}`);
  }
  return { from: query.from, to, objective, alternatives };
}

export function normalizeProfile(model: PlanningModel, profile: ProfileInput): Profile {
  const experienceYears: Profile['experienceYears'] = {};
  for (const [kind, years] of Object.entries(profile.experienceYears ?? {})) {
    if (!(EXPERIENCE_KINDS as readonly string[]).includes(kind)) throw new PlanInputError(`profile.experienceYears.${kind}`, 'is not an experience kind');
    if (years === undefined) continue;
    if (typeof years !== 'number' || !Number.isFinite(years) || years < 0 || years > 60) {
      throw new PlanInputError(`profile.experienceYears.${kind}`, 'expected years from 0 to 60');
    }
    experienceYears[kind as keyof Profile['experienceYears']] = years;
  }
  const education = profile.education ?? 'none';
  if (!EDUCATION_LEVELS.includes(education)) throw new PlanInputError('profile.education', `expected one of ${EDUCATION_LEVELS.join(', ')}`);
  const certifications = [...new Set(profile.certifications ?? [])];
  certifications.forEach((id, i) => {
    if (!model.certIndex.has(id)) {
      const hint = didYouMean(id, model.certIndex.keys());
      throw new PlanInputError(`profile.certifications[${i}]`, `"${id}" is not a certification id${hint ? ` (${hint})` : ''}`);
    }
  });
  const months = profile.monthsInCurrentRole;
  if (months !== undefined && (!Number.isInteger(months) || months < 0 || months > 720)) {
    throw new PlanInputError('profile.monthsInCurrentRole', 'expected whole months from 0 to 720');
  }
  return { experienceYears, education, certifications, ...(months === undefined ? {} : { monthsInCurrentRole: months }) };
}

export interface PlanRouteOptions {
  /** Stop the search after this many labels (a guard for generated graphs). */
  maxLabels?: number;
}

/**
 * The best routes from the person's role to the target, ranked by the objective: each a
 * dated sequence of moves with the experience, certifications and degrees each move needs.
 * An unreachable target is an answer with an explanation, not an error.
 */
export function planRoute(graph: RoleGraph, query: PlanQueryInput, profile: ProfileInput = {}, options: PlanRouteOptions = {}): Plan {
  const model = planningModelOf(graph);
  const q = normalizeQuery(model, query);
  const p = normalizeProfile(model, profile);
  const from = model.roleIndex.get(q.from)!;
  const to = model.roleIndex.get(q.to)!;
  const base = { from: q.from, to: q.to, objective: q.objective, typicalRoute: typicalRoute(graph, q.from, q.to) };
  const start = startFromProfile(model, from, p);
  if (from === to) {
    const title = graph.getNodeAttribute(q.to, 'role').title;
    return { ...base, typicalRoute: null, routes: [], unreachable: { reason: 'already-there', message: `You already hold the role ${title}.` } };
  }
  const result = searchRoutes(model, start, to, {
    objective: q.objective,
    routes: q.alternatives,
    ...(options.maxLabels === undefined ? {} : { maxLabels: options.maxLabels }),
  });
  const routes = result.found.map((label) => buildRoute(model, start, label));
  return { ...base, routes, unreachable: routes.length === 0 ? explainUnreachable(model, start, to) : null };
}

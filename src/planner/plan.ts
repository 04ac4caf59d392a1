import type { RoleGraph } from '../graph/role-graph.ts';
import { didYouMean } from '../data/suggest.ts';
import {
  PlanQuerySchema,
  ProfileSchema,
  type Plan,
  type PlanQueryInput,
  type Profile,
  type ProfileInput,
} from '../model/index.ts';
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

function parseInputs(model: PlanningModel, query: PlanQueryInput, profile: ProfileInput): { from: number; to: number; profile: Profile; parsedQuery: ReturnType<typeof PlanQuerySchema.parse> } {
  const q = PlanQuerySchema.safeParse(query);
  if (!q.success) {
    const issue = q.error.issues[0]!;
    throw new PlanInputError(`query.${issue.path.join('.')}`, issue.message);
  }
  const p = ProfileSchema.safeParse(profile);
  if (!p.success) {
    const issue = p.error.issues[0]!;
    throw new PlanInputError(`profile.${issue.path.join('.')}`, issue.message);
  }
  const role = (field: string, id: string) => {
    const index = model.roleIndex.get(id);
    if (index === undefined) {
      const hint = didYouMean(id, model.roleIds);
      throw new PlanInputError(field, `"${id}" is not a role id${hint ? ` (${hint})` : ''}`);
    }
    return index;
  };
  p.data.certifications.forEach((id, i) => {
    if (!model.certIndex.has(id)) {
      const hint = didYouMean(id, model.certIndex.keys());
      throw new PlanInputError(`profile.certifications[${i}]`, `"${id}" is not a certification id${hint ? ` (${hint})` : ''}`);
    }
  });
  return { from: role('query.from', q.data.from), to: role('query.to', q.data.to), profile: p.data, parsedQuery: q.data };
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
  const { from, to, profile: parsedProfile, parsedQuery } = parseInputs(model, query, profile);
  const base = { from: parsedQuery.from, to: parsedQuery.to, objective: parsedQuery.objective };
  const start = startFromProfile(model, from, parsedProfile);
  if (from === to) {
    return { ...base, routes: [], unreachable: { reason: 'already-there', message: `You already hold the role ${model.graph.getNodeAttribute(parsedQuery.to, 'role').title}.` } };
  }
  const result = searchRoutes(model, start, to, {
    objective: parsedQuery.objective,
    routes: parsedQuery.alternatives,
    ...(options.maxLabels === undefined ? {} : { maxLabels: options.maxLabels }),
  });
  const routes = result.found.map((label) => buildRoute(model, start, label));
  return { ...base, routes, unreachable: routes.length === 0 ? explainUnreachable(model, start, to) : null };
}

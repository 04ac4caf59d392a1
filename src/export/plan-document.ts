import type { RoleGraph } from '../graph/role-graph.ts';
import { parseJsonText } from '../input/json-text.ts';
import { describeValue, type DataIssue } from '../input/issues.ts';
import { zodIssuesToDataIssues } from '../input/zod-issues.ts';
import { EXPERIENCE_KINDS } from '../model/constants.ts';
import {
  PLAN_DOCUMENT_FORMAT,
  PLAN_DOCUMENT_VERSION,
  PlanDocumentSchema,
  PlanQuerySchema,
  ProfileSchema,
  type PlanDocument,
  type PlanQuery,
  type Profile,
} from '../model/index.ts';
import { findLevers, normalizeProfile, normalizeQuery, planningModelOf, planRoute } from '../planner/index.ts';
import { z } from 'zod';
import { tooLargeIssue } from './limits.ts';
import { isYearMonth } from './months.ts';

/** What a person was looking at: enough to restore the same view. */
export interface PlanView {
  query: PlanQuery;
  profile: Profile;
  start: string;
  selectedRoute: number;
}

/** The canonical form of a profile: kinds in the model's order, no zero years, certifications sorted. */
export function canonicalProfile(profile: Profile): Profile {
  const experienceYears: Profile['experienceYears'] = {};
  for (const kind of EXPERIENCE_KINDS) {
    const years = profile.experienceYears[kind];
    if (years !== undefined && years > 0) experienceYears[kind] = years;
  }
  return {
    experienceYears,
    education: profile.education,
    certifications: [...new Set(profile.certifications)].sort(),
    associateOf: [...new Set(profile.associateOf ?? [])].sort(),
    ...(profile.monthsInCurrentRole === undefined ? {} : { monthsInCurrentRole: profile.monthsInCurrentRole }),
  };
}

/** Plans the view's query and wraps it with what was asked, in a fixed field order. */
export function createPlanDocument(graph: RoleGraph, view: PlanView): PlanDocument {
  const model = planningModelOf(graph);
  const query = normalizeQuery(model, view.query);
  const profile = canonicalProfile(normalizeProfile(model, view.profile));
  const plan = planRoute(graph, query, profile, { start: view.start });
  const selectedRoute = Math.min(view.selectedRoute, Math.max(0, plan.routes.length - 1));
  return {
    format: PLAN_DOCUMENT_FORMAT,
    version: PLAN_DOCUMENT_VERSION,
    start: view.start,
    query: {
      from: query.from,
      to: query.to,
      objective: query.objective,
      pace: query.pace,
      routeCount: query.routeCount,
    },
    profile,
    selectedRoute,
    from: plan.from,
    to: plan.to,
    objective: plan.objective,
    pace: plan.pace,
    routes: plan.routes,
    unreachable: plan.unreachable,
    assumptions: plan.assumptions,
    levers: findLevers(graph, query, profile, plan, selectedRoute, { start: view.start }),
  };
}

export function serializePlanDocument(document: PlanDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export type PlanDocumentReadResult =
  { ok: true; view: PlanView; document: PlanDocument | null; notices: string[] } | { ok: false; issues: DataIssue[] };

/**
 * Version 1 plan files (before the two timelines): only the question is read — the answer is
 * planned again with today's data. `alternatives` became `routeCount`; years of
 * "security-management" keep their meaning (what --years-management meant then).
 */
const PlanDocumentV1QuestionSchema = z
  .object({
    format: z.literal(PLAN_DOCUMENT_FORMAT),
    version: z.literal(1),
    start: z.string(),
    query: z
      .object({
        from: z.string(),
        to: z.string().optional(),
        objective: PlanQuerySchema.shape.objective,
        alternatives: z.number().int().min(1).max(10).optional(),
      })
      .strict(),
    profile: ProfileSchema.omit({ associateOf: true }),
    selectedRoute: z.number().int().min(0).max(50),
  })
  .loose();

/**
 * Reads a plan exported earlier. Refuses what is not a secpath plan, a newer version, or ids
 * this version of the data does not know, saying where; nothing is applied unless all is well.
 * An older version is read field by field, with a notice.
 */
export function readPlanDocument(graph: RoleGraph, text: string, file = 'plan.json'): PlanDocumentReadResult {
  const large = tooLargeIssue(file, text.length, 'a plan file');
  if (large) return { ok: false, issues: [large] };
  const json = parseJsonText(file, text);
  if (json.value === undefined) return { ok: false, issues: json.issues };
  const value = json.value as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      issues: [{ file, path: [], message: `is not a secpath plan: expected an object, found ${describeValue(value)}` }],
    };
  }
  if (value.format !== PLAN_DOCUMENT_FORMAT) {
    return {
      ok: false,
      issues: [
        {
          file,
          path: ['format'],
          message: `is not a secpath plan: expected format "${PLAN_DOCUMENT_FORMAT}", found ${describeValue(value.format)}`,
        },
      ],
    };
  }
  if (typeof value.version === 'number' && value.version > PLAN_DOCUMENT_VERSION) {
    return {
      ok: false,
      issues: [
        {
          file,
          path: ['version'],
          message: `was saved by a newer secpath (plan format version ${value.version}); this one reads version ${PLAN_DOCUMENT_VERSION}`,
        },
      ],
    };
  }
  let view: PlanView;
  let document: PlanDocument | null = null;
  const notices: string[] = [];
  if (value.version === 1) {
    const parsed = PlanDocumentV1QuestionSchema.safeParse(value);
    if (!parsed.success) return { ok: false, issues: zodIssuesToDataIssues(file, value, parsed.error.issues) };
    const old = parsed.data;
    view = {
      query: {
        from: old.query.from,
        to: old.query.to ?? PlanQuerySchema.shape.to.parse(undefined),
        objective: old.query.objective,
        pace: 'typical',
        routeCount: old.query.alternatives ?? 3,
      },
      profile: { ...old.profile, associateOf: [] },
      start: old.start,
      selectedRoute: old.selectedRoute,
    };
    notices.push(
      `${file} was saved by an earlier secpath (plan format version 1): its question was read field by field and planned again with today's data and the typical timeline, so the dates may differ from the file's.`,
    );
  } else {
    const parsed = PlanDocumentSchema.safeParse(value);
    if (!parsed.success) return { ok: false, issues: zodIssuesToDataIssues(file, value, parsed.error.issues) };
    document = parsed.data;
    view = {
      query: document.query,
      profile: document.profile,
      start: document.start,
      selectedRoute: document.selectedRoute,
    };
  }
  const issues: DataIssue[] = [];
  if (!isYearMonth(view.start))
    issues.push({
      file,
      path: ['start'],
      message: `expected a month between 1900-01 and 2200-12, found ${describeValue(view.start)}`,
    });
  for (const field of ['from', 'to'] as const) {
    if (!graph.hasNode(view.query[field])) {
      issues.push({
        file,
        path: ['query', field],
        message: `"${view.query[field]}" is not a role in secpath's current data`,
      });
    }
  }
  const certs = graph.getAttribute('certifications');
  for (const field of ['certifications', 'associateOf'] as const) {
    view.profile[field].forEach((id, i) => {
      if (!certs.has(id))
        issues.push({
          file,
          path: ['profile', field, i],
          message: `"${id}" is not a certification in secpath's current data`,
        });
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, document, view, notices };
}

import { z } from 'zod';
import { IdSchema } from './common.ts';
import { EducationLevelSchema, ExperienceKindSchema } from './experience.ts';
import { ObjectiveSchema } from './profile.ts';
import { TransitionKindSchema } from './transition.ts';

const month = z.number().int().min(0);

/** Why an action is in the plan: the requirement it meets. */
export const ReasonSchema = z
  .object({
    text: z.string(),
    sources: z.array(IdSchema),
  })
  .strict();
export type Reason = z.infer<typeof ReasonSchema>;

export const GainExperienceActionSchema = z
  .object({
    kind: z.literal('gain-experience'),
    role: IdSchema,
    startMonth: month,
    endMonth: month,
    months: month,
    experienceKinds: z.array(ExperienceKindSchema),
    meets: z.array(ReasonSchema),
  })
  .strict();

export const EarnCertificationActionSchema = z
  .object({
    kind: z.literal('earn-certification'),
    certification: IdSchema,
    startMonth: month.describe('Preparation starts.'),
    examMonth: month.describe('Preparation ends; the exam is taken.'),
    eligibleMonth: month.describe('The experience rule (after waivers) is met.'),
    endMonth: month.describe('The credential is held.'),
    costUsd: z.number().min(0).nullable(),
    associate: z.string().nullable().describe('What the person is between exam and eligibility, e.g. "Associate of ISC2".'),
    waiversUsed: z.array(z.string()),
    meets: z.array(ReasonSchema),
  })
  .strict();

export const EarnDegreeActionSchema = z
  .object({
    kind: z.literal('earn-degree'),
    level: EducationLevelSchema,
    startMonth: month,
    endMonth: month,
    costUsd: z.number().min(0).nullable(),
    meets: z.array(ReasonSchema),
  })
  .strict();

/** A certification people commonly hold for the move; not required, so it never delays the route. */
export const ConsiderCertificationActionSchema = z
  .object({
    kind: z.literal('consider-certification'),
    certification: IdSchema,
    eligibleMonth: month.nullable().describe('When the person would meet its experience rule on this route; null if not by the move.'),
    costUsd: z.number().min(0).nullable(),
    meets: z.array(ReasonSchema),
  })
  .strict();

export const PlanActionSchema = z.discriminatedUnion('kind', [
  GainExperienceActionSchema,
  EarnCertificationActionSchema,
  EarnDegreeActionSchema,
  ConsiderCertificationActionSchema,
]);
export type PlanAction = z.infer<typeof PlanActionSchema>;
export type GainExperienceAction = z.infer<typeof GainExperienceActionSchema>;
export type EarnCertificationAction = z.infer<typeof EarnCertificationActionSchema>;
export type EarnDegreeAction = z.infer<typeof EarnDegreeActionSchema>;
export type ConsiderCertificationAction = z.infer<typeof ConsiderCertificationActionSchema>;

export const PayAtRoleSchema = z
  .object({
    role: IdSchema,
    medianUsd: z.number().int().positive(),
    basis: z.enum(['base-salary', 'total-pay']),
    period: z.string(),
    occupation: z.string(),
    sources: z.array(IdSchema),
  })
  .strict();
export type PayAtRole = z.infer<typeof PayAtRoleSchema>;

export const PlanStepSchema = z
  .object({
    from: IdSchema,
    to: IdSchema,
    transitionKind: TransitionKindSchema,
    moveMonth: month,
    actions: z.array(PlanActionSchema).describe('What to do before the move, in order.'),
    notes: z.array(ReasonSchema).describe('Typical experience and education for the move: shown, never blocking.'),
    pay: PayAtRoleSchema.nullable().describe('Median pay in the destination role, where a source gives it.'),
    sources: z.array(IdSchema),
  })
  .strict();
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const RouteSchema = z
  .object({
    roles: z.array(IdSchema).min(1),
    totalMonths: month,
    totalMoves: month,
    totalCostUsd: z.number().min(0),
    costIncomplete: z.boolean().describe('True when some certification or degree on the route has no sourced price.'),
    steps: z.array(PlanStepSchema),
    pay: z.array(PayAtRoleSchema).describe('Median pay at each role of the route that has a sourced figure.'),
  })
  .strict();
export type Route = z.infer<typeof RouteSchema>;

export const UnreachableSchema = z
  .object({
    reason: z.enum(['no-route-in-graph', 'requirement-never-met', 'already-there']),
    message: z.string(),
  })
  .strict();
export type Unreachable = z.infer<typeof UnreachableSchema>;

export const StaticRouteSchema = z
  .object({
    roles: z.array(IdSchema).min(1),
    typicalMonths: z.number().min(0),
  })
  .strict();

export const PlanSchema = z
  .object({
    from: IdSchema,
    to: IdSchema,
    objective: ObjectiveSchema,
    routes: z.array(RouteSchema).describe('Best first.'),
    unreachable: UnreachableSchema.nullable(),
    typicalRoute: StaticRouteSchema.nullable().describe('For comparison: the route with the least typical time in roles, ignoring the profile.'),
  })
  .strict();
export type Plan = z.infer<typeof PlanSchema>;

import { z } from 'zod';
import { IdSchema } from './common.ts';
import { EducationLevelSchema, ExperienceKindSchema } from './experience.ts';
import { ObjectiveSchema, PaceSchema } from './profile.ts';
import { PAY_BASES } from './role.ts';
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
    experienceKinds: z
      .array(ExperienceKindSchema)
      .describe('What the stay builds: each kind the role counts as and every kind those nest in.'),
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
    associate: z
      .string()
      .nullable()
      .describe('What the person is between exam and eligibility, e.g. "Associate of ISC2".'),
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
    eligibleMonth: month
      .nullable()
      .describe('When the person would meet its experience rule on this route; null if not by the move.'),
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

/** One pay figure as a plan shows it, with where it comes from. */
export const PayFigureShownSchema = z
  .object({
    medianUsd: z.number().int().positive(),
    basis: z.enum(PAY_BASES),
    period: z.string(),
    occupation: z.string(),
    proxy: z
      .string()
      .nullable()
      .describe("Why a figure for another occupation stands in; null when it is the role's own."),
    lowConfidence: z.boolean(),
    sources: z.array(IdSchema),
  })
  .strict();
export type PayFigureShown = z.infer<typeof PayFigureShownSchema>;

/**
 * Pay at one role of a route: the figure compared across roles (a BLS median annual wage; null
 * = not known) and, apart, survey figures of other bases.
 */
export const PayAtRoleSchema = z
  .object({
    role: IdSchema,
    wage: PayFigureShownSchema.nullable(),
    others: z.array(PayFigureShownSchema),
  })
  .strict();
export type PayAtRole = z.infer<typeof PayAtRoleSchema>;

/** Where the length of a stay comes from: a source for this move, or an estimate from what people bring to the next role. */
export const StepTimingSchema = z
  .object({
    basis: z.enum(['sourced', 'estimated']),
    text: z.string(),
    sources: z.array(IdSchema),
  })
  .strict();
export type StepTiming = z.infer<typeof StepTimingSchema>;

export const PlanStepSchema = z
  .object({
    from: IdSchema,
    to: IdSchema,
    transitionKind: TransitionKindSchema,
    moveMonth: month.describe('The month of the move on the timeline that ranks the routes.'),
    typicalMoveMonth: month
      .nullable()
      .describe('null when the route never builds what people typically bring to a role on it.'),
    earliestMoveMonth: month,
    stayMonths: month.describe('Months in the role left before this move, on the ranking timeline.'),
    typicalStayMonths: month.nullable(),
    earliestStayMonths: month,
    timing: StepTimingSchema,
    actions: z.array(PlanActionSchema).describe('What to do before the move, in order, dated on the ranking timeline.'),
    notes: z.array(ReasonSchema).describe('What people typically bring and what is not known: shown, never blocking.'),
    pay: PayAtRoleSchema.describe('Pay in the destination role.'),
    sources: z.array(IdSchema),
  })
  .strict();
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const RouteSchema = z
  .object({
    roles: z.array(IdSchema).min(1),
    totalMonths: month.describe("Months to the target on the timeline that ranks the routes (the query's pace)."),
    typicalMonths: month
      .nullable()
      .describe(
        'null when the route never builds the experience people typically bring to one of its roles (it can be ranked only by the earliest timeline).',
      ),
    earliestMonths: month,
    totalMoves: month,
    totalCostUsd: z.number().min(0),
    costIncomplete: z.boolean().describe('True when some certification or degree on the route has no sourced price.'),
    steps: z.array(PlanStepSchema),
    pay: z
      .array(PayAtRoleSchema)
      .describe('Pay at every role of the route, in order; wage null where no figure is known.'),
  })
  .strict();
export type Route = z.infer<typeof RouteSchema>;

export const UnreachableSchema = z
  .object({
    reason: z.enum(['no-route-in-graph', 'requirement-never-met', 'already-there', 'search-limit']),
    message: z.string(),
  })
  .strict();
export type Unreachable = z.infer<typeof UnreachableSchema>;

export const LEVER_KINDS = ['earn-certification', 'gain-experience', 'finish-degree', 'first-move'] as const;

/** A single change to the person's situation and the months it would save on the shown route. */
export const LeverSchema = z
  .object({
    kind: z.enum(LEVER_KINDS),
    certification: IdSchema.optional(),
    experienceKind: ExperienceKindSchema.optional(),
    years: z.number().positive().optional(),
    education: EducationLevelSchema.optional(),
    role: IdSchema.optional().describe('For a first move: the role to move to first.'),
    monthsSaved: z.number().int().positive(),
    months: month.describe('Months to the target with the change.'),
    roles: z.array(IdSchema).min(1).describe('The route with the change.'),
    text: z.string(),
  })
  .strict();
export type Lever = z.infer<typeof LeverSchema>;

export const PlanSchema = z
  .object({
    from: IdSchema,
    to: IdSchema,
    objective: ObjectiveSchema,
    pace: PaceSchema,
    routes: z.array(RouteSchema).describe('Best first.'),
    unreachable: UnreachableSchema.nullable(),
    assumptions: z
      .array(ReasonSchema)
      .describe(
        'What the plan assumed about the profile (experience implied by certifications held, kinds that nest) and how the search went.',
      ),
  })
  .strict();
export type Plan = z.infer<typeof PlanSchema>;

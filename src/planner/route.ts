import { kindsCountedFor, type ExperienceKind, type Pace } from '../model/constants.ts';
import type {
  ConsiderCertificationAction,
  EarnCertificationAction,
  EarnDegreeAction,
  GainExperienceAction,
  PayAtRole,
  PayFigure,
  PayFigureShown,
  PlanAction,
  PlanStep,
  Reason,
  Role,
  Route,
  Transition,
} from '../model/index.ts';
import { educationLevelOf, type PlanningModel } from './model.ts';
import { certNeedsAfterWaivers } from './options.ts';
import { certificationReasons, degreeReasons, stayReasons, stepNotes, stepTiming } from './reasons.ts';
import { oncePer } from './once.ts';
import { firstMonthMeeting, type Schedule, type ScheduledStep, type Stay } from './schedule.ts';
import type { SearchStart } from './search.ts';

function shown(figure: PayFigure): PayFigureShown {
  return {
    medianUsd: figure.medianUsd,
    basis: figure.basis,
    period: figure.period,
    occupation: figure.occupation,
    proxy: figure.proxy ?? null,
    lowConfidence: figure.lowConfidence === true,
    sources: figure.sources,
  };
}

/**
 * Pay at a role: the median wage compared across roles, and survey figures of other bases apart.
 * The same for every plan, so made once per role (plans share it and never change it).
 */
export const payAt = oncePer((role: Role): PayAtRole => {
  const wage = role.pay.find((p) => p.basis === 'wage');
  return { role: role.id, wage: wage ? shown(wage) : null, others: role.pay.filter((p) => p !== wage).map(shown) };
});

/**
 * When a certification the route does not require would become available: by its experience
 * rule with what is held on arrival, or sooner through a waiver by a certification this step
 * earns, once that one is held.
 */
function eligibleForOptional(
  model: PlanningModel,
  start: SearchStart,
  stays: readonly Stay[],
  step: ScheduledStep,
  cert: number,
  ruleMonth: number,
): number | null {
  const compiled = model.certs[cert]!;
  let best = firstMonthMeeting(
    model,
    start,
    stays,
    certNeedsAfterWaivers(compiled, step.heldBefore, step.educationBefore, ruleMonth).needs,
    step.move,
  );
  for (const earned of step.certs) {
    const withWaiver = firstMonthMeeting(
      model,
      start,
      stays,
      certNeedsAfterWaivers(compiled, [...step.heldBefore, earned.cert], step.educationBefore, ruleMonth).needs,
      step.move,
    );
    if (withWaiver === null) continue;
    const month = Math.max(withWaiver, earned.held);
    if (month <= step.move && (best === null || month < best)) best = month;
  }
  return best;
}

/**
 * The kinds of experience a month in a role builds, in the usual order: each kind it counts as
 * and every kind those nest in (security management is also managing people), as the planner counts them.
 */
const kindsBuilt = oncePer((role: Role): ExperienceKind[] => kindsCountedFor(role.countsAs));

type ExpectedCertification = Transition['certifications']['expected'][number];

/** "Commonly expected for X (note)": the same for every plan through the move, so made once. */
const commonlyExpected = oncePer((expected: ExpectedCertification, toTitle: string): Reason => ({
  text: `Commonly expected for ${toTitle}${expected.note ? ` (${expected.note.replace(/\.$/, '')})` : ''}.`,
  sources: expected.sources,
}));

function stepActions(
  model: PlanningModel,
  start: SearchStart,
  schedule: Schedule,
  index: number,
  pace: Pace,
  startMonth: number,
): PlanAction[] {
  const step = schedule.steps[index]!;
  const fromRole = model.roles[step.from]!;
  const toTitle = model.roles[step.to]!.title;
  const actions: PlanAction[] = [];
  const gain: GainExperienceAction = {
    kind: 'gain-experience',
    role: fromRole.id,
    startMonth: step.arrive,
    endMonth: step.move,
    months: step.move - step.arrive,
    experienceKinds: kindsBuilt(fromRole),
    meets: stayReasons(model, start, schedule, index, pace, startMonth),
  };
  if (gain.months > 0 || gain.meets.length > 0) actions.push(gain);

  for (const degree of step.degrees) {
    const compiled = model.degrees.get(degree.level)!;
    const action: EarnDegreeAction = {
      kind: 'earn-degree',
      level: educationLevelOf(degree.level),
      startMonth: degree.start,
      endMonth: degree.end,
      costUsd: compiled.costUnknown ? null : compiled.costUsd,
      meets: degreeReasons(model, step),
    };
    actions.push(action);
  }
  for (const scheduled of step.certs) {
    const compiled = model.certs[scheduled.cert]!;
    const action: EarnCertificationAction = {
      kind: 'earn-certification',
      certification: compiled.id,
      startMonth: scheduled.start,
      examMonth: scheduled.exam,
      eligibleMonth: scheduled.eligible,
      endMonth: scheduled.held,
      costUsd: scheduled.passedBefore ? 0 : compiled.costUnknown ? null : compiled.costUsd,
      associate:
        scheduled.exam < scheduled.eligible || scheduled.passedBefore
          ? (compiled.cert.experience.beforeEligibility?.title ?? 'passed, awaiting experience')
          : null,
      waiversUsed: scheduled.waiversUsed,
      meets: certificationReasons(model, step, scheduled.cert),
    };
    actions.push(action);
  }
  for (const expected of step.edge.transition.certifications.expected) {
    const cert = model.certIndex.get(expected.id)!;
    if (step.heldAfter.includes(cert)) continue;
    const compiled = model.certs[cert]!;
    const consider: ConsiderCertificationAction = {
      kind: 'consider-certification',
      certification: compiled.id,
      eligibleMonth: compiled.experienceUnknown
        ? null
        : eligibleForOptional(model, start, schedule.stays, step, cert, startMonth + step.move),
      costUsd: compiled.costUnknown ? null : compiled.costUsd,
      meets: [commonlyExpected(expected, toTitle)],
    };
    actions.push(consider);
  }
  return actions;
}

/**
 * A route with both timelines: `ranked` is the schedule on the timeline that ranks routes
 * (the query's pace), `other` the same role sequence dated on the other timeline. Actions are
 * dated on the ranked timeline.
 */
export function buildRoute(
  model: PlanningModel,
  start: SearchStart,
  ranked: Schedule,
  other: Schedule,
  pace: Pace,
  startMonth: number,
): Route {
  const typical = pace === 'typical' ? ranked : other;
  const earliest = pace === 'typical' ? other : ranked;
  let costIncomplete = false;
  const steps: PlanStep[] = ranked.steps.map((step, i) => {
    for (const c of step.certs) if (model.certs[c.cert]!.costUnknown && !c.passedBefore) costIncomplete = true;
    for (const d of step.degrees) if (model.degrees.get(d.level)!.costUnknown) costIncomplete = true;
    const t = typical.steps[i]!;
    const e = earliest.steps[i]!;
    const toRole = model.roles[step.to]!;
    return {
      from: model.roleIds[step.from]!,
      to: toRole.id,
      transitionKind: step.edge.transition.kind,
      moveMonth: step.move,
      typicalMoveMonth: t.move,
      earliestMoveMonth: e.move,
      stayMonths: step.move - step.arrive,
      typicalStayMonths: t.move - t.arrive,
      earliestStayMonths: e.move - e.arrive,
      timing: stepTiming(model, step.edge),
      actions: stepActions(model, start, ranked, i, pace, startMonth),
      notes: stepNotes(model, step),
      pay: payAt(toRole),
      sources: step.edge.transition.sources,
    };
  });
  return {
    roles: ranked.roles.map((n) => model.roleIds[n]!),
    totalMonths: ranked.months,
    typicalMonths: typical.months,
    earliestMonths: earliest.months,
    totalMoves: ranked.moves,
    totalCostUsd: ranked.cost,
    costIncomplete,
    steps,
    pay: ranked.roles.map((n) => payAt(model.roles[n]!)),
  };
}

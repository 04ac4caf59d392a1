import { EDUCATION_LEVEL_LABELS, type Pace } from '../model/constants.ts';
import type { EntryExperience, Reason, Role, StepTiming } from '../model/index.ts';
import { certName, describeKinds, describeMonths, describeNeed, listWithOr, roleTitle } from './describe.ts';
import type { ChannelNeed, CompiledTransition, PlanningModel } from './model.ts';
import { certNeedsAfterWaivers } from './options.ts';
import { channelAt, type Schedule, type ScheduledStep } from './schedule.ts';
import type { SearchStart } from './search.ts';
import { oncePer } from './once.ts';
import { typicalMonthsOfRange } from './units.ts';

/**
 * Why a plan is dated as it is, in sentences with their sources: the reasons for each stay, for
 * each certification and degree, where a stay's length comes from, and what is not known. The
 * numbers come from the schedule; nothing here changes a date.
 */

function yearsRangeText(range: { min: number; max: number }): string {
  return range.min === range.max
    ? `${range.min} ${range.min === 1 ? 'year' : 'years'}`
    : `${range.min}–${range.max} years`;
}

function monthsRangeText(range: { min: number; max: number }): string {
  if (range.min % 12 === 0 && range.max % 12 === 0) return yearsRangeText({ min: range.min / 12, max: range.max / 12 });
  return range.min === range.max
    ? describeMonths(range.min)
    : `${describeMonths(range.min)} to ${describeMonths(range.max)}`;
}

export function entryText(entry: readonly EntryExperience[]): string {
  return entry.map((e) => `${yearsRangeText(e.years)} of ${describeKinds(e.kinds)} experience`).join(' and ');
}

type RoleEntry = NonNullable<Role['entry']>;

/** What people bring to a role, in words and with its sources, made once per role. */
const entryWords = oncePer((entry: RoleEntry): { text: string; sources: readonly string[] } => ({
  text: entryText(entry.experience),
  sources: [...new Set(entry.experience.flatMap((e) => e.sources))],
}));

/** Where the length of a stay comes from, said in the step itself (the same for every plan: made once per move). */
export function stepTiming(model: PlanningModel, edge: CompiledTransition): StepTiming {
  return timingOf(edge, model);
}

const timingOf = oncePer((edge: CompiledTransition, model: PlanningModel): StepTiming => {
  const from = roleTitle(model, edge.from);
  const to = roleTitle(model, edge.to);
  const stay = edge.transition.stay;
  if (stay.typical) {
    return {
      basis: 'sourced',
      text: `People typically spend ${monthsRangeText(stay.typical.months)} as ${from} before moving to ${to}.`,
      sources: [...stay.typical.sources, ...(stay.minimum?.sources ?? [])],
    };
  }
  const entry = model.roles[edge.to]!.entry;
  if (entry && entry.experience.length > 0) {
    return {
      basis: 'estimated',
      text: `No source gives how long people stay as ${from} before this move: estimated from what people typically bring to ${to}, ${entryWords(entry).text}.`,
      sources: [...entryWords(entry).sources],
    };
  }
  return {
    basis: 'estimated',
    text: `No source gives how long people stay as ${from} before this move or what they bring to ${to}: the plan waits only for the binding rules here, so this step may come too early.`,
    sources: [],
  };
});

interface SourcedNeeds {
  /** The move's minimum experience, each with the compiled need it became. */
  minimum: Array<{ need: ChannelNeed; sources: string[] }>;
  /** What people typically bring to the destination, each with its need on the typical timeline. */
  entry: Array<{ need: ChannelNeed; entry: EntryExperience; months: number }>;
}

/** Each sourced experience figure of a move matched with the compiled need it became (once per move). */
const sourcedNeedsOf = oncePer((edge: CompiledTransition, model: PlanningModel): SourcedNeeds => {
  const out: SourcedNeeds = { minimum: [], entry: [] };
  for (const m of edge.transition.minimumExperience ?? []) {
    const need = edge.needs.find(
      (n) =>
        model.channels[n.channel]!.kinds.every((k) => m.kinds.includes(k)) &&
        m.kinds.length === model.channels[n.channel]!.kinds.length,
    );
    if (need) out.minimum.push({ need, sources: m.sources });
  }
  for (const e of model.roles[edge.to]!.entry?.experience ?? []) {
    const months = typicalMonthsOfRange(e.years);
    const need = edge.entryNeeds.find(
      (n) =>
        n.months === months &&
        model.channels[n.channel]!.kinds.length === new Set(e.kinds).size &&
        e.kinds.every((k) => model.channels[n.channel]!.kinds.includes(k)),
    );
    if (need) out.entry.push({ need, entry: e, months });
  }
  return out;
});

function needText(model: PlanningModel, need: ChannelNeed): string {
  return describeNeed(model, need);
}

/** The reasons a stay lasts as long as it does, on the timeline the route was dated on. */
export function stayReasons(
  model: PlanningModel,
  start: SearchStart,
  schedule: Schedule,
  index: number,
  pace: Pace,
  startMonth: number,
): Reason[] {
  const step = schedule.steps[index]!;
  const { edge } = step;
  const transition = edge.transition;
  const toTitle = roleTitle(model, step.to);
  const reasons: Reason[] = [];
  const accrues = model.accrues[step.from]!;
  const sourced = sourcedNeedsOf(edge, model);
  const stay = step.move - step.arrive;
  // How long a need keeps the person in this role: the months it asks beyond what they have on
  // arrival, where this role builds it (a need this role does not build never lengthens the stay).
  const waitFor = (need: ChannelNeed) =>
    accrues[need.channel] === 1 ? need.months - channelAt(model, start, schedule.stays, step.arrive, need.channel) : 0;
  // A need is a reason for the stay only when it sets its length; one met sooner is not why the person stays.
  const waitSetsStay = (wait: number) => wait > 0 && wait >= stay;
  const sets = (need: ChannelNeed) => waitSetsStay(waitFor(need));
  let needSetsStay = false;

  for (const { need, sources } of sourced.minimum) {
    if (!sets(need)) continue;
    needSetsStay = true;
    reasons.push({ text: `The move to ${toTitle} needs ${needText(model, need)}.`, sources });
  }
  // Short on arrival of some of what people typically bring: then they do not already bring it.
  let shortOfEntry = false;
  if (pace === 'typical') {
    for (const { need, entry: e, months } of sourced.entry) {
      const wait = waitFor(need);
      if (wait > 0) shortOfEntry = true;
      if (!waitSetsStay(wait)) continue;
      needSetsStay = true;
      reasons.push({
        text: `People typically bring ${yearsRangeText(e.years)} of ${describeKinds(e.kinds)} experience to ${toTitle}; the typical timeline waits for ${describeMonths(months)}.`,
        sources: e.sources,
      });
    }
  }
  // Certifications earned for the move: their experience may be what the stay waits for.
  const certReasons: Reason[] = [];
  for (const cert of step.option.earn) {
    const { needs, used } = certNeedsAfterWaivers(
      model.certs[cert]!,
      step.heldAfter,
      step.educationAfter,
      startMonth + step.move,
    );
    if (!needs.some(sets)) continue;
    needSetsStay = true;
    const waived = used.length > 0 ? ` (after waivers: ${used.join('; ')})` : '';
    certReasons.push({
      text: `${certName(model, cert)} needs ${needs.map((n) => needText(model, n)).join(' and ')}${waived}.`,
      sources: model.certs[cert]!.cert.experience.sources,
    });
  }
  // The typical stay, where no need sets the stay's length.
  const typical = transition.stay.typical;
  if (pace === 'typical' && typical && edge.typicalStay > 0 && stay >= edge.typicalStay && !needSetsStay) {
    reasons.push({
      text: `People typically spend ${monthsRangeText(typical.months)} as ${roleTitle(model, step.from)} before this move; the typical timeline stays ${describeMonths(edge.typicalStay)}.`,
      sources: typical.sources,
    });
  }
  const minimum = transition.stay.minimum;
  if (minimum && stay === edge.minimumStay && reasons.length === 0) {
    reasons.push({
      text: `The move to ${toTitle} comes after at least ${describeMonths(minimum.months)} as ${roleTitle(model, step.from)}.`,
      sources: minimum.sources,
    });
  }
  reasons.push(...certReasons);
  // ...or, when the stay is longer than this move needs, the later move it prepares for.
  const fromRole = model.roles[step.from]!;
  const toRole = model.roles[step.to]!;
  const hasLaterStep = index + 2 < schedule.roles.length;
  if (reasons.length === 0 && stay > edge.minimumStay && hasLaterStep) {
    const lostKinds = fromRole.countsAs.filter((kind) => !toRole.countsAs.includes(kind));
    if (lostKinds.length > 0)
      reasons.push({
        text: `Staying here builds ${describeKinds(lostKinds)} experience that ${toTitle} does not give and a later step (towards ${roleTitle(model, schedule.roles[schedule.roles.length - 1]!)}) needs.`,
        sources: [],
      });
  }
  // Nothing made the stay longer: say so, rather than leave a short stay unexplained.
  const entry = model.roles[step.to]!.entry;
  if (
    reasons.length === 0 &&
    !shortOfEntry &&
    pace === 'typical' &&
    entry &&
    entry.experience.length > 0 &&
    edge.typicalStay === 0
  ) {
    // Months already in the first role count toward its least stay.
    const waits =
      stay < edge.minimumStay
        ? `your ${describeMonths(start.monthsInRole)} in the role already cover the least stay of ${describeMonths(edge.minimumStay)}`
        : `the plan waits only the least stay, ${describeMonths(stay)}`;
    reasons.push({
      text: `You already bring what people typically bring to ${toTitle} (${entryWords(entry).text}), and no source gives a usual stay before this move: ${waits}.`,
      sources: [...entryWords(entry).sources],
    });
  }
  return reasons;
}

/** Why a certification is earned on this step. */
export function certificationReasons(model: PlanningModel, step: ScheduledStep, cert: number): Reason[] {
  const { edge, option } = step;
  const toTitle = roleTitle(model, step.to);
  const meets: Reason[] = [];
  option.picks.forEach((pick, groupIndex) => {
    if (pick !== cert) return;
    const names = edge.requiredGroups[groupIndex]!.map((c) => certName(model, c));
    meets.push({
      text: `The move to ${toTitle} requires ${names.length > 1 ? `one of ${listWithOr(names)}` : names[0]}.`,
      sources: edge.transition.certifications.required[groupIndex]!.sources,
    });
  });
  for (const other of option.earn) {
    if (other === cert) continue;
    const waiver = model.certs[other]!.waivers.find(
      (w) => (w.kind === 'certification' || w.kind === 'certification-all') && w.cert === cert,
    );
    if (waiver)
      meets.push({
        text: `Holding ${certName(model, cert)} shortens ${certName(model, other)}'s experience rule (${waiver.text}).`,
        sources: model.certs[other]!.cert.experience.sources,
      });
  }
  // Earned where nothing at this move asks for it: only ever worth it before a dated rule
  // changes (moveOptions), for a move further on.
  if (meets.length === 0)
    meets.push({
      text: `Earned now rather than at a later move that needs it: a dated rule that makes ${certName(model, cert)} quicker to earn changes during the plan.`,
      sources: model.certs[cert]!.cert.experience.sources,
    });
  return meets;
}

export function degreeReasons(model: PlanningModel, step: ScheduledStep): Reason[] {
  const minimum = step.edge.transition.education.minimum!;
  return [
    {
      text: `The move to ${roleTitle(model, step.to)} needs a ${EDUCATION_LEVEL_LABELS[minimum.level]}.`,
      sources: minimum.sources,
    },
  ];
}

/** What people typically hold in a role: one note per level, with a share where some source gives one (made once per role). */
const educationNotesOf = oncePer((role: Role): readonly Reason[] => {
  const byLevel = new Map<string, { share: number | null; sources: string[] }>();
  for (const typical of role.entry?.education ?? []) {
    const seen = byLevel.get(typical.level) ?? { share: null, sources: [] };
    byLevel.set(typical.level, {
      share: seen.share ?? typical.sharePercent,
      sources: [...new Set([...seen.sources, ...typical.sources])],
    });
  }
  return [...byLevel].map(([level, { share, sources }]) => {
    const of = share === null ? '' : ` (${share}% of them)`;
    const label = EDUCATION_LEVEL_LABELS[level as keyof typeof EDUCATION_LEVEL_LABELS];
    const text =
      level === 'none'
        ? `People typically enter this role without a degree${of}.`
        : `People in this role typically hold ${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}${of}.`;
    return { text, sources };
  });
});

/** What people typically hold in the destination role, and what is not known about this step. */
export function stepNotes(model: PlanningModel, step: ScheduledStep): Reason[] {
  const notes: Reason[] = [...educationNotesOf(model.roles[step.to]!)];
  for (const cert of step.certs) {
    const compiled = model.certs[cert.cert]!;
    if (compiled.prepUnknown && !cert.passedBefore) {
      notes.push({
        text: `No source gives how long people prepare for ${compiled.cert.abbreviation}: the plan sets no study time aside for it, so start earlier than shown.`,
        sources: [],
      });
    }
    if (compiled.costUnknown && !cert.passedBefore) {
      notes.push({
        text: `No source gives the ${compiled.cert.abbreviation} exam price: the route's cost leaves it out.`,
        sources: [],
      });
    }
    const window = compiled.cert.experience.windowYears;
    if (window !== null) {
      notes.push({
        text: `${compiled.cert.issuer} counts only experience from the ${window} years before you apply for ${compiled.cert.abbreviation}. The plan counts the years you entered as falling within them and applies as soon as you are eligible, which keeps the rest within them; experience older than that does not count.`,
        sources: compiled.cert.experience.sources,
      });
    }
  }
  return notes;
}

import type { ChannelNeed, CompiledTransition, MoveOption, PlanningModel } from './model.ts';
import { certNeedsAfterWaivers, holds, union } from './options.ts';
import type { Label, SearchStart } from './search.ts';

/**
 * The dates of a route, as plain numbers: when each stay starts and ends, when study for each
 * certification and degree runs, when each certification becomes eligible and is held. Worked
 * out once per route from the label the search found; the wording layer turns it into
 * sentences.
 */
export interface Stay {
  node: number;
  arrive: number;
  leave: number;
}

export interface ScheduledCertification {
  cert: number;
  start: number;
  exam: number;
  eligible: number;
  held: number;
  /** Waivers applied, in words ("1 year for a bachelor's degree"). */
  waiversUsed: string[];
  /** The exam was passed before the plan began (associate status): no study, no fee. */
  passedBefore: boolean;
}

export interface ScheduledDegree {
  level: number;
  start: number;
  end: number;
}

export interface ScheduledStep {
  from: number;
  to: number;
  edge: CompiledTransition;
  option: MoveOption;
  /** The month the person arrived in `from`. */
  arrive: number;
  /** The month of the move. */
  move: number;
  heldBefore: readonly number[];
  heldAfter: readonly number[];
  educationBefore: number;
  educationAfter: number;
  certs: ScheduledCertification[];
  degrees: ScheduledDegree[];
}

export interface Schedule {
  roles: number[];
  stays: Stay[];
  steps: ScheduledStep[];
  months: number;
  moves: number;
  cost: number;
}

/** Uncapped months of one channel at month `t` along the route's stays. */
export function channelAt(
  model: PlanningModel,
  start: SearchStart,
  stays: readonly Stay[],
  t: number,
  channel: number,
): number {
  let months = start.channels[channel]!;
  for (let i = 0; i < stays.length; i++) {
    const stay = stays[i]!;
    if (!model.accrues[stay.node]![channel]) continue;
    const gained = Math.min(t, stay.leave) - stay.arrive;
    if (gained > 0) months += gained;
  }
  return months;
}

/** The first month at which every need is met along the route; null if not by `limit`. */
export function firstMonthMeeting(
  model: PlanningModel,
  start: SearchStart,
  stays: readonly Stay[],
  needs: readonly ChannelNeed[],
  limit: number,
): number | null {
  let month = 0;
  for (const need of needs) {
    if (start.channels[need.channel]! >= need.months) continue;
    let have = start.channels[need.channel]!;
    let reached: number | null = null;
    for (const stay of stays) {
      if (!model.accrues[stay.node]![need.channel]) continue;
      const gain = stay.leave - stay.arrive;
      if (have + gain >= need.months) {
        reached = stay.arrive + (need.months - have);
        break;
      }
      have += gain;
    }
    if (reached === null || reached > limit) return null;
    month = Math.max(month, reached);
  }
  return month;
}

interface StudyItem {
  step: number;
  deadline: number;
  months: number;
  cert?: number;
  degree?: number;
  /** When it would ideally finish: when the person becomes eligible (certifications) or as soon as possible (degrees). */
  wanted: number;
}

/**
 * Dates the study items one at a time: first the latest each may finish and still leave room
 * for those after it, then forward, finishing each as close to its ideal month as that allows.
 */
function scheduleStudy(items: readonly StudyItem[]): Array<{ start: number; end: number }> {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.deadline - items[b]!.deadline || a - b);
  const latestEnd = new Array<number>(items.length);
  let bound = Infinity;
  for (let k = order.length - 1; k >= 0; k--) {
    const item = items[order[k]!]!;
    const end = Math.min(item.deadline, bound);
    latestEnd[order[k]!] = end;
    bound = end - item.months;
  }
  const out = new Array<{ start: number; end: number }>(items.length);
  let previousEnd = 0;
  for (const i of order) {
    const item = items[i]!;
    const end = Math.max(previousEnd + item.months, Math.min(item.wanted, latestEnd[i]!));
    out[i] = { start: end - item.months, end };
    previousEnd = end;
  }
  return out;
}

/**
 * The first month a certification's experience rule holds on this route. A waiver by a
 * certification earned earlier on the route counts only from the month that one is held; the
 * rule may still be met sooner without it.
 */
export function eligibleOnRoute(
  model: PlanningModel,
  start: SearchStart,
  stays: readonly Stay[],
  cert: number,
  heldAfter: readonly number[],
  education: number,
  certHeldAt: ReadonlyMap<number, number>,
  limit: number,
  ruleMonth: number,
): number {
  const compiled = model.certs[cert]!;
  const withAll = certNeedsAfterWaivers(compiled, heldAfter, education, ruleMonth);
  let month = firstMonthMeeting(model, start, stays, withAll.needs, limit) ?? limit;
  for (const waiver of compiled.waivers) {
    if ((waiver.kind !== 'certification' && waiver.kind !== 'certification-all') || !withAll.used.includes(waiver.text))
      continue;
    const heldMonth = certHeldAt.get(waiver.cert);
    if (heldMonth !== undefined) month = Math.max(month, heldMonth);
  }
  const withoutRouteCerts = firstMonthMeeting(
    model,
    start,
    stays,
    certNeedsAfterWaivers(compiled, start.held, education, ruleMonth).needs,
    limit,
  );
  return withoutRouteCerts === null ? month : Math.min(month, withoutRouteCerts);
}

/** The labels from the start to `final`, in route order. */
export function labelChain(final: Label): Label[] {
  const chain: Label[] = [];
  for (let l: Label | null = final; l; l = l.parent) chain.push(l);
  return chain.reverse();
}

/**
 * Dates a route found by the search. `startMonth` is the plan's month 0 as an absolute month:
 * a certification follows the rules in force in the month of the move it is earned for.
 */
export function scheduleRoute(model: PlanningModel, start: SearchStart, final: Label, startMonth: number): Schedule {
  const chain = labelChain(final);
  const stays: Stay[] = [];
  for (let i = 0; i + 1 < chain.length; i++)
    stays.push({ node: chain[i]!.node, arrive: chain[i]!.time, leave: chain[i + 1]!.time });
  // What is held after each move: labels keep their sets sorted, so a move that earns nothing keeps its parent's.
  const heldAfterMove = (label: Label) =>
    label.option!.earn.length > 0 ? union(label.parent!.held, label.option!.earn) : label.parent!.held;

  // Study items across the whole route, scheduled together because study is one at a time.
  const items: StudyItem[] = [];
  chain.slice(1).forEach((label, step) => {
    const option = label.option!;
    if (option.degrees.length === 0 && option.earn.length === 0) return;
    const heldAfter = heldAfterMove(label);
    const educationAfter = Math.max(label.parent!.education, label.edge!.minimumEducation);
    for (const level of option.degrees) {
      items.push({ step, deadline: label.time, months: model.degrees.get(level)!.months!, degree: level, wanted: 0 });
    }
    for (const cert of option.earn) {
      const needs = certNeedsAfterWaivers(model.certs[cert]!, heldAfter, educationAfter, startMonth + label.time).needs;
      const eligible = firstMonthMeeting(model, start, stays, needs, label.time) ?? label.time;
      const months = holds(start.associates, cert) ? 0 : model.certs[cert]!.prepMonths;
      items.push({ step, deadline: label.time, months, cert, wanted: eligible });
    }
  });
  const dates = items.length === 0 ? [] : scheduleStudy(items);
  const certHeldAt = new Map<number, number>();

  const steps: ScheduledStep[] = chain.slice(1).map((label, step) => {
    const parent = label.parent!;
    const edge = label.edge!;
    const option = label.option!;
    const heldAfter = heldAfterMove(label);
    const educationAfter = Math.max(parent.education, edge.minimumEducation);
    const ruleMonth = startMonth + label.time;
    const stepItems: Array<{ item: StudyItem; date: { start: number; end: number } }> = [];
    for (let i = 0; i < items.length; i++)
      if (items[i]!.step === step) stepItems.push({ item: items[i]!, date: dates[i]! });

    // When each certification of this move is held: after its exam and its experience rule, and
    // after whatever its waivers rest on — a certification or degree earned for this same move
    // may finish later than the experience rule is met.
    const eligibleAt = new Map<number, number>();
    const eligibleFor = (cert: number) =>
      eligibleOnRoute(model, start, stays, cert, heldAfter, educationAfter, certHeldAt, label.time, ruleMonth);
    for (const { item, date } of stepItems) {
      if (item.cert === undefined) continue;
      const eligible = eligibleFor(item.cert);
      eligibleAt.set(item.cert, eligible);
      let held = Math.max(date.end, eligible);
      for (const waiver of model.certs[item.cert]!.waivers) {
        if (waiver.kind !== 'education' || parent.education >= waiver.level || educationAfter < waiver.level) continue;
        const degree = stepItems.find(({ item: other }) => other.degree !== undefined && other.degree >= waiver.level);
        if (degree) held = Math.max(held, degree.date.end);
      }
      certHeldAt.set(item.cert, held);
    }
    // A certification whose waiver rests on another earned for the same move is held no earlier than that one.
    for (let round = 0; round < stepItems.length; round++) {
      for (const { item } of stepItems) {
        if (item.cert === undefined) continue;
        for (const waiver of model.certs[item.cert]!.waivers) {
          if (
            (waiver.kind !== 'certification' && waiver.kind !== 'certification-all') ||
            !option.earn.includes(waiver.cert)
          )
            continue;
          certHeldAt.set(item.cert, Math.max(certHeldAt.get(item.cert)!, certHeldAt.get(waiver.cert) ?? 0));
        }
      }
    }

    // The eligibility month, again, now that every certification's month of holding is final.
    for (const { item } of stepItems) {
      if (item.cert === undefined) continue;
      const eligible = eligibleFor(item.cert);
      eligibleAt.set(item.cert, Math.min(eligible, certHeldAt.get(item.cert)!));
    }
    const certs: ScheduledCertification[] = [];
    const degrees: ScheduledDegree[] = [];
    for (const { item, date } of stepItems) {
      if (item.degree !== undefined) {
        degrees.push({ level: item.degree, start: date.start, end: date.end });
        continue;
      }
      const cert = item.cert!;
      certs.push({
        cert,
        start: date.start,
        exam: date.end,
        eligible: eligibleAt.get(cert)!,
        held: certHeldAt.get(cert)!,
        waiversUsed: certNeedsAfterWaivers(model.certs[cert]!, heldAfter, educationAfter, ruleMonth).used,
        passedBefore: holds(start.associates, cert),
      });
    }
    return {
      from: parent.node,
      to: label.node,
      edge,
      option,
      arrive: parent.time,
      move: label.time,
      heldBefore: parent.held,
      heldAfter,
      educationBefore: parent.education,
      educationAfter,
      certs,
      degrees,
    };
  });

  return {
    roles: chain.map((l) => l.node),
    stays,
    steps,
    months: final.time,
    moves: final.moves,
    cost: final.cost,
  };
}

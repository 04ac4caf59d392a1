import type {
  ConsiderCertificationAction,
  EarnCertificationAction,
  EarnDegreeAction,
  GainExperienceAction,
  PayAtRole,
  PlanAction,
  PlanStep,
  Reason,
  Role,
  Route,
} from '../model/index.ts';
import { EDUCATION_LEVEL_LABELS } from '../model/constants.ts';
import { certName, describeKinds, describeMonths, describeNeed, listWithOr } from './describe.ts';
import { educationLevelOf, type ChannelNeed, type CompiledCertification, type PlanningModel } from './model.ts';
import { certNeedsAfterWaivers, union } from './options.ts';
import type { Label, SearchStart } from './search.ts';

interface Stay {
  node: number;
  arrive: number;
  leave: number;
}

/** Uncapped months per channel at month `t` along the route's stays. */
function channelsAt(model: PlanningModel, start: SearchStart, stays: Stay[], t: number): Int32Array {
  const out = Int32Array.from(start.channels);
  for (const stay of stays) {
    const months = Math.max(0, Math.min(t, stay.leave) - stay.arrive);
    if (months === 0) continue;
    const accrues = model.accrues[stay.node]!;
    for (let ch = 0; ch < out.length; ch++) if (accrues[ch]) out[ch]! += months;
  }
  return out;
}

/** The first month at which every need is met along the route; null if not by `limit`. */
function firstMonthMeeting(model: PlanningModel, start: SearchStart, stays: Stay[], needs: ChannelNeed[], limit: number): number | null {
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

/**
 * When a certification the route does not require would become available: by its experience
 * rule with what is held on arrival, or sooner through a waiver by a certification this step
 * earns, once that one is held.
 */
function eligibleForOptional(
  model: PlanningModel,
  start: SearchStart,
  stays: Stay[],
  cert: CompiledCertification,
  heldOnArrival: readonly number[],
  education: number,
  certHeldAt: ReadonlyMap<number, number>,
  limit: number,
): number | null {
  let best = firstMonthMeeting(model, start, stays, certNeedsAfterWaivers(cert, heldOnArrival, education).needs, limit);
  for (const [waiverCert, heldMonth] of certHeldAt) {
    const withWaiver = firstMonthMeeting(model, start, stays, certNeedsAfterWaivers(cert, [...heldOnArrival, waiverCert], education).needs, limit);
    if (withWaiver === null) continue;
    const month = Math.max(withWaiver, heldMonth);
    if (month <= limit && (best === null || month < best)) best = month;
  }
  return best;
}

function pay(role: Role): PayAtRole | null {
  const figure = role.pay[0];
  if (!figure) return null;
  return {
    role: role.id,
    medianUsd: figure.medianUsd,
    basis: figure.basis,
    period: figure.period,
    occupation: figure.occupation,
    sources: figure.sources,
  };
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
function scheduleStudy(items: StudyItem[]): Array<{ start: number; end: number }> {
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
function eligibleOnRoute(
  model: PlanningModel,
  start: SearchStart,
  stays: Stay[],
  cert: number,
  heldAtStart: readonly number[],
  heldAfter: readonly number[],
  education: number,
  certHeldAt: ReadonlyMap<number, number>,
  limit: number,
): number {
  const compiled = model.certs[cert]!;
  const withAll = certNeedsAfterWaivers(compiled, heldAfter, education);
  let month = firstMonthMeeting(model, start, stays, withAll.needs, limit) ?? limit;
  for (const waiver of compiled.waivers) {
    if (waiver.kind === 'education' || !withAll.used.includes(waiver.text)) continue;
    const heldMonth = certHeldAt.get(waiver.cert);
    if (heldMonth !== undefined) month = Math.max(month, heldMonth);
  }
  const withoutRouteCerts = firstMonthMeeting(model, start, stays, certNeedsAfterWaivers(compiled, heldAtStart, education).needs, limit);
  return withoutRouteCerts === null ? month : Math.min(month, withoutRouteCerts);
}

function sourcesOfCert(model: PlanningModel, cert: number): string[] {
  return model.certs[cert]!.cert.experience.sources;
}

/** Turns the label that reached the target into dated steps with their actions and reasons. */
export function buildRoute(model: PlanningModel, start: SearchStart, final: Label): Route {
  const chain: Label[] = [];
  for (let l: Label | null = final; l; l = l.parent) chain.unshift(l);
  const stays: Stay[] = chain.slice(0, -1).map((label, i) => ({ node: label.node, arrive: label.time, leave: chain[i + 1]!.time }));
  const roleOf = (index: number) => model.graph.getNodeAttribute(model.roleIds[index]!, 'role');

  // Study items across the whole route, scheduled together because study is one at a time.
  const items: StudyItem[] = [];
  chain.slice(1).forEach((label, step) => {
    const option = label.option!;
    const heldAfter = union(label.parent!.held, option.earn);
    const educationAfter = Math.max(label.parent!.education, label.edge!.minimumEducation);
    for (const level of option.degrees) {
      items.push({ step, deadline: label.time, months: model.degrees.get(level)!.months!, degree: level, wanted: 0 });
    }
    for (const cert of option.earn) {
      const needs = certNeedsAfterWaivers(model.certs[cert]!, heldAfter, educationAfter).needs;
      const eligible = firstMonthMeeting(model, start, stays, needs, label.time) ?? label.time;
      items.push({ step, deadline: label.time, months: model.certs[cert]!.prepMonths, cert, wanted: eligible });
    }
  });
  const dates = scheduleStudy(items);
  const certHeldAt = new Map<number, number>();

  let costIncomplete = false;
  const steps: PlanStep[] = chain.slice(1).map((label, step) => {
    const parent = label.parent!;
    const edge = label.edge!;
    const option = label.option!;
    const transition = edge.transition;
    const toRole = roleOf(label.node);
    const toTitle = toRole.title;
    const actions: PlanAction[] = [];
    const heldAfter = union(parent.held, option.earn);
    const educationAfter = Math.max(parent.education, edge.minimumEducation);

    // Why the stay lasts as long as it does: the experience needs of this move it serves...
    const stayMeets: Reason[] = [];
    const arrivalChannels = channelsAt(model, start, stays, parent.time);
    const accrues = model.accrues[parent.node]!;
    for (const m of transition.minimumExperience ?? []) {
      const need = option.needs.find((n) => model.channels[n.channel]!.kinds.join('|') === [...new Set(m.kinds)].sort().join('|'));
      if (need && accrues[need.channel] && arrivalChannels[need.channel]! < need.months) {
        stayMeets.push({ text: `The move to ${toTitle} needs ${describeNeed(model, { channel: need.channel, months: Math.ceil(m.years * 12) })}.`, sources: m.sources });
      }
    }
    for (const cert of option.earn) {
      const { needs, used } = certNeedsAfterWaivers(model.certs[cert]!, heldAfter, educationAfter);
      const short = needs.filter((n) => accrues[n.channel] && arrivalChannels[n.channel]! < n.months);
      if (short.length === 0) continue;
      const waived = used.length > 0 ? ` (after waivers: ${used.join('; ')})` : '';
      stayMeets.push({ text: `${certName(model, cert)} needs ${needs.map((n) => describeNeed(model, n)).join(' and ')}${waived}.`, sources: sourcesOfCert(model, cert) });
    }
    // ...or, when the stay is longer than this move needs, the later move it prepares for.
    const lostKinds = roleOf(parent.node).countsAs.filter((kind) => !roleOf(label.node).countsAs.includes(kind));
    if (stayMeets.length === 0 && label.time > parent.time && lostKinds.length > 0) {
      const later = chain.slice(step + 2).map((l) => roleOf(l.node).title);
      stayMeets.push({
        text: `Staying here builds ${describeKinds(lostKinds)} experience that ${toTitle} does not give and a later step${later.length ? ` (towards ${later[later.length - 1]})` : ''} needs.`,
        sources: [],
      });
    } else if (label.time > parent.time && stayMeets.length > 0 && lostKinds.length > 0 && chain.length > step + 2) {
      const nowNeeded = Math.max(0, ...option.needs.map((n) => (accrues[n.channel] ? n.months - arrivalChannels[n.channel]! : 0)), parent.study + option.studyMonths - parent.time);
      if (label.time - parent.time > nowNeeded) {
        stayMeets.push({
          text: `The extra ${describeMonths(label.time - parent.time - nowNeeded)} here build ${describeKinds(lostKinds)} experience that ${toTitle} does not give and a later step needs.`,
          sources: [],
        });
      }
    }
    const fromRole = roleOf(parent.node);
    const gain: GainExperienceAction = {
      kind: 'gain-experience',
      role: fromRole.id,
      startMonth: parent.time,
      endMonth: label.time,
      months: label.time - parent.time,
      experienceKinds: fromRole.countsAs,
      meets: stayMeets,
    };
    if (gain.months > 0 || stayMeets.length > 0) actions.push(gain);

    // When each certification of this move is held: after its exam and its experience rule, and
    // after whatever its waivers rest on — a certification or degree earned for this same move
    // may finish later than the experience rule is met.
    const stepItems = items.map((item, i) => ({ item, date: dates[i]! })).filter(({ item }) => item.step === step);
    for (const { item, date } of stepItems) {
      if (item.cert === undefined) continue;
      const eligible = eligibleOnRoute(model, start, stays, item.cert, chain[0]!.held, heldAfter, educationAfter, certHeldAt, label.time);
      let held = Math.max(date.end, eligible);
      for (const waiver of model.certs[item.cert]!.waivers) {
        if (waiver.kind !== 'education' || parent.education >= waiver.level || educationAfter < waiver.level) continue;
        const degree = stepItems.find(({ item: other }) => other.degree !== undefined && other.degree >= waiver.level);
        if (degree) held = Math.max(held, degree.date.end);
      }
      certHeldAt.set(item.cert, held);
    }
    for (let round = 0; round < stepItems.length; round++) {
      for (const { item } of stepItems) {
        if (item.cert === undefined) continue;
        for (const waiver of model.certs[item.cert]!.waivers) {
          if (waiver.kind === 'education' || !option.earn.includes(waiver.cert)) continue;
          certHeldAt.set(item.cert, Math.max(certHeldAt.get(item.cert)!, certHeldAt.get(waiver.cert) ?? 0));
        }
      }
    }

    items.forEach((item, i) => {
      if (item.step !== step) return;
      const { start: startMonth, end: examMonth } = dates[i]!;
      if (item.degree !== undefined) {
        const degree = model.degrees.get(item.degree)!;
        if (degree.costUnknown) costIncomplete = true;
        const level = educationLevelOf(item.degree);
        const minimum = transition.education.minimum!;
        const action: EarnDegreeAction = {
          kind: 'earn-degree',
          level,
          startMonth,
          endMonth: examMonth,
          costUsd: degree.costUnknown ? null : degree.costUsd,
          meets: [{ text: `The move to ${toTitle} needs a ${EDUCATION_LEVEL_LABELS[minimum.level]}.`, sources: minimum.sources }],
        };
        actions.push(action);
        return;
      }
      const cert = item.cert!;
      const compiled = model.certs[cert]!;
      if (compiled.costUnknown) costIncomplete = true;
      const { used } = certNeedsAfterWaivers(compiled, heldAfter, educationAfter);
      const eligibleMonth = eligibleOnRoute(model, start, stays, cert, chain[0]!.held, heldAfter, educationAfter, certHeldAt, label.time);
      const endMonth = certHeldAt.get(cert)!;
      const meets: Reason[] = [];
      option.picks.forEach((pick, groupIndex) => {
        if (pick !== cert) return;
        const names = edge.requiredGroups[groupIndex]!.map((c) => certName(model, c));
        const text = `The move to ${toTitle} requires ${names.length > 1 ? `one of ${listWithOr(names)}` : names[0]}.`;
        meets.push({ text, sources: transition.certifications.required[groupIndex]!.sources });
      });
      for (const other of option.earn) {
        if (other === cert) continue;
        const waiver = model.certs[other]!.waivers.find((w) => w.kind !== 'education' && w.cert === cert);
        if (waiver) meets.push({ text: `Holding ${certName(model, cert)} shortens ${certName(model, other)}'s experience rule (${waiver.text}).`, sources: sourcesOfCert(model, other) });
      }
      const associate = examMonth < eligibleMonth ? compiled.cert.experience.beforeEligibility?.title ?? 'passed, awaiting experience' : null;
      const action: EarnCertificationAction = {
        kind: 'earn-certification',
        certification: compiled.id,
        startMonth,
        examMonth,
        eligibleMonth,
        endMonth,
        costUsd: compiled.costUnknown ? null : compiled.costUsd,
        associate,
        waiversUsed: used,
        meets,
      };
      actions.push(action);
    });

    for (const expected of transition.certifications.expected) {
      const cert = model.certIndex.get(expected.id)!;
      if (heldAfter.includes(cert)) continue;
      const compiled = model.certs[cert]!;
      const consider: ConsiderCertificationAction = {
        kind: 'consider-certification',
        certification: compiled.id,
        eligibleMonth: compiled.experienceUnknown ? null : eligibleForOptional(model, start, stays, compiled, parent.held, parent.education, certHeldAt, label.time),
        costUsd: compiled.costUnknown ? null : compiled.costUsd,
        meets: [{ text: `Commonly expected for ${toTitle}${expected.note ? ` (${expected.note.replace(/\.$/, '')})` : ''}.`, sources: expected.sources }],
      };
      actions.push(consider);
    }

    const notes: Reason[] = [];
    for (const typical of transition.typicalExperience ?? []) {
      const years = typeof typical.years === 'number' ? `${typical.years}` : `${typical.years.min}-${typical.years.max}`;
      notes.push({ text: `People typically have ${years} years of ${describeKinds(typical.kinds)} experience when they make this move.`, sources: typical.sources });
    }
    for (const typical of transition.education.typical ?? []) {
      const share = typical.sharePercent === null ? '' : ` (${typical.sharePercent}% of them)`;
      notes.push({ text: `People in this role typically hold a ${EDUCATION_LEVEL_LABELS[typical.level]}${share}.`, sources: typical.sources });
    }
    if (transition.typicalMonthsInRole) {
      const m = transition.typicalMonthsInRole.months;
      const text = typeof m === 'number' ? describeMonths(m) : `${describeMonths(m.min)} to ${describeMonths(m.max)}`;
      notes.push({ text: `People typically spend ${text} as ${fromRole.title} before this move.`, sources: transition.typicalMonthsInRole.sources });
    }
    if (transition.minimumExperience === null) {
      notes.push({ text: `No source gives a minimum experience for this move; the plan does not wait for one.`, sources: [] });
    }

    return {
      from: fromRole.id,
      to: toRole.id,
      transitionKind: transition.kind,
      moveMonth: label.time,
      actions,
      notes,
      pay: pay(toRole),
      sources: transition.sources,
    };
  });

  return {
    roles: chain.map((l) => model.roleIds[l.node]!),
    totalMonths: final.time,
    totalMoves: final.moves,
    totalCostUsd: final.cost,
    costIncomplete,
    steps,
    pay: chain.map((l) => pay(roleOf(l.node))).filter((p): p is PayAtRole => p !== null),
  };
}


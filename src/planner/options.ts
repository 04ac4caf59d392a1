import type { Pace } from '../model/constants.ts';
import type {
  ChannelNeed,
  CompiledCertification,
  CompiledTransition,
  CompiledWaiver,
  MoveOption,
  PlanningModel,
} from './model.ts';

/** A set of certifications, as a sorted array of indices (the sets are tiny). */
export type CertSet = readonly number[];

export function holds(set: CertSet, cert: number): boolean {
  return set.includes(cert);
}

/** The certifications of both sets, ascending, each once. Sets hold a handful of ids, so insertion beats a sort. */
export function union(a: CertSet, b: CertSet): number[] {
  const out: number[] = [];
  const insert = (cert: number) => {
    let i = out.length;
    while (i > 0 && out[i - 1]! > cert) i--;
    if (i > 0 && out[i - 1] === cert) return;
    out.splice(i, 0, cert);
  };
  for (const cert of a) insert(cert);
  for (const cert of b) insert(cert);
  return out;
}

export function inForceAt(waiver: CompiledWaiver, month: number): boolean {
  return (waiver.from === null || month >= waiver.from) && (waiver.until === null || month <= waiver.until);
}

function mergeInto(needs: ChannelNeed[], need: ChannelNeed): void {
  const existing = needs.find((n) => n.channel === need.channel);
  if (existing) existing.months = Math.max(existing.months, need.months);
  else needs.push({ ...need });
}

/**
 * The experience a certification needs once waivers are applied, under the rules in force in
 * `month` (absolute): waivers count only when the degree or certification behind them is held;
 * together they remove at most the issuer's maximum, from the first (general) requirement. Where
 * the issuer lets other experience stand in for part of it (CISA: a year of IS work), the first
 * requirement becomes "N of the wider channel, of which at least N − s of its own kinds".
 */
export function certNeedsAfterWaivers(
  cert: CompiledCertification,
  held: CertSet,
  education: number,
  month: number,
): { needs: ChannelNeed[]; used: string[] } {
  let waived = 0;
  const used: string[] = [];
  const substitutions: Array<{ channel: number; months: number; text: string }> = [];
  for (const waiver of cert.waivers) {
    if (!inForceAt(waiver, month)) continue;
    if (waiver.kind === 'certification-all') {
      if (holds(held, waiver.cert)) return { needs: [], used: [waiver.text] };
    } else if (waiver.kind === 'experience') {
      substitutions.push(waiver);
    } else if (waiver.kind === 'certification' ? holds(held, waiver.cert) : education >= waiver.level) {
      waived += waiver.months;
      used.push(waiver.text);
    }
  }
  waived = Math.min(waived, cert.maxWaiverMonths);
  if (cert.needs.length === 0) return { needs: cert.needs, used: [] };
  const [first, ...rest] = cert.needs;
  const base = Math.max(0, first!.months - waived);
  const needs: ChannelNeed[] = [];
  let room = Math.max(0, cert.maxWaiverMonths - waived);
  let own = base;
  for (const s of substitutions) {
    const take = Math.min(s.months, room, own);
    if (take <= 0) continue;
    room -= take;
    own -= take;
    mergeInto(needs, { channel: s.channel, months: base });
    used.push(s.text);
  }
  if (waived === 0 && own === first!.months) return { needs: cert.needs, used };
  mergeInto(needs, { channel: first!.channel, months: own });
  for (const need of rest) mergeInto(needs, need);
  return { needs, used };
}

/** The least a certification can ever ask, every waiver applied: what holding it says about its holder. */
export function certNeedsAtBest(cert: CompiledCertification): ChannelNeed[] {
  if (cert.waivers.some((w) => w.kind === 'certification-all')) return [];
  let waivable = 0;
  for (const w of cert.waivers) if (w.kind === 'education' || w.kind === 'certification') waivable += w.months;
  waivable = Math.min(waivable, cert.maxWaiverMonths);
  const substitution = cert.waivers.filter((w) => w.kind === 'experience').reduce((sum, w) => sum + w.months, 0);
  const lowest = Math.min(cert.maxWaiverMonths, waivable + substitution);
  return cert.needs.map((need, i) =>
    i === 0 ? { channel: need.channel, months: Math.max(0, need.months - lowest) } : need,
  );
}

/** Degrees to earn, lowest first, to go from `from` up to `to`; null if a step has no sourced duration. */
export function degreeChain(model: PlanningModel, from: number, to: number): number[] | null {
  const chain: number[] = [];
  let level = to;
  while (level > from) {
    const degree = model.degrees.get(level);
    if (!degree || degree.months === null) return null;
    chain.unshift(level);
    level = Math.max(degree.requires, from);
    if (degree.requires >= degree.level) return null;
  }
  return chain;
}

/** What every option of a search shares: the timeline it plans, the periods of the rules, exams already passed. */
export interface OptionContext {
  pace: Pace;
  /** An absolute month inside each period of the rules, in order (one when no rule changes during the plan). */
  ruleMonths: readonly number[];
  /** Certifications whose exam is already passed (held as an associate): no study, no exam fee. */
  associates: CertSet;
}

function cartesian<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

/**
 * Every set of extra certifications worth earning alongside `base`: for each certification
 * in the set, any of its waiver certifications not yet held may be earned too (and theirs).
 * With `throughHeld`, the waivers of held certifications in the set are followed as well, and
 * the held ones are left out of the sets returned: what a person without them could earn.
 */
function waiverClosures(model: PlanningModel, base: number[], held: CertSet, throughHeld = false): number[][] {
  const results = new Map<string, number[]>();
  const visit = (set: number[]) => {
    const key = set.join(',');
    if (results.has(key)) return;
    results.set(key, set);
    for (const cert of set) {
      for (const waiver of model.certs[cert]!.waivers) {
        if (
          (waiver.kind !== 'certification' && waiver.kind !== 'certification-all') ||
          (!throughHeld && holds(held, waiver.cert)) ||
          set.includes(waiver.cert)
        )
          continue;
        visit(union(set, [waiver.cert]));
      }
    }
  };
  visit([...base].sort((a, b) => a - b));
  // Two sets may be the same once the held ones are left out: the caller keeps one of each.
  const sets = [...results.values()];
  return throughHeld ? sets.map((set) => set.filter((c) => !holds(held, c))) : sets;
}

function moveNeeds(edge: CompiledTransition, pace: Pace): ChannelNeed[] {
  const needs = edge.needs.map((n) => ({ ...n }));
  if (pace === 'typical') edge.entryNeeds.forEach((n) => mergeInto(needs, n));
  return needs;
}

/**
 * The ways to satisfy a transition given what is held: one certification from each
 * unsatisfied group (plus any waiver certifications that shorten its experience rule),
 * and the degrees its minimum education needs. An empty list means the move can never be
 * made (a degree with no sourced duration).
 */
export function moveOptions(
  model: PlanningModel,
  edge: CompiledTransition,
  held: CertSet,
  education: number,
  context: OptionContext,
): readonly MoveOption[] {
  const { pace, ruleMonths } = context;
  // The common case first, without building anything: no certification rule, no degree to earn.
  if (edge.requiredGroups.length === 0 && edge.minimumEducation <= education) {
    const free = edge.freeOptions[pace];
    if (free) return free;
  }
  const degrees = edge.minimumEducation > education ? degreeChain(model, education, edge.minimumEducation) : [];
  if (degrees === null) return [];
  // The groups to pick a certification for: those no held certification meets. Earning later is
  // never slower while the rules stay the same (experience only grows), but a waiver that stops
  // applying during the plan can make a certification quicker to earn now; then every group is
  // picked for, a held pick earning nothing itself but its waiver certifications alongside, so
  // holding more never takes an option away.
  const rulesChange = ruleMonths.length > 1;
  const groupChoices = edge.requiredGroups.filter((group) => rulesChange || !group.some((c) => holds(held, c)));
  // Most moves ask for no certification: their single option does not depend on what is held,
  // and the search asks for it at every label, so it is made once (options are never mutated).
  if (groupChoices.length === 0 && degrees.length === 0) {
    let free = edge.requiredGroups.length === 0 ? edge.freeOptions[pace] : undefined;
    if (!free) {
      const needs = moveNeeds(edge, pace).filter((n) => n.months > 0);
      free = [
        {
          earn: [],
          degrees: [],
          picks: edge.requiredGroups.map((g) => g.find((c) => holds(held, c))!),
          needsByRule: [needs],
          studyMonths: 0,
          costUsd: 0,
        },
      ];
      if (edge.requiredGroups.length === 0) edge.freeOptions[pace] = free;
    }
    return free;
  }
  const educationAfter = Math.max(education, edge.minimumEducation);
  const degreeMonths = degrees.reduce((sum, level) => sum + model.degrees.get(level)!.months!, 0);
  const degreeCost = degrees.reduce((sum, level) => sum + model.degrees.get(level)!.costUsd, 0);
  const options: MoveOption[] = [];
  const seen = new Set<string>();
  for (const picks of cartesian(groupChoices)) {
    const base = [...new Set(picks)];
    for (const earn of waiverClosures(model, base, held, rulesChange)) {
      const key = earn.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      const heldAfter = union(held, earn);
      const needsByRule = ruleMonths.map((month) => {
        const needs = moveNeeds(edge, pace);
        for (const cert of earn)
          for (const need of certNeedsAfterWaivers(model.certs[cert]!, heldAfter, educationAfter, month).needs)
            mergeInto(needs, need);
        return needs.filter((n) => n.months > 0);
      });
      const studied = earn.filter((c) => !holds(context.associates, c));
      options.push({
        earn,
        degrees,
        picks: edge.requiredGroups.map(
          (group) => group.find((c) => holds(held, c)) ?? group.find((c) => earn.includes(c))!,
        ),
        needsByRule,
        studyMonths: degreeMonths + studied.reduce((sum, c) => sum + model.certs[c]!.prepMonths, 0),
        costUsd: degreeCost + studied.reduce((sum, c) => sum + model.certs[c]!.costUsd, 0),
      });
    }
  }
  return options;
}

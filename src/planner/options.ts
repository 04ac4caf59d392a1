import type { ChannelNeed, CompiledCertification, CompiledTransition, PlanningModel } from './model.ts';

/** A set of certifications, as a sorted array of indices (the sets are tiny). */
export type CertSet = readonly number[];

export function holds(set: CertSet, cert: number): boolean {
  return set.includes(cert);
}

export function union(a: CertSet, b: CertSet): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * The experience a certification needs once waivers are applied: waivers count only when
 * the degree or certification behind them is held; together they remove at most the
 * issuer's maximum, from the first (general) requirement.
 */
export function certNeedsAfterWaivers(cert: CompiledCertification, held: CertSet, education: number): { needs: ChannelNeed[]; used: string[] } {
  let waived = 0;
  const used: string[] = [];
  for (const waiver of cert.waivers) {
    if (waiver.kind === 'certification-all') {
      if (holds(held, waiver.cert)) return { needs: [], used: [waiver.text] };
    } else if (waiver.kind === 'certification' ? holds(held, waiver.cert) : education >= waiver.level) {
      waived += waiver.months;
      used.push(waiver.text);
    }
  }
  waived = Math.min(waived, cert.maxWaiverMonths);
  if (waived === 0 || cert.needs.length === 0) return { needs: cert.needs, used: [] };
  const [first, ...rest] = cert.needs;
  return { needs: [{ channel: first!.channel, months: Math.max(0, first!.months - waived) }, ...rest], used };
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

/** One way to meet a move's certification and education requirements. */
export interface MoveOption {
  /** Certifications to earn before the move (not held yet), in index order. */
  earn: number[];
  /** Degrees to finish before the move, lowest first. */
  degrees: number[];
  /** For each required group, the certification that meets it. */
  picks: number[];
  needs: ChannelNeed[];
  studyMonths: number;
  costUsd: number;
}

function cartesian<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

/**
 * Every set of extra certifications worth earning alongside `base`: for each certification
 * in the set, any of its waiver certifications not yet held may be earned too (and theirs).
 */
function waiverClosures(model: PlanningModel, base: number[], held: CertSet): number[][] {
  const results = new Map<string, number[]>();
  const visit = (set: number[]) => {
    const key = set.join(',');
    if (results.has(key)) return;
    results.set(key, set);
    for (const cert of set) {
      for (const waiver of model.certs[cert]!.waivers) {
        if (waiver.kind === 'education' || holds(held, waiver.cert) || set.includes(waiver.cert)) continue;
        visit(union(set, [waiver.cert]));
      }
    }
  };
  visit([...base].sort((a, b) => a - b));
  return [...results.values()];
}

/**
 * The ways to satisfy a transition given what is held: one certification from each
 * unsatisfied group (plus any waiver certifications that shorten its experience rule),
 * and the degrees its minimum education needs. An empty list means the move can never be
 * made (a degree with no sourced duration).
 */
/** The one way to make a move that needs no certification and no new degree, built once per move. */
const freeOptions = new WeakMap<CompiledTransition, readonly MoveOption[]>();

export function moveOptions(model: PlanningModel, edge: CompiledTransition, held: CertSet, education: number): readonly MoveOption[] {
  const degrees = edge.minimumEducation > education ? degreeChain(model, education, edge.minimumEducation) : [];
  if (degrees === null) return [];
  // Most moves ask for no certification: their single option does not depend on what is held,
  // and the search asks for it at every label, so it is made once (options are never mutated).
  if (edge.requiredGroups.length === 0 && degrees.length === 0) {
    let free = freeOptions.get(edge);
    if (!free) {
      free = [{ earn: [], degrees: [], picks: [], needs: edge.needs.filter((n) => n.months > 0).map((n) => ({ ...n })), studyMonths: 0, costUsd: 0 }];
      freeOptions.set(edge, free);
    }
    return free;
  }
  const educationAfter = Math.max(education, edge.minimumEducation);
  const openGroups = edge.requiredGroups.filter((group) => !group.some((c) => holds(held, c)));
  const degreeMonths = degrees.reduce((sum, level) => sum + model.degrees.get(level)!.months!, 0);
  const degreeCost = degrees.reduce((sum, level) => sum + model.degrees.get(level)!.costUsd, 0);
  const options: MoveOption[] = [];
  const seen = new Set<string>();
  for (const picks of cartesian(openGroups)) {
    const base = [...new Set(picks)];
    for (const earn of waiverClosures(model, base, held)) {
      const key = earn.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      const heldAfter = union(held, earn);
      const needs: ChannelNeed[] = edge.needs.map((n) => ({ ...n }));
      for (const cert of earn) {
        for (const need of certNeedsAfterWaivers(model.certs[cert]!, heldAfter, educationAfter).needs) {
          const existing = needs.find((n) => n.channel === need.channel);
          if (existing) existing.months = Math.max(existing.months, need.months);
          else needs.push({ ...need });
        }
      }
      options.push({
        earn,
        degrees,
        picks: edge.requiredGroups.map((group) => group.find((c) => holds(held, c)) ?? group.find((c) => earn.includes(c))!),
        needs: needs.filter((n) => n.months > 0),
        studyMonths: degreeMonths + earn.reduce((sum, c) => sum + model.certs[c]!.prepMonths, 0),
        costUsd: degreeCost + earn.reduce((sum, c) => sum + model.certs[c]!.costUsd, 0),
      });
    }
  }
  return options;
}

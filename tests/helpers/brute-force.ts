/**
 * An independent, deliberately simple re-implementation of the planning model, used only to
 * check the engine: it tries every simple path, every way to meet each move's certification
 * rules, and for each the best month-by-month schedule. It shares no code with
 * src/planner beyond the data types.
 */
import type { RoleGraph } from '../../src/graph/role-graph.ts';
import { EDUCATION_LEVELS, type Certification, type ExperienceKind, type Objective, type Profile } from '../../src/model/index.ts';

interface Need {
  key: string;
  kinds: ExperienceKind[];
  months: number;
}

interface Decision {
  earn: string[];
  degreeMonths: number;
  degreeCost: number;
  educationAfter: number;
  needs: Need[];
  cost: number;
  study: number;
}

export interface BruteBest {
  roles: string[];
  months: number;
  moves: number;
  cost: number;
}

const rank = (level: string) => EDUCATION_LEVELS.indexOf(level as (typeof EDUCATION_LEVELS)[number]);
const keyOf = (kinds: readonly string[]) => [...new Set(kinds)].sort().join('|');
const toMonths = (amount: { years?: number; hours?: number }) =>
  amount.years !== undefined ? Math.ceil(amount.years * 12 - 1e-9) : Math.ceil(((amount.hours ?? 0) / 2080) * 12 - 1e-9);

function certNeeds(cert: Certification, held: Set<string>, education: number): Need[] {
  const required = cert.experience.required ?? [];
  if (required.length === 0) return [];
  let waived = 0;
  for (const w of cert.experience.waivers) {
    if ('waivesAll' in w) {
      if (held.has(w.certification)) return [];
    } else if ('certification' in w) {
      if (held.has(w.certification)) waived += Math.ceil(w.years * 12 - 1e-9);
    } else if (education >= rank(w.education)) waived += Math.ceil(w.years * 12 - 1e-9);
  }
  const max = cert.experience.maxWaiverYears === null ? Infinity : Math.ceil(cert.experience.maxWaiverYears * 12 - 1e-9);
  waived = Math.min(waived, max);
  return required.map((amount, i) => ({
    key: keyOf(amount.kinds),
    kinds: amount.kinds,
    months: Math.max(0, toMonths(amount as { years?: number; hours?: number }) - (i === 0 ? waived : 0)),
  }));
}

function prepMonths(cert: Certification): number {
  const p = cert.preparation.typicalMonths;
  return p === null ? 0 : Math.ceil(typeof p === 'number' ? p : p.max);
}

function subsets<T>(items: T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => acc.concat(acc.map((s) => [...s, item])), [[]]);
}

export function bruteForceBest(graph: RoleGraph, from: string, to: string, profile: Profile, objective: Objective, maxPathLength = 12): BruteBest | null {
  const certs = graph.getAttribute('certifications');
  const degrees = graph.getAttribute('degrees');

  // Caps: more months than any requirement asks changes nothing.
  const cap = new Map<string, number>();
  const raise = (key: string, months: number) => cap.set(key, Math.max(cap.get(key) ?? 0, months));
  for (const cert of certs.values()) for (const a of cert.experience.required ?? []) raise(keyOf(a.kinds), toMonths(a as { years?: number; hours?: number }));
  graph.forEachEdge((_e, { transition }) => transition.minimumExperience?.forEach((m) => raise(keyOf(m.kinds), Math.ceil(m.years * 12 - 1e-9))));
  const channelKeys = [...cap.keys()].sort();
  const countsAs = (role: string) => new Set(graph.getNodeAttribute(role, 'role').countsAs);
  const accrues = (role: string, key: string) => key.split('|').some((k) => countsAs(role).has(k as ExperienceKind));

  const initial = channelKeys.map((key) => {
    let months = 0;
    for (const kind of key.split('|')) months = Math.max(months, Math.floor((profile.experienceYears[kind as ExperienceKind] ?? 0) * 12 + 1e-9));
    if (profile.monthsInCurrentRole !== undefined && accrues(from, key)) months = Math.max(months, profile.monthsInCurrentRole);
    return Math.min(months, cap.get(key)!);
  });

  // Every simple path.
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    if (last === to) {
      paths.push([...path]);
      return;
    }
    if (path.length > maxPathLength) return;
    for (const next of graph.outNeighbors(last)) if (!path.includes(next)) walk([...path, next]);
  };
  walk([from]);

  const degreeChainMonths = (fromLevel: number, toLevel: number): { months: number; cost: number } | null => {
    let months = 0;
    let cost = 0;
    let level = toLevel;
    while (level > fromLevel) {
      const degree = degrees.find((d) => rank(d.level) === level);
      if (!degree || !degree.typicalMonths) return null;
      months += Math.ceil(degree.typicalMonths.months);
      const perYear = degree.costPerYear[0];
      if (perYear) cost += Math.round((perYear.usd * degree.typicalMonths.months) / 12);
      if (rank(degree.requires) >= level) return null;
      level = Math.max(rank(degree.requires), fromLevel);
    }
    return { months, cost };
  };

  // The ways to meet one move's rules: one certification per open group, plus any of the
  // waiver certifications (transitively) of those.
  const decisionsFor = (fromRole: string, toRole: string, held: Set<string>, education: number): Decision[] => {
    const transition = graph.getEdgeAttribute(fromRole, toRole, 'transition');
    let educationAfter = education;
    let degreeMonths = 0;
    let degreeCost = 0;
    const minimum = transition.education.minimum ? rank(transition.education.minimum.level) : 0;
    if (minimum > education) {
      const chain = degreeChainMonths(education, minimum);
      if (!chain) return [];
      degreeMonths = chain.months;
      degreeCost = chain.cost;
      educationAfter = minimum;
    }
    const open = transition.certifications.required.map((g) => [...new Set(g.anyOf)]).filter((g) => !g.some((c) => held.has(c)));
    let picks: string[][] = [[]];
    for (const group of open) picks = picks.flatMap((p) => group.map((c) => [...p, c]));
    const out: Decision[] = [];
    const seen = new Set<string>();
    for (const pick of picks) {
      const base = [...new Set(pick)];
      const extra = new Set<string>();
      const grow = (ids: string[]) => {
        for (const id of ids) {
          for (const w of certs.get(id)!.experience.waivers) {
            if ('certification' in w && !held.has(w.certification) && !base.includes(w.certification) && !extra.has(w.certification)) {
              extra.add(w.certification);
              grow([w.certification]);
            }
          }
        }
      };
      grow(base);
      for (const more of subsets([...extra])) {
        const earn = [...new Set([...base, ...more])].sort();
        const key = earn.join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        const heldAfter = new Set([...held, ...earn]);
        const needs: Need[] = (transition.minimumExperience ?? []).map((m) => ({ key: keyOf(m.kinds), kinds: m.kinds, months: Math.ceil(m.years * 12 - 1e-9) }));
        for (const id of earn) needs.push(...certNeeds(certs.get(id)!, heldAfter, educationAfter));
        const examCost = earn.reduce((s, id) => s + (certs.get(id)!.exam.costs[0]?.usd ?? 0), 0);
        out.push({
          earn,
          degreeMonths,
          degreeCost,
          educationAfter,
          needs,
          cost: examCost + degreeCost,
          study: degreeMonths + earn.reduce((s, id) => s + prepMonths(certs.get(id)!), 0),
        });
      }
    }
    return out;
  };

  // Month by month: the earliest month the path's last role is reached, for fixed decisions.
  // Only the channels this path's requirements mention are tracked, capped at the most they
  // ask, and a state is dropped when another at the same position has at least as much of
  // every channel (it can do anything the dropped one can).
  const earliestArrival = (path: string[], decisions: Decision[], giveUpAfter: number): number | null => {
    const studyBy = decisions.map((_, i) => decisions.slice(0, i + 1).reduce((s, d) => s + d.study, 0));
    const used = [...new Set(decisions.flatMap((d) => d.needs.filter((n) => n.months > 0).map((n) => n.key)))];
    const pathCap = used.map((key) => Math.max(...decisions.flatMap((d) => d.needs.filter((n) => n.key === key).map((n) => n.months))));
    const start = used.map((key, i) => Math.min(pathCap[i]!, initial[channelKeys.indexOf(key)]!));
    const grows = path.map((role) => used.map((key) => accrues(role, key)));
    const allowed = (position: number, channels: number[], month: number) => {
      if (studyBy[position]! > month) return false;
      return decisions[position]!.needs.every((need) => need.months === 0 || channels[used.indexOf(need.key)]! >= need.months);
    };
    const covers = (a: number[], b: number[]) => a.every((v, i) => v >= b[i]!);
    const insert = (frontier: number[][], channels: number[]): boolean => {
      if (frontier.some((f) => covers(f, channels))) return false;
      for (let i = frontier.length - 1; i >= 0; i--) if (covers(channels, frontier[i]!)) frontier.splice(i, 1);
      frontier.push(channels);
      return true;
    };
    let states: number[][][] = path.map(() => []);
    states[0]!.push(start);
    for (let month = 0; month <= giveUpAfter; month++) {
      // Moves take no time: several may happen in the same month.
      for (let position = 0; position < path.length - 1; position++) {
        for (const channels of states[position]!) {
          if (allowed(position, channels, month)) insert(states[position + 1]!, channels);
        }
      }
      if (states[path.length - 1]!.length > 0) return month;
      const next: number[][][] = path.map(() => []);
      let changed = false;
      states.forEach((frontier, position) => {
        for (const channels of frontier) {
          const grown = channels.map((v, i) => (grows[position]![i] ? Math.min(pathCap[i]!, v + 1) : v));
          if (grown.some((v, i) => v !== channels[i])) changed = true;
          insert(next[position]!, grown);
        }
      });
      const studyPending = studyBy.some((s) => s > month);
      if (!changed && !studyPending) return null;
      states = next;
    }
    return null;
  };

  const better = (a: BruteBest, b: BruteBest | null): boolean => {
    if (!b) return true;
    const order: Record<Objective, Array<keyof BruteBest>> = {
      fastest: ['months', 'moves', 'cost'],
      'fewest-moves': ['moves', 'months', 'cost'],
      cheapest: ['cost', 'months', 'moves'],
    };
    for (const field of order[objective]) {
      if (a[field] !== b[field]) return (a[field] as number) < (b[field] as number);
    }
    return false;
  };

  let best: BruteBest | null = null;
  const heldAtStart = new Set(profile.certifications);
  for (const path of paths) {
    const explore = (position: number, held: Set<string>, education: number, chosen: Decision[]) => {
      if (position === path.length - 1) {
        const bound = best && objective === 'fastest' ? best.months : 2000;
        const months = earliestArrival(path, chosen, bound);
        if (months === null) return;
        const candidate = { roles: path, months, moves: path.length - 1, cost: chosen.reduce((s, d) => s + d.cost, 0) };
        if (better(candidate, best)) best = candidate;
        return;
      }
      for (const decision of decisionsFor(path[position]!, path[position + 1]!, held, education)) {
        explore(position + 1, new Set([...held, ...decision.earn]), decision.educationAfter, [...chosen, decision]);
      }
    };
    explore(0, heldAtStart, rank(profile.education), []);
  }
  return best;
}

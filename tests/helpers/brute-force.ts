/**
 * An independent, deliberately simple re-implementation of the planning model, used only to
 * check the engine: it tries every simple path, every way to meet each move's certification
 * rules, and for each the best month-by-month schedule on the timeline asked for. It shares no
 * code with src/planner beyond the data types and the fixed vocabularies of the model.
 */
import type { RoleGraph } from '../../src/graph/role-graph.ts';
import {
  EDUCATION_LEVELS,
  EXPERIENCE_KIND_PARENTS,
  type Certification,
  type ExperienceKind,
  type Objective,
  type Pace,
  type Profile,
} from '../../src/model/index.ts';

interface Need {
  key: string;
  months: number;
}

interface Decision {
  earn: string[];
  educationAfter: number;
  /** The needs of the move in an absolute month (rules with dates). */
  needsAt: (month: number) => Need[];
  /** The least months in the role before the move. */
  stay: number;
  cost: number;
  study: number;
}

export interface BruteBest {
  roles: string[];
  months: number;
  moves: number;
  cost: number;
}

export interface BruteOptions {
  pace?: Pace;
  /** The plan's month 0, "YYYY-MM". */
  start?: string;
  maxPathLength?: number;
}

const rank = (level: string) => EDUCATION_LEVELS.indexOf(level as (typeof EDUCATION_LEVELS)[number]);
const keyOf = (kinds: readonly string[]) => [...new Set(kinds)].sort().join('|');
const toMonths = (amount: { years?: number; hours?: number }) =>
  amount.years !== undefined
    ? Math.ceil(amount.years * 12 - 1e-9)
    : Math.ceil(((amount.hours ?? 0) / 2080) * 12 - 1e-9);
const absolute = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** A kind and every kind it is also, written out here apart from the planner. */
function alsoCounts(kind: ExperienceKind): Set<ExperienceKind> {
  const out = new Set<ExperienceKind>([kind]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const k of [...out]) {
      for (const parent of EXPERIENCE_KIND_PARENTS[k]) {
        if (!out.has(parent)) {
          out.add(parent);
          grew = true;
        }
      }
    }
  }
  return out;
}

/** Whether experience of `kind` counts for a requirement of `key` (it is one of its kinds, or nested in one). */
const countsFor = (kind: ExperienceKind, key: string) => [...alsoCounts(kind)].some((k) => key.split('|').includes(k));

function inForce(w: { from?: string | undefined; until?: string | undefined }, month: number): boolean {
  return (w.from === undefined || month >= absolute(w.from)) && (w.until === undefined || month <= absolute(w.until));
}

function certNeeds(cert: Certification, held: Set<string>, education: number, month: number): Need[] {
  const required = cert.experience.required ?? [];
  if (required.length === 0) return [];
  const max =
    cert.experience.maxWaiverYears === null ? Infinity : Math.ceil(cert.experience.maxWaiverYears * 12 - 1e-9);
  let waived = 0;
  const stands: Array<{ kinds: string[]; months: number }> = [];
  for (const w of cert.experience.waivers) {
    if (!inForce(w, month)) continue;
    if ('waivesAll' in w) {
      if (held.has(w.certification)) return [];
    } else if ('experience' in w) stands.push({ kinds: w.experience, months: Math.ceil(w.years * 12 - 1e-9) });
    else if ('certification' in w) waived += held.has(w.certification) ? Math.ceil(w.years * 12 - 1e-9) : 0;
    else waived += education >= rank(w.education) ? Math.ceil(w.years * 12 - 1e-9) : 0;
  }
  waived = Math.min(waived, max);
  const first = required[0]!;
  const base = Math.max(0, toMonths(first as { years?: number; hours?: number }) - waived);
  const out: Need[] = [];
  let own = base;
  let room = Math.max(0, max - waived);
  for (const s of stands) {
    const take = Math.min(s.months, room, own);
    if (take <= 0) continue;
    room -= take;
    own -= take;
    out.push({ key: keyOf([...first.kinds, ...s.kinds]), months: base });
  }
  out.push({ key: keyOf(first.kinds), months: own });
  for (const amount of required.slice(1))
    out.push({ key: keyOf(amount.kinds), months: toMonths(amount as { years?: number; hours?: number }) });
  return out;
}

/** What holding a certification says about its holder: its rule with every waiver applied, dates aside. */
function impliedNeeds(cert: Certification): Need[] {
  const required = cert.experience.required ?? [];
  if (required.length === 0 || cert.experience.waivers.some((w) => 'waivesAll' in w)) return [];
  const max =
    cert.experience.maxWaiverYears === null ? Infinity : Math.ceil(cert.experience.maxWaiverYears * 12 - 1e-9);
  let total = 0;
  for (const w of cert.experience.waivers) if (!('waivesAll' in w)) total += Math.ceil(w.years * 12 - 1e-9);
  const lowest = Math.min(max, total);
  return required.map((amount, i) => ({
    key: keyOf(amount.holderCountsAs ?? amount.kinds),
    months: Math.max(0, toMonths(amount as { years?: number; hours?: number }) - (i === 0 ? lowest : 0)),
  }));
}

function prepMonths(cert: Certification): number {
  const p = cert.preparation.typicalMonths;
  return p === null ? 0 : Math.ceil(typeof p === 'number' ? p : p.max);
}

function subsets<T>(items: T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => acc.concat(acc.map((s) => [...s, item])), [[]]);
}

export function bruteForceBest(
  graph: RoleGraph,
  from: string,
  to: string,
  profile: Profile,
  objective: Objective,
  options: BruteOptions = {},
): BruteBest | null {
  return bruteForceRanked(graph, from, to, profile, objective, options)[0] ?? null;
}

/** The best schedule of every simple path that reaches the target, best first. */
export function bruteForceRanked(
  graph: RoleGraph,
  from: string,
  to: string,
  profile: Profile,
  objective: Objective,
  options: BruteOptions = {},
): BruteBest[] {
  const pace = options.pace ?? 'typical';
  const startMonth = absolute(`${options.start ?? '2027-01'}-01`);
  const maxPathLength = options.maxPathLength ?? 12;
  const certs = graph.getAttribute('certifications');
  const degrees = graph.getAttribute('degrees');
  const associates = new Set(profile.associateOf ?? []);
  // Rules change only on the dates some waiver starts or stops: needs are the same between them.
  const boundaries = [
    ...new Set(
      [...certs.values()].flatMap((c) =>
        c.experience.waivers.flatMap((w) => [
          ...(w.from ? [absolute(w.from)] : []),
          ...(w.until ? [absolute(w.until) + 1] : []),
        ]),
      ),
    ),
  ].sort((a, b) => a - b);
  const periodOf = (month: number) => boundaries.filter((b) => b <= month).length;
  const periodMonths = [startMonth, ...boundaries.filter((b) => b > startMonth)];
  const heldAtStart = new Set(profile.certifications.filter((c) => !associates.has(c)));

  const countsAs = (role: string) => graph.getNodeAttribute(role, 'role').countsAs;
  const accrues = (role: string, key: string) => countsAs(role).some((k) => countsFor(k, key));
  const given = (kind: ExperienceKind) => Math.floor((profile.experienceYears[kind] ?? 0) * 12 + 1e-9);
  const implied = [...heldAtStart].flatMap((id) =>
    (certs.get(id)!.experience.required ?? null) === null ? [] : impliedNeeds(certs.get(id)!),
  );
  /** Months of experience counting for `key` that the person brings, uncapped. */
  const initial = (key: string) => {
    let months = 0;
    for (const kind of Object.keys(profile.experienceYears) as ExperienceKind[])
      if (countsFor(kind, key)) months = Math.max(months, given(kind));
    for (const need of implied) {
      // A requirement of need.key is met by experience of any of its kinds; it says something
      // about `key` only when each of those kinds counts for `key`.
      if (need.key.split('|').every((k) => countsFor(k as ExperienceKind, key))) months = Math.max(months, need.months);
    }
    if (profile.monthsInCurrentRole !== undefined && accrues(from, key))
      months = Math.max(months, profile.monthsInCurrentRole);
    return months;
  };

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
    const moveNeeds: Need[] = (transition.minimumExperience ?? []).map((m) => ({
      key: keyOf(m.kinds),
      months: Math.ceil(m.years * 12 - 1e-9),
    }));
    if (pace === 'typical') {
      for (const e of graph.getNodeAttribute(toRole, 'role').entry?.experience ?? [])
        moveNeeds.push({ key: keyOf(e.kinds), months: Math.ceil(e.years.min * 12 - 1e-9) });
    }
    const stay = Math.max(
      1,
      transition.stay.minimum?.months ?? 0,
      pace === 'typical' ? (transition.stay.typical?.months.min ?? 0) : 0,
    );
    // While some rule changes during the plan, every group is picked for (a held pick earns
    // nothing itself, but its waiver certifications may be earned alongside): earning sooner
    // can then help, and holding more must not take that away.
    const rulesChange = periodMonths.length > 1;
    const groups = transition.certifications.required
      .map((g) => [...new Set(g.anyOf)])
      .filter((g) => rulesChange || !g.some((c) => held.has(c)));
    let picks: string[][] = [[]];
    for (const group of groups) picks = picks.flatMap((p) => group.map((c) => [...p, c]));
    const out: Decision[] = [];
    const seen = new Set<string>();
    for (const pick of picks) {
      const base = [...new Set(pick)];
      const extra = new Set<string>();
      const grow = (ids: string[]) => {
        for (const id of ids) {
          for (const w of certs.get(id)!.experience.waivers) {
            if (
              'certification' in w &&
              (rulesChange || !held.has(w.certification)) &&
              !base.includes(w.certification) &&
              !extra.has(w.certification)
            ) {
              extra.add(w.certification);
              grow([w.certification]);
            }
          }
        }
      };
      grow(base);
      for (const more of subsets([...extra])) {
        const earn = [...new Set([...base, ...more])].filter((id) => !held.has(id)).sort();
        const key = earn.join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        const heldAfter = new Set([...held, ...earn]);
        const studied = earn.filter((id) => !associates.has(id));
        const memo = new Map<number, Need[]>();
        out.push({
          earn,
          educationAfter,
          stay,
          needsAt: (month) => {
            const period = periodOf(month);
            let needs = memo.get(period);
            if (!needs) {
              needs = [...moveNeeds];
              for (const id of earn) needs.push(...certNeeds(certs.get(id)!, heldAfter, educationAfter, month));
              memo.set(period, needs);
            }
            return needs;
          },
          cost: degreeCost + studied.reduce((s, id) => s + (certs.get(id)!.exam.costs[0]?.usd ?? 0), 0),
          study: degreeMonths + studied.reduce((s, id) => s + prepMonths(certs.get(id)!), 0),
        });
      }
    }
    return out;
  };

  // Month by month: the earliest month the path's last role is reached, for fixed decisions. A
  // state is the experience per requirement (capped at the most the path asks) and the month
  // of arrival; one is dropped when another at the same position arrived no later with at least
  // as much of everything (it can do anything the dropped one can).
  const earliestArrival = (path: string[], decisions: Decision[], giveUpAfter: number): number | null => {
    const studyBy = decisions.map((_, i) => decisions.slice(0, i + 1).reduce((s, d) => s + d.study, 0));
    const horizon = periodMonths;
    const used = [
      ...new Set(
        decisions.flatMap((d) =>
          horizon.flatMap((m) =>
            d
              .needsAt(m)
              .filter((n) => n.months > 0)
              .map((n) => n.key),
          ),
        ),
      ),
    ];
    const pathCap = used.map((key) =>
      Math.max(
        ...decisions.flatMap((d) =>
          horizon.flatMap((m) =>
            d
              .needsAt(m)
              .filter((n) => n.key === key)
              .map((n) => n.months),
          ),
        ),
      ),
    );
    const start = used.map((key, i) => Math.min(pathCap[i]!, initial(key)));
    const grows = path.map((role) => used.map((key) => accrues(role, key)));
    const credit = profile.monthsInCurrentRole ?? 0;
    const allowed = (position: number, state: State, month: number) => {
      if (studyBy[position]! > month) return false;
      const stayed = month - state.arrived + (position === 0 ? credit : 0);
      if (stayed < decisions[position]!.stay) return false;
      return decisions[position]!.needsAt(startMonth + month).every(
        (need) =>
          need.months === 0 ||
          state.channels[used.indexOf(need.key)]! >= Math.min(need.months, pathCap[used.indexOf(need.key)]!),
      );
    };
    interface State {
      channels: number[];
      arrived: number;
    }
    const covers = (a: State, b: State) => a.arrived <= b.arrived && a.channels.every((v, i) => v >= b.channels[i]!);
    const insert = (frontier: State[], state: State): void => {
      if (frontier.some((f) => covers(f, state))) return;
      for (let i = frontier.length - 1; i >= 0; i--) if (covers(state, frontier[i]!)) frontier.splice(i, 1);
      frontier.push(state);
    };
    let states: State[][] = path.map(() => []);
    states[0]!.push({ channels: start, arrived: 0 });
    let quiet = 0;
    for (let month = 0; month <= giveUpAfter; month++) {
      for (let position = 0; position < path.length - 1; position++) {
        for (const state of states[position]!)
          if (allowed(position, state, month))
            insert(states[position + 1]!, { channels: state.channels, arrived: month });
      }
      if (states[path.length - 1]!.length > 0) return month;
      const next: State[][] = path.map(() => []);
      let changed = false;
      states.forEach((frontier, position) => {
        for (const state of frontier) {
          const grown = state.channels.map((v, i) => (grows[position]![i] ? Math.min(pathCap[i]!, v + 1) : v));
          if (grown.some((v, i) => v !== state.channels[i])) changed = true;
          insert(next[position]!, { channels: grown, arrived: state.arrived });
        }
      });
      // Nothing grows: stays, study (degrees too) and dated rules settle within this many months.
      quiet = changed ? 0 : quiet + 1;
      if (quiet > 200) return null;
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

  const ranked: BruteBest[] = [];
  for (const path of paths) {
    let best: BruteBest | null = null;
    const explore = (position: number, held: Set<string>, education: number, chosen: Decision[]) => {
      if (position === path.length - 1) {
        const bound = best && objective === 'fastest' ? best.months : 600;
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
    if (best) ranked.push(best);
  }
  return ranked.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

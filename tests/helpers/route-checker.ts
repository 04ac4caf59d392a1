/**
 * Checks a planned route against the data and the profile, independently of the planner, on
 * both timelines: every move is an edge, every stay lasts at least its minimum (and, on the
 * typical timeline, the typical stay) and at least a month, every requirement holds at the
 * month of the move given the experience gathered so far (on the typical timeline also what
 * people typically bring to the next role), certifications are held no earlier than their rules
 * allow, study is one item at a time, and the totals add up. Returns the faults found.
 */
import type { RoleGraph } from '../../src/graph/role-graph.ts';
import {
  EDUCATION_LEVELS,
  EXPERIENCE_KIND_PARENTS,
  type Certification,
  type ExperienceKind,
  type Pace,
  type Profile,
  type Route,
} from '../../src/model/index.ts';

const rank = (level: string) => EDUCATION_LEVELS.indexOf(level as (typeof EDUCATION_LEVELS)[number]);
const months = (years: number) => Math.ceil(years * 12 - 1e-9);
const absolute = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

function alsoCounts(kind: ExperienceKind): ExperienceKind[] {
  const out = [kind];
  for (let i = 0; i < out.length; i++)
    for (const p of EXPERIENCE_KIND_PARENTS[out[i]!]) if (!out.includes(p)) out.push(p);
  return out;
}
const countsFor = (kind: ExperienceKind, kinds: readonly string[]) => alsoCounts(kind).some((k) => kinds.includes(k));

export interface CheckOptions {
  pace?: Pace;
  start?: string;
}

export function checkRoute(graph: RoleGraph, profile: Profile, route: Route, options: CheckOptions = {}): string[] {
  const pace = options.pace ?? 'typical';
  const startMonth = absolute(`${options.start ?? '2027-01'}-01`);
  const faults: string[] = [];
  const certs = graph.getAttribute('certifications');
  const roles = route.roles;
  if (route.steps.length !== roles.length - 1)
    faults.push(`steps (${route.steps.length}) do not match roles (${roles.length})`);
  const associates = new Set(profile.associateOf ?? []);
  const heldAtStart = profile.certifications.filter((c) => !associates.has(c));

  // What holding a certification says about its holder (its rule, every waiver applied).
  const implied = heldAtStart.flatMap((id) => {
    const cert = certs.get(id)!;
    const required = cert.experience.required ?? [];
    if (required.length === 0 || cert.experience.waivers.some((w) => 'waivesAll' in w)) return [];
    const max = cert.experience.maxWaiverYears === null ? Infinity : months(cert.experience.maxWaiverYears);
    const lowest = Math.min(
      max,
      cert.experience.waivers.reduce((s, w) => s + ('years' in w ? months(w.years) : 0), 0),
    );
    return required.map((a, i) => ({
      kinds: a.kinds,
      months: Math.max(
        0,
        ('years' in a ? months(a.years) : Math.ceil((a.hours / 2080) * 12 - 1e-9)) - (i === 0 ? lowest : 0),
      ),
    }));
  });

  /** Checks one timeline given the month of each move; certification dates only on the ranked one. */
  const checkTimeline = (label: string, moveMonths: readonly number[], timelinePace: Pace, withActions: boolean) => {
    const stays = route.steps.map((step, i) => ({
      role: step.from,
      from: i === 0 ? 0 : moveMonths[i - 1]!,
      to: moveMonths[i]!,
    }));
    // Experience of a set of kinds (any of) at a month: the profile's (with nested kinds and what
    // certifications held imply), plus time in roles that count as any of them.
    const experience = (kinds: readonly ExperienceKind[], month: number) => {
      let base = 0;
      for (const kind of Object.keys(profile.experienceYears) as ExperienceKind[]) {
        if (countsFor(kind, kinds)) base = Math.max(base, Math.floor((profile.experienceYears[kind] ?? 0) * 12 + 1e-9));
      }
      for (const i of implied) if (i.kinds.every((k) => countsFor(k, kinds))) base = Math.max(base, i.months);
      const first = graph.getNodeAttribute(roles[0]!, 'role').countsAs;
      if (profile.monthsInCurrentRole !== undefined && first.some((k) => countsFor(k, kinds)))
        base = Math.max(base, profile.monthsInCurrentRole);
      for (const stay of stays) {
        if (!graph.getNodeAttribute(stay.role, 'role').countsAs.some((k) => countsFor(k, kinds))) continue;
        base += Math.max(0, Math.min(month, stay.to) - stay.from);
      }
      return base;
    };
    const held = new Map<string, number>(heldAtStart.map((c) => [c, 0]));
    const degreesDone: Array<[number, number]> = [];
    const educationAt = (month: number) =>
      Math.max(rank(profile.education), ...degreesDone.filter(([, end]) => end <= month).map(([level]) => level));
    const studyIntervals: Array<[number, number, string]> = [];
    let previousMonth = 0;
    /** The rule in force in the month of the move, met by the experience of the month the credential is granted. */
    const certNeedsMet = (
      cert: Certification,
      month: number,
      moveMonth: number,
      heldThen: Set<string>,
      where: string,
    ) => {
      const rule = moveMonth + startMonth;
      let waived = 0;
      let all = false;
      const stands: Array<{ kinds: ExperienceKind[]; months: number }> = [];
      for (const w of cert.experience.waivers) {
        if ((w.from !== undefined && rule < absolute(w.from)) || (w.until !== undefined && rule > absolute(w.until)))
          continue;
        if ('waivesAll' in w) all ||= heldThen.has(w.certification);
        else if ('experience' in w) stands.push({ kinds: w.experience, months: months(w.years) });
        else if ('certification' in w) waived += heldThen.has(w.certification) ? months(w.years) : 0;
        else waived += educationAt(month) >= rank(w.education) ? months(w.years) : 0;
      }
      if (all) return;
      const max = cert.experience.maxWaiverYears === null ? Infinity : months(cert.experience.maxWaiverYears);
      waived = Math.min(waived, max);
      (cert.experience.required ?? []).forEach((amount, k) => {
        const full =
          ('years' in amount ? months(amount.years) : Math.ceil((amount.hours / 2080) * 12 - 1e-9)) -
          (k === 0 ? waived : 0);
        let own = full;
        if (k === 0) {
          let room = Math.max(0, max - waived);
          for (const s of stands) {
            const take = Math.min(s.months, room, own);
            if (take <= 0) continue;
            room -= take;
            own -= take;
            if (experience([...amount.kinds, ...s.kinds], month) < full)
              faults.push(
                `${where}: ${cert.id} in month ${month}: ${full} months of ${[...amount.kinds, ...s.kinds].join('/')} not met`,
              );
          }
        }
        if (experience(amount.kinds, month) < own)
          faults.push(`${where}: ${cert.id} granted in month ${month} before its experience rule holds`);
      });
    };

    route.steps.forEach((step, i) => {
      const where = `${label} step ${i + 1} (${step.from}>${step.to})`;
      const moveMonth = moveMonths[i]!;
      if (step.from !== roles[i] || step.to !== roles[i + 1])
        faults.push(`${where}: does not follow the role sequence`);
      if (!graph.hasDirectedEdge(step.from, step.to)) {
        faults.push(`${where}: no such transition`);
        return;
      }
      const transition = graph.getDirectedEdgeAttribute(step.from, step.to, 'transition');
      const stayed = moveMonth - previousMonth + (i === 0 ? (profile.monthsInCurrentRole ?? 0) : 0);
      const leastStay = Math.max(
        1,
        transition.stay.minimum?.months ?? 0,
        timelinePace === 'typical' ? (transition.stay.typical?.months.min ?? 0) : 0,
      );
      if (stayed < leastStay) faults.push(`${where}: stays ${stayed} months, less than ${leastStay}`);
      if (moveMonth < previousMonth) faults.push(`${where}: moves back in time`);
      previousMonth = moveMonth;
      if (withActions) {
        for (const action of step.actions) {
          if (action.kind === 'earn-degree') {
            studyIntervals.push([action.startMonth, action.endMonth, `${action.level} degree`]);
            if (action.endMonth > moveMonth) faults.push(`${where}: degree finishes after the move`);
            degreesDone.push([rank(action.level), action.endMonth]);
          }
        }
        for (const action of step.actions) {
          if (action.kind !== 'earn-certification') continue;
          const cert = certs.get(action.certification) as Certification;
          const prep = associates.has(cert.id)
            ? 0
            : Math.ceil(((p) => (p === null ? 0 : typeof p === 'number' ? p : p.max))(cert.preparation.typicalMonths));
          if (!associates.has(cert.id))
            studyIntervals.push([action.startMonth, action.examMonth, action.certification]);
          if (action.examMonth - action.startMonth < prep)
            faults.push(`${where}: ${cert.id} preparation is shorter than its typical time`);
          if (action.endMonth > moveMonth) faults.push(`${where}: ${cert.id} is held only after the move`);
          held.set(cert.id, action.endMonth);
        }
        for (const action of step.actions) {
          if (action.kind !== 'earn-certification') continue;
          const cert = certs.get(action.certification) as Certification;
          const heldThen = new Set([...held].filter(([, m]) => m <= action.endMonth).map(([c]) => c));
          certNeedsMet(cert, action.endMonth, moveMonth, heldThen, where);
        }
        for (const group of transition.certifications.required) {
          if (!group.anyOf.some((id) => (held.get(id) ?? Infinity) <= moveMonth))
            faults.push(`${where}: none of ${group.anyOf.join(', ')} held`);
        }
        if (transition.education.minimum && educationAt(moveMonth) < rank(transition.education.minimum.level))
          faults.push(`${where}: education below ${transition.education.minimum.level}`);
      }
      for (const minimum of transition.minimumExperience ?? []) {
        if (experience(minimum.kinds, moveMonth) < months(minimum.years))
          faults.push(`${where}: minimum ${minimum.years}y ${minimum.kinds.join('/')} not met in month ${moveMonth}`);
      }
      if (timelinePace === 'typical') {
        for (const e of graph.getNodeAttribute(step.to, 'role').entry?.experience ?? []) {
          if (experience(e.kinds, moveMonth) < months(e.years.min))
            faults.push(
              `${where}: people typically bring ${e.years.min}y ${e.kinds.join('/')}, not met in month ${moveMonth}`,
            );
        }
      }
    });
    if (withActions) {
      // Study is one item at a time.
      const sorted = [...studyIntervals].sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i]![0] < sorted[i - 1]![1]) faults.push(`study of ${sorted[i]![2]} overlaps ${sorted[i - 1]![2]}`);
      }
      if (sorted.some(([start]) => start < 0)) faults.push('study starts before month 0');
    }
  };

  checkTimeline(
    'ranked',
    route.steps.map((s) => s.moveMonth),
    pace,
    true,
  );
  checkTimeline(
    'earliest',
    route.steps.map((s) => s.earliestMoveMonth),
    'earliest',
    false,
  );
  if (route.typicalMonths !== null)
    checkTimeline(
      'typical',
      route.steps.map((s) => s.typicalMoveMonth!),
      'typical',
      false,
    );
  else if (pace === 'typical') faults.push('a route ranked on the typical timeline has no typical months');

  const last = route.steps[route.steps.length - 1];
  if ((last?.moveMonth ?? 0) !== route.totalMonths)
    faults.push(`totalMonths ${route.totalMonths} is not the last move month ${last?.moveMonth}`);
  if ((pace === 'typical' ? route.typicalMonths : route.earliestMonths) !== route.totalMonths)
    faults.push('totalMonths is not the months of the ranking timeline');
  if (route.typicalMonths !== null && route.earliestMonths > route.typicalMonths)
    faults.push(`earliest ${route.earliestMonths} is later than typical ${route.typicalMonths}`);
  if (route.totalMoves !== route.steps.length) faults.push(`totalMoves ${route.totalMoves} is not the number of steps`);
  let cost = 0;
  for (const step of route.steps)
    for (const a of step.actions)
      if (a.kind === 'earn-certification' || a.kind === 'earn-degree') cost += a.costUsd ?? 0;
  if (Math.round(cost) !== Math.round(route.totalCostUsd))
    faults.push(`totalCostUsd ${route.totalCostUsd} is not the sum of the steps' costs ${cost}`);
  return faults;
}

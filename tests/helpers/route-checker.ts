/**
 * Checks a planned route against the data and the profile, independently of the planner:
 * every move is an edge, every requirement holds at the month of the move given the
 * experience gathered so far, certifications are held no earlier than their rules allow,
 * study is one item at a time, and the totals add up. Returns the faults found.
 */
import type { RoleGraph } from '../../src/graph/role-graph.ts';
import { EDUCATION_LEVELS, type Certification, type ExperienceKind, type Profile, type Route } from '../../src/model/index.ts';

const rank = (level: string) => EDUCATION_LEVELS.indexOf(level as (typeof EDUCATION_LEVELS)[number]);
const months = (years: number) => Math.ceil(years * 12 - 1e-9);

export function checkRoute(graph: RoleGraph, profile: Profile, route: Route): string[] {
  const faults: string[] = [];
  const certs = graph.getAttribute('certifications');
  const roles = route.roles;
  if (route.steps.length !== roles.length - 1) faults.push(`steps (${route.steps.length}) do not match roles (${roles.length})`);

  // Experience of a set of kinds (any of) at a month: profile + time in roles counting any of them.
  const stays = route.steps.map((step, i) => ({ role: step.from, from: i === 0 ? 0 : route.steps[i - 1]!.moveMonth, to: step.moveMonth }));
  const experience = (kinds: readonly ExperienceKind[], month: number) => {
    let base = 0;
    for (const kind of kinds) base = Math.max(base, Math.floor((profile.experienceYears[kind] ?? 0) * 12 + 1e-9));
    const first = graph.getNodeAttribute(roles[0]!, 'role').countsAs;
    if (profile.monthsInCurrentRole !== undefined && kinds.some((k) => first.includes(k))) base = Math.max(base, profile.monthsInCurrentRole);
    for (const stay of stays) {
      if (!graph.getNodeAttribute(stay.role, 'role').countsAs.some((k) => kinds.includes(k))) continue;
      base += Math.max(0, Math.min(month, stay.to) - stay.from);
    }
    return base;
  };

  const held = new Map<string, number>(profile.certifications.map((c) => [c, 0]));
  const degreesDone: Array<[number, number]> = [];
  const educationAt = (month: number) => Math.max(rank(profile.education), ...degreesDone.filter(([, end]) => end <= month).map(([level]) => level));
  let cost = 0;
  const studyIntervals: Array<[number, number, string]> = [];
  let previousMonth = 0;

  route.steps.forEach((step, i) => {
    const where = `step ${i + 1} (${step.from}>${step.to})`;
    if (step.from !== roles[i] || step.to !== roles[i + 1]) faults.push(`${where}: does not follow the role sequence`);
    if (!graph.hasDirectedEdge(step.from, step.to)) {
      faults.push(`${where}: no such transition`);
      return;
    }
    if (step.moveMonth < previousMonth) faults.push(`${where}: moves back in time`);
    previousMonth = step.moveMonth;
    const transition = graph.getDirectedEdgeAttribute(step.from, step.to, 'transition');
    for (const action of step.actions) {
      if (action.kind === 'earn-degree') {
        studyIntervals.push([action.startMonth, action.endMonth, `${action.level} degree`]);
        if (action.endMonth > step.moveMonth) faults.push(`${where}: degree finishes after the move`);
        degreesDone.push([rank(action.level), action.endMonth]);
        cost += action.costUsd ?? 0;
      }
    }
    for (const action of step.actions) {
      if (action.kind !== 'earn-certification') continue;
      const cert = certs.get(action.certification) as Certification;
      studyIntervals.push([action.startMonth, action.examMonth, action.certification]);
      if (action.examMonth - action.startMonth < Math.ceil(((p) => (p === null ? 0 : typeof p === 'number' ? p : p.max))(cert.preparation.typicalMonths))) {
        faults.push(`${where}: ${cert.id} preparation is shorter than its typical time`);
      }
      if (action.endMonth > step.moveMonth) faults.push(`${where}: ${cert.id} is held only after the move`);
      cost += action.costUsd ?? 0;
      held.set(cert.id, action.endMonth);
    }
    // The certification rules, after waivers, must hold when each is granted.
    for (const action of step.actions) {
      if (action.kind !== 'earn-certification') continue;
      const cert = certs.get(action.certification) as Certification;
      const heldThen = new Set([...held].filter(([, m]) => m <= action.endMonth).map(([c]) => c));
      let waived = 0;
      let all = false;
      for (const w of cert.experience.waivers) {
        if ('waivesAll' in w) all ||= heldThen.has(w.certification);
        else if ('certification' in w) waived += heldThen.has(w.certification) ? months(w.years) : 0;
        else waived += educationAt(action.endMonth) >= rank(w.education) ? months(w.years) : 0;
      }
      waived = Math.min(waived, cert.experience.maxWaiverYears === null ? Infinity : months(cert.experience.maxWaiverYears));
      if (all) continue;
      (cert.experience.required ?? []).forEach((amount, k) => {
        const need = ('years' in amount ? months(amount.years) : Math.ceil((amount.hours / 2080) * 12 - 1e-9)) - (k === 0 ? waived : 0);
        if (experience(amount.kinds, action.endMonth) < need) faults.push(`${where}: ${cert.id} granted in month ${action.endMonth} before its experience rule holds`);
      });
    }
    for (const minimum of transition.minimumExperience ?? []) {
      if (experience(minimum.kinds, step.moveMonth) < months(minimum.years)) faults.push(`${where}: minimum ${minimum.years}y ${minimum.kinds.join('/')} not met in month ${step.moveMonth}`);
    }
    for (const group of transition.certifications.required) {
      if (!group.anyOf.some((id) => (held.get(id) ?? Infinity) <= step.moveMonth)) faults.push(`${where}: none of ${group.anyOf.join(', ')} held`);
    }
    if (transition.education.minimum && educationAt(step.moveMonth) < rank(transition.education.minimum.level)) faults.push(`${where}: education below ${transition.education.minimum.level}`);
  });

  // Study is one item at a time.
  const sorted = [...studyIntervals].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]![0] < sorted[i - 1]![1]) faults.push(`study of ${sorted[i]![2]} overlaps ${sorted[i - 1]![2]}`);
  }
  if (sorted.some(([start]) => start < 0)) faults.push('study starts before month 0');
  const last = route.steps[route.steps.length - 1];
  if ((last?.moveMonth ?? 0) !== route.totalMonths) faults.push(`totalMonths ${route.totalMonths} is not the last move month ${last?.moveMonth}`);
  if (route.totalMoves !== route.steps.length) faults.push(`totalMoves ${route.totalMoves} is not the number of steps`);
  if (Math.round(cost) !== Math.round(route.totalCostUsd)) faults.push(`totalCostUsd ${route.totalCostUsd} is not the sum of the steps' costs ${cost}`);
  return faults;
}

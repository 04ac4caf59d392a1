import type { RoleGraph } from '../graph/role-graph.ts';
import {
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  kindWithAncestors,
  type ExperienceKind,
} from '../model/constants.ts';
import { MAX_YEARS } from '../model/profile-rules.ts';
import type { Lever, Plan, PlanQuery, Profile } from '../model/index.ts';
import { describeKinds, describeMonths } from './describe.ts';
import { certNeedsAfterWaivers } from './options.ts';
import { planRoute, planningModelOf, thisMonth, type PlanRouteOptions } from './plan.ts';
import { startFromProfile } from './start.ts';
import { absoluteMonthOfDate } from './units.ts';

/** How many levers a plan shows: the few that help most. */
export const MAX_LEVERS = 4;

/** The extra experience a lever tries: one more year, the unit people think in. */
const EXTRA_YEARS = 1;

interface Candidate {
  lever: Omit<Lever, 'monthsSaved' | 'months' | 'roles' | 'text'>;
  profile: Profile;
  firstMove?: string;
  words: string;
}

/**
 * For the route shown, the single changes that would shorten it most: a certification the
 * person could earn now (its experience rule already met, so holding it says nothing new about
 * them), a year more of one kind of experience, the next degree, or another first move — each
 * planned in full, on the same timeline and objective, and kept only when it saves months.
 */
export function findLevers(
  graph: RoleGraph,
  query: PlanQuery,
  profile: Profile,
  plan: Plan,
  routeIndex: number,
  options: PlanRouteOptions = {},
): Lever[] {
  const shown = plan.routes[routeIndex];
  if (!shown) return [];
  const model = planningModelOf(graph);
  const title = (id: string) => graph.getNodeAttribute(id, 'role').title;
  const candidates: Candidate[] = [];
  const held = new Set([...profile.certifications, ...profile.associateOf]);
  const { start } = startFromProfile(model, model.roleIndex.get(query.from)!, profile);
  const month = absoluteMonthOfDate(options.start ?? thisMonth());
  const eligibleNow = (cert: (typeof model.certs)[number]) =>
    !cert.experienceUnknown &&
    certNeedsAfterWaivers(cert, start.held, start.education, month).needs.every(
      (n) => start.channels[n.channel]! >= n.months,
    );
  for (const cert of model.certs) {
    if (held.has(cert.id) || !eligibleNow(cert)) continue;
    candidates.push({
      lever: { kind: 'earn-certification', certification: cert.id },
      profile: { ...profile, certifications: [...profile.certifications, cert.id] },
      words: `Earn ${cert.cert.abbreviation} now (your experience already meets its rule)`,
    });
  }
  const kindsInUse = EXPERIENCE_KINDS.filter((k) => model.kindChannel.has(k));
  for (const kind of kindsInUse) {
    const years = Math.min(MAX_YEARS, (profile.experienceYears[kind] ?? 0) + EXTRA_YEARS);
    if (years === profile.experienceYears[kind]) continue;
    candidates.push({
      lever: { kind: 'gain-experience', experienceKind: kind as ExperienceKind, years: EXTRA_YEARS },
      profile: { ...profile, experienceYears: { ...profile.experienceYears, [kind]: years } },
      words: `Have ${EXTRA_YEARS} more year of ${describeKinds([kind])} experience`,
    });
  }
  const rank = EDUCATION_LEVELS.indexOf(profile.education);
  for (const level of EDUCATION_LEVELS.slice(rank + 1)) {
    if (!graph.getAttribute('degrees').some((d) => d.level === level)) continue;
    candidates.push({
      lever: { kind: 'finish-degree', education: level },
      profile: { ...profile, education: level },
      words: `Hold a ${EDUCATION_LEVEL_LABELS[level]}`,
    });
  }
  const firstMoveNow = shown.roles[1];
  for (const next of graph.outNeighbors(query.from)) {
    if (next === firstMoveNow) continue;
    candidates.push({
      lever: { kind: 'first-move', role: next },
      profile,
      firstMove: next,
      words: `Move to ${title(next)} first`,
    });
  }

  const levers: Lever[] = [];
  for (const candidate of candidates) {
    const changed = planRoute(graph, { ...query, routeCount: 1 }, candidate.profile, {
      ...options,
      ...(candidate.firstMove ? { firstMove: candidate.firstMove } : {}),
    });
    const best = changed.routes[0];
    if (!best) continue;
    const saved = shown.totalMonths - best.totalMonths;
    if (saved <= 0) continue;
    levers.push({
      ...candidate.lever,
      monthsSaved: saved,
      months: best.totalMonths,
      roles: best.roles,
      text: `${candidate.words}: ${describeMonths(saved)} sooner (${describeMonths(best.totalMonths)} instead of ${describeMonths(shown.totalMonths)}).`,
    });
  }
  // A year of a nested kind (cloud security) that helps exactly as a year of the kind it nests in
  // (security) does says nothing more: keep the broader one.
  const same = (a: Lever, b: Lever) => a.months === b.months && a.roles.join('>') === b.roles.join('>');
  const broader = levers.filter(
    (l) =>
      l.kind !== 'gain-experience' ||
      !levers.some(
        (o) =>
          o !== l &&
          o.kind === 'gain-experience' &&
          same(o, l) &&
          kindWithAncestors(l.experienceKind!).includes(o.experienceKind!),
      ),
  );
  levers.length = 0;
  levers.push(...broader);
  // The most months saved first; among equals the smaller change (a certification, then a year, a degree, a move).
  const order = ['earn-certification', 'gain-experience', 'finish-degree', 'first-move'];
  levers.sort(
    (a, b) =>
      b.monthsSaved - a.monthsSaved || order.indexOf(a.kind) - order.indexOf(b.kind) || a.text.localeCompare(b.text),
  );
  return levers.slice(0, MAX_LEVERS);
}

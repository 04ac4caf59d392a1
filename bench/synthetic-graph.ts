/**
 * Synthetic role graphs shaped like the shipped one, for benchmarks: every synthetic role copies
 * a real role's level, track and experience kinds; every transition copies a real transition's
 * requirements (minimum experience, required certifications, education) between roles of the
 * same level pair; the certifications are the real ones. Seeded, so a size always gives the
 * same graph.
 */
import { kindWithAncestors, ROLE_LEVELS } from '../src/model/constants.ts';
import type { GraphData, Role, Transition } from '../src/model/index.ts';
import { prng } from './prng.ts';

export interface SyntheticOptions {
  roles: number;
  transitionsPerRole?: number;
  seed?: number;
  /** The id every role must be able to reach (kept from the template). */
  topRoleId?: string;
}

const levelIndex = (role: Role) => ROLE_LEVELS.indexOf(role.level);

export function syntheticGraphData(template: GraphData, options: SyntheticOptions): GraphData {
  const random = prng(options.seed ?? 1);
  const perRole = options.transitionsPerRole ?? 10;
  const topId = options.topRoleId ?? 'chief-information-security-officer';
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const top = template.roles.find((r) => r.id === topId) ?? template.roles[template.roles.length - 1]!;

  // Roles: the top role once, the rest copies of template roles.
  const roles: Role[] = [{ ...top, aliases: [] }];
  const templateOf: Role[] = [top];
  for (let i = 1; i < options.roles; i++) {
    const t = pick(template.roles.filter((r) => r.id !== top.id));
    // Keeps the codes (the copied pay figures are measured at them); drops "cannotLeadTo", whose
    // roles are the template's.
    const { cannotLeadTo: _dropped, ...copy } = t;
    roles.push({ ...copy, id: `${t.id}-${i}`, title: `${t.title} ${i}`, aliases: [], disputes: [] });
    templateOf.push(t);
  }
  const byLevel = ROLE_LEVELS.map((_, level) =>
    roles.map((_, i) => i).filter((i) => levelIndex(templateOf[i]!) === level),
  );

  // Requirement patterns per (from level, to level), from the real transitions.
  const patterns = new Map<string, Transition[]>();
  const roleById = new Map(template.roles.map((r) => [r.id, r]));
  for (const t of template.transitions) {
    const key = `${levelIndex(roleById.get(t.from)!)}>${levelIndex(roleById.get(t.to)!)}`;
    patterns.set(key, [...(patterns.get(key) ?? []), t]);
  }
  const allPatterns = template.transitions;
  const patternFor = (from: number, to: number) => {
    const list = patterns.get(`${levelIndex(templateOf[from]!)}>${levelIndex(templateOf[to]!)}`);
    return list && list.length > 0 ? pick(list) : pick(allPatterns);
  };

  const transitions: Transition[] = [];
  const seen = new Set<string>();
  const outCount = new Int32Array(roles.length);
  // Like the real graph, an executive role is reached only from a role that builds experience of
  // managing people: a move planned from any other role goes to such a role instead.
  const managesPeople = (i: number) => templateOf[i]!.countsAs.flatMap(kindWithAncestors).includes('people-management');
  const isExecutive = (i: number) => templateOf[i]!.level === 'executive';
  const managers = roles.map((_, i) => i).filter((i) => managesPeople(i) && !isExecutive(i));
  const connect = (from: number, wanted: number): boolean => {
    let to = wanted;
    if (isExecutive(to) && !managesPeople(from)) {
      const above = managers.filter((m) => levelIndex(templateOf[m]!) >= levelIndex(templateOf[from]!));
      if (managers.length === 0) return false;
      to = pick(above.length > 0 ? above : managers);
    }
    if (from === to) return false;
    const key = `${from}>${to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    outCount[from]!++;
    // The copy keeps the requirements, not a source's word that people skip management.
    const { bypassesManagement: _skips, ...pattern } = patternFor(from, to);
    transitions.push({
      ...pattern,
      from: roles[from]!.id,
      to: roles[to]!.id,
      kind:
        templateOf[from]!.level === 'start'
          ? 'entry'
          : levelIndex(templateOf[to]!) > levelIndex(templateOf[from]!)
            ? 'promotion'
            : 'lateral',
    });
    return true;
  };
  for (let i = 0; i < roles.length; i++) {
    const level = levelIndex(templateOf[i]!);
    // Every role above the feeders gets a way in from the level below; every role a way up.
    if (level > 0 && byLevel[level - 1]!.length > 0) connect(pick(byLevel[level - 1]!), i);
    if (level < ROLE_LEVELS.length - 1) {
      const above = byLevel.slice(level + 1).find((l) => l.length > 0);
      if (above) connect(i, pick(above));
    } else if (i !== 0) connect(i, 0);
    // The rest: mostly upward to the next level, some lateral within the level, like the real graph.
    for (let attempt = 0; outCount[i]! < perRole && attempt < perRole * 3; attempt++) {
      const r = random();
      const targetLevel =
        r < 0.6
          ? Math.min(level + 1, ROLE_LEVELS.length - 1)
          : r < 0.9
            ? level
            : Math.min(level + 2, ROLE_LEVELS.length - 1);
      const candidates = byLevel[targetLevel]!;
      if (candidates.length > 0) connect(i, pick(candidates));
    }
  }
  return {
    sources: template.sources,
    roles,
    certifications: template.certifications,
    transitions,
    degrees: template.degrees,
    refusedHosts: template.refusedHosts,
  };
}

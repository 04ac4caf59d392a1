import { ACCEPTABLE_TIERS, kindsCountedFor, SOURCE_TIERS, type SourceTier } from '../model/constants.ts';
import type { GraphData, GraphDataFileName } from '../model/index.ts';
import type { DataIssue } from '../input/issues.ts';

type FileLabel = (name: GraphDataFileName) => string;
type Path = Array<string | number>;

/** The host of a URL, lower case, or null when it has none. */
export function hostOf(url: string): string | null {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return match ? match[1]!.toLowerCase() : null;
}

/** The refused host entry a URL falls under (the host itself or one of its parents). */
export function refusedHostOf(
  url: string,
  refused: GraphData['refusedHosts'],
): GraphData['refusedHosts'][number] | undefined {
  const host = hostOf(url);
  if (host === null) return undefined;
  return refused.find((r) => host === r.host || host.endsWith(`.${r.host}`));
}

/** A sourced fact: an object of the data with its own `sources` list. */
export interface Fact {
  file: GraphDataFileName;
  path: Path;
  value: Record<string, unknown>;
  sources: string[];
  /** Whether it states a number (directly, or in a part without sources of its own). */
  numeric: boolean;
}

function statesNumber(value: unknown, top = true): boolean {
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some((v) => statesNumber(v, false));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (!top && Array.isArray(record.sources)) return false;
    return Object.values(record).some((v) => statesNumber(v, false));
  }
  return false;
}

/** Every sourced fact of the data, with its file and path. */
export function factsOf(data: GraphData): Fact[] {
  const facts: Fact[] = [];
  const visit = (file: GraphDataFileName, value: unknown, path: Path) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(file, item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.sources) && record.sources.length > 0 && path.length > 0) {
        facts.push({ file, path, value: record, sources: record.sources as string[], numeric: statesNumber(record) });
      }
      for (const [key, child] of Object.entries(record)) if (key !== 'sources') visit(file, child, [...path, key]);
    }
  };
  visit('roles.json', data.roles, ['roles']);
  visit('certifications.json', data.certifications, ['certifications']);
  visit('transitions.json', data.transitions, ['transitions']);
  visit('education.json', data.degrees, ['degrees']);
  return facts;
}

/** The best tier among a fact's sources (official best); null when none of them is known. */
export function bestTier(sources: readonly string[], tierOf: ReadonlyMap<string, SourceTier>): SourceTier | null {
  let best: number | null = null;
  for (const id of sources) {
    const tier = tierOf.get(id);
    if (tier === undefined) continue;
    const rank = SOURCE_TIERS.indexOf(tier);
    if (best === null || rank < best) best = rank;
  }
  return best === null ? null : SOURCE_TIERS[best]!;
}

/** How many facts rest on each best tier, and how many of them state a number. */
export function factsByBestTier(data: GraphData): Record<SourceTier, { facts: number; numbers: number }> {
  const tierOf = new Map(data.sources.map((s) => [s.id, s.tier]));
  const counts = Object.fromEntries(SOURCE_TIERS.map((t) => [t, { facts: 0, numbers: 0 }])) as Record<
    SourceTier,
    { facts: number; numbers: number }
  >;
  for (const fact of factsOf(data)) {
    const tier = bestTier(fact.sources, tierOf);
    if (tier === null) continue;
    counts[tier].facts++;
    if (fact.numeric) counts[tier].numbers++;
  }
  return counts;
}

/**
 * Sources a CISO would accept and nothing else: no source on a refused host, every survey
 * names its sample, and a number resting only on secondary sources says so (lowConfidence) —
 * while a number with a better source does not.
 */
export function checkSourceQuality(data: GraphData, label: FileLabel): DataIssue[] {
  const issues: DataIssue[] = [];
  const sourcesFile = label('sources.json');
  data.sources.forEach((source, i) => {
    const refused = refusedHostOf(source.url, data.refusedHosts);
    if (refused) {
      issues.push({
        file: sourcesFile,
        path: ['sources', i, 'url'],
        message: `source "${source.id}" is on ${refused.host}, which is refused (${refused.reason.replace(/-/g, ' ')})`,
        hint: 'find the original on the issuer, agency or publisher site, or record the number as unknown',
      });
    }
    if (source.tier === 'survey' && source.sample === undefined) {
      issues.push({
        file: sourcesFile,
        path: ['sources', i, 'sample'],
        message: `survey "${source.id}" does not say who was asked`,
        hint: 'add its sample, e.g. "340+ US security leaders"',
      });
    }
  });
  const tierOf = new Map(data.sources.map((s) => [s.id, s.tier]));
  for (const fact of factsOf(data)) {
    if (!fact.numeric) continue;
    const tier = bestTier(fact.sources, tierOf);
    if (tier === null) continue;
    const marked = fact.value.lowConfidence === true;
    const acceptable = ACCEPTABLE_TIERS.includes(tier);
    if (!acceptable && !marked) {
      issues.push({
        file: label(fact.file),
        path: [...fact.path, 'lowConfidence'],
        message: 'this number rests only on secondary sources but is not marked low-confidence',
        hint: 'add "lowConfidence": true, or cite an official, survey or publisher source',
      });
    } else if (acceptable && marked) {
      issues.push({
        file: label(fact.file),
        path: [...fact.path, 'lowConfidence'],
        message: `this number has a source of tier "${tier}", so it is not low-confidence`,
        hint: 'remove "lowConfidence"',
      });
    }
  }
  return issues;
}

/** The 6-digit SOC codes of a role, from its O*NET-SOC codes ("15-1299.05" → "15-1299"). */
function socCodesOf(role: GraphData['roles'][number]): Set<string> {
  return new Set(role.codes.onet.map((c) => c.code.slice(0, 7)));
}

/** A role paid or projected at another occupation's code says it is a proxy, and why. */
export function checkPayCodes(data: GraphData, label: FileLabel): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = label('roles.json');
  data.roles.forEach((role, r) => {
    const own = socCodesOf(role);
    const check = (figure: { soc?: string | undefined; proxy?: string | undefined; basis?: string }, path: Path) => {
      if (figure.basis === 'wage' && figure.soc === undefined) {
        issues.push({
          file,
          path: [...path, 'soc'],
          message: 'a median wage must name the SOC code it was measured for',
          hint: 'add "soc", e.g. "15-1212"',
        });
        return;
      }
      if (figure.soc !== undefined && !own.has(figure.soc) && figure.proxy === undefined) {
        issues.push({
          file,
          path: [...path, 'proxy'],
          message: `role "${role.id}" is ${own.size > 0 ? `coded ${[...own].join(', ')}` : 'given no SOC code'} but this figure is for ${figure.soc}`,
          hint: 'say why it stands in with "proxy", or use the role\'s own code',
        });
      }
    };
    role.pay.forEach((p, i) => check(p, ['roles', r, 'pay', i]));
    role.outlook.forEach((o, i) => check(o, ['roles', r, 'outlook', i]));
  });
  return issues;
}

const MANAGEMENT_LEVELS = new Set(['mid', 'advanced', 'executive']);

function isManagementRole(role: GraphData['roles'][number]): boolean {
  return role.level === 'executive' || role.track === 'management';
}

function buildsPeopleManagement(role: GraphData['roles'][number]): boolean {
  return kindsCountedFor(role.countsAs).includes('people-management');
}

/** Moves and roles with no timing evidence: no stay of their own and nothing known of what people bring to the role they lead to. */
export function timingGaps(data: GraphData): { roles: string[]; moves: string[] } {
  const hasEntry = (role: GraphData['roles'][number]) =>
    role.entry !== null && (role.entry.experience.length > 0 || role.entry.sources !== undefined);
  const byId = new Map(data.roles.map((r) => [r.id, r]));
  const roles = data.roles.filter((r) => r.level !== 'start' && !hasEntry(r)).map((r) => r.id);
  const moves = data.transitions
    .filter((t) => t.stay.typical === null && t.stay.minimum === null && !hasEntry(byId.get(t.to)!))
    .map((t) => `${t.from}->${t.to}`);
  return { roles, moves };
}

/**
 * What people bring is known for every role from mid-career up, and management and executive
 * roles say how many years of managing people; a role with nothing of what people bring says
 * where a source says none is needed.
 */
export function checkTimingEvidence(data: GraphData, label: FileLabel): DataIssue[] {
  const issues: DataIssue[] = [];
  const file = label('roles.json');
  data.roles.forEach((role, r) => {
    if (role.entry !== null && role.entry.experience.length === 0 && role.entry.sources === undefined) {
      issues.push({
        file,
        path: ['roles', r, 'entry', 'sources'],
        message: 'says people bring no experience to this role but cites no source for it',
        hint: 'cite the source that says none is needed, or set entry to null (unknown)',
      });
    }
    if (!MANAGEMENT_LEVELS.has(role.level)) return;
    if (role.entry === null || role.entry.experience.length === 0) {
      issues.push({
        file,
        path: ['roles', r, 'entry'],
        message: `role "${role.id}" (level ${role.level}) does not say what experience people typically bring to it`,
        hint: 'give years of related experience as a range, with sources (BLS, O*NET, a named survey)',
      });
      return;
    }
    if (isManagementRole(role) && !role.entry.experience.some((e) => e.kinds.includes('people-management'))) {
      issues.push({
        file,
        path: ['roles', r, 'entry', 'experience'],
        message: `management role "${role.id}" does not say how many years of managing people people bring to it`,
        hint: 'add an entry with kinds ["people-management"] (a range may start at 0)',
      });
    }
  });
  return issues;
}

/**
 * The graph makes sense as a whole: no executive role is reached without passing a role that
 * builds experience of managing people (unless the move says a source shows people make it),
 * and every role that can reach the CISO can also reach the information security manager, or
 * says why not.
 */
export function checkCareerShape(
  data: GraphData,
  label: FileLabel,
  topRoleId: string,
  managerRoleId: string,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(data.roles.map((r) => [r.id, r]));
  const out = new Map<string, string[]>();
  data.transitions.forEach((t) => out.set(t.from, [...(out.get(t.from) ?? []), t.to]));
  const reach = (from: string, blocked: (id: string) => boolean = () => false): Set<string> => {
    const seen = new Set<string>([from]);
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.shift()!;
      for (const next of out.get(id) ?? []) {
        if (seen.has(next) || blocked(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return seen;
  };
  const transitionsFile = label('transitions.json');
  data.transitions.forEach((t, i) => {
    const to = byId.get(t.to);
    const from = byId.get(t.from);
    if (!to || !from || to.level !== 'executive' || buildsPeopleManagement(from) || t.bypassesManagement) return;
    // Every route into an executive role ends with a move from some role: a person who holds that
    // role reaches the executive one without managing people unless the role builds it.
    issues.push({
      file: transitionsFile,
      path: ['transitions', i],
      message: `the move ${t.from}->${t.to} reaches an executive role from one that builds no experience of managing people`,
      hint: 'route it through a management role, or add "bypassesManagement" with the source that shows people make this move',
    });
  });
  if (!byId.has(topRoleId) || !byId.has(managerRoleId)) return issues;
  const rolesFile = label('roles.json');
  data.roles.forEach((role, r) => {
    if (role.id === managerRoleId || role.id === topRoleId) return;
    const reached = reach(role.id);
    if (!reached.has(topRoleId) || reached.has(managerRoleId)) return;
    if (role.cannotLeadTo?.some((c) => c.role === managerRoleId)) return;
    issues.push({
      file: rolesFile,
      path: ['roles', r],
      message: `role "${role.id}" can reach "${topRoleId}" but not "${managerRoleId}"`,
      hint: `add a move that leads on to "${managerRoleId}", or say why not in "cannotLeadTo"`,
    });
  });
  return issues;
}

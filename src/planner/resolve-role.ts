import type { RoleGraph } from '../graph/role-graph.ts';
import { namesOfRole, normalizeRoleName } from '../data/role-names.ts';
import { editDistance } from '../data/suggest.ts';

/** Words people shorten when they type a job title. */
const ABBREVIATIONS: Record<string, string> = {
  info: 'information',
  infosec: 'information security',
  sec: 'security',
  secops: 'security operations',
  cyber: 'cybersecurity',
  mgr: 'manager',
  mngr: 'manager',
  mgmt: 'management',
  admin: 'administrator',
  sysadmin: 'systems administrator',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  pentester: 'penetration tester',
  pen: 'penetration',
  asst: 'assistant',
  dir: 'director',
  arch: 'architect',
  tech: 'technician',
  spec: 'specialist',
  sr: 'senior',
  jr: 'junior',
};

/** Normalized, with abbreviations written out and "cyber security" as one word. */
export function canonicalRoleName(name: string): string {
  return normalizeRoleName(name)
    .replace(/\bcyber security\b/g, 'cybersecurity')
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

export interface RoleCandidate {
  id: string;
  title: string;
}

export type RoleResolution =
  | { ok: true; id: string; matchedName: string; exact: boolean }
  | { ok: false; problem: 'empty' | 'unknown' | 'ambiguous'; input: string; candidates: RoleCandidate[] };

interface Scored {
  id: string;
  title: string;
  name: string;
  score: number;
}

function tokenMatches(wanted: string, token: string): boolean {
  if (wanted === token) return true;
  if (wanted.length >= 3 && token.startsWith(wanted)) return true;
  return wanted.length >= 5 && editDistance(wanted, token, 1) <= 1;
}

/**
 * How far a typed name is from a role name: the edit distance of the whole strings, or, when
 * every typed word matches a word of the name ("security engineer" in "information security
 * engineer"), the number of name words left over.
 */
function distance(input: string, name: string): number {
  const whole = editDistance(input, name, 12);
  const wanted = input.split(' ');
  const tokens = name.split(' ');
  const used = new Set<number>();
  const allMatch = wanted.every((w) => {
    const at = tokens.findIndex((t, i) => !used.has(i) && tokenMatches(w, t));
    if (at === -1) return false;
    used.add(at);
    return true;
  });
  const subset = allMatch ? 1 + (tokens.length - used.size) : Infinity;
  return Math.min(whole, subset);
}

/**
 * Finds the role a person means by a title, alias or id, forgiving case, spacing,
 * abbreviations and small typos. It never guesses between roles: when two roles are about
 * as close, the answer is "ambiguous" with the closest roles listed.
 */
export function resolveRole(graph: RoleGraph, input: string): RoleResolution {
  const wanted = canonicalRoleName(input);
  if (wanted === '') return { ok: false, problem: 'empty', input, candidates: [] };
  const scored: Scored[] = [];
  graph.forEachNode((id, { role }) => {
    let best: Scored | undefined;
    for (const { name } of namesOfRole(role)) {
      const canonical = canonicalRoleName(name);
      const score = canonical === wanted ? 0 : distance(wanted, canonical);
      if (!best || score < best.score) best = { id, title: role.title, name, score };
    }
    scored.push(best!);
  });
  scored.sort((a, b) => a.score - b.score || a.title.localeCompare(b.title));
  const candidates = (list: Scored[]) => list.slice(0, 5).map(({ id, title }) => ({ id, title }));
  const [first, second] = scored;
  if (!first) return { ok: false, problem: 'unknown', input, candidates: [] };
  if (first.score === 0) {
    if (second && second.score === 0) return { ok: false, problem: 'ambiguous', input, candidates: candidates(scored.filter((s) => s.score === 0)) };
    return { ok: true, id: first.id, matchedName: first.name, exact: true };
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 5));
  const close = scored.filter((s) => s.score <= tolerance);
  if (close.length === 0) return { ok: false, problem: 'unknown', input, candidates: candidates(scored.slice(0, 3)) };
  // A clear winner is at least two edits better than the next role.
  if (close.length === 1 || close[1]!.score - first.score >= 2) return { ok: true, id: first.id, matchedName: first.name, exact: false };
  return { ok: false, problem: 'ambiguous', input, candidates: candidates(close) };
}

export function describeResolutionProblem(resolution: Extract<RoleResolution, { ok: false }>): string {
  const list = resolution.candidates.map((c) => `"${c.title}" (${c.id})`).join(', ');
  switch (resolution.problem) {
    case 'empty':
      return 'no role given';
    case 'ambiguous':
      return `"${resolution.input}" could mean several roles: ${list}; type more of the title`;
    case 'unknown':
      return `no role is called "${resolution.input}"${list ? `; closest: ${list}` : ''}`;
  }
}

export interface RoleSuggestion {
  id: string;
  title: string;
  /** The title or alias that matched what was typed. */
  matchedName: string;
  score: number;
}

/**
 * Roles ranked by how well a partly typed name matches their titles and aliases, for
 * autocomplete: prefix matches first, then words, then small typos.
 */
export function suggestRoles(graph: RoleGraph, input: string, limit = 8): RoleSuggestion[] {
  const wanted = canonicalRoleName(input);
  const out: RoleSuggestion[] = [];
  graph.forEachNode((id, { role }) => {
    let best: RoleSuggestion | undefined;
    for (const { name, field } of namesOfRole(role)) {
      if (field === 'id') continue;
      const canonical = canonicalRoleName(name);
      let score: number;
      if (wanted === '') score = 0;
      else if (canonical === wanted) score = 0;
      else if (canonical.startsWith(wanted)) score = 0.5;
      else if (canonical.split(' ').some((word) => word.startsWith(wanted))) score = 1;
      else score = 1 + distance(wanted, canonical);
      if (!best || score < best.score || (score === best.score && field === 'title')) best = { id, title: role.title, matchedName: name, score };
    }
    if (best && best.score <= Math.max(3, wanted.length / 3)) out.push(best);
  });
  return out.sort((a, b) => a.score - b.score || a.title.localeCompare(b.title)).slice(0, limit);
}

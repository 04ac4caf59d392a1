import type { RoleGraph } from '../graph/role-graph.ts';
import {
  canonicalRoleName,
  coreWords,
  isStopword,
  roleNameIndex,
  wordsFor,
  type IndexedRoleName,
} from './role-name-index.ts';

export interface RoleCandidate {
  id: string;
  title: string;
}

export type RoleResolution =
  | { ok: true; id: string; matchedName: string; exact: boolean }
  | {
      ok: false;
      problem: 'empty' | 'unknown' | 'ambiguous';
      input: string;
      candidates: RoleCandidate[];
      /** For an unknown title that shares no word with any role: where a person outside IT starts. */
      startingPoint?: RoleCandidate;
    };

export interface ResolveRoleOptions {
  /** How many roles an ambiguous or unknown answer lists; 5 unless told (the résumé reader asks for every close one). */
  maxCandidates?: number;
}

interface Scored {
  id: string;
  title: string;
  name: string;
  field: IndexedRoleName['field'];
  score: number;
}

/** The most a close role may be away, whatever the length of what was typed (L12: without a cap, long nonsense was "close" to every role). */
const MAX_TOLERANCE = 4;
/** The most whole-string typos forgiven. */
const MAX_TYPOS = 3;
const DEFAULT_CANDIDATES = 5;

/** Job nouns that alone say nothing of which role: "Manager" is not "IT manager" nor "SOC manager". */
const GENERIC_NOUNS = new Set([
  'manager',
  'analyst',
  'engineer',
  'administrator',
  'specialist',
  'officer',
  'auditor',
  'architect',
  'technician',
  'director',
  'consultant',
  'assistant',
  'tester',
  'coordinator',
  'supervisor',
  'head',
  'chief',
  'president',
  'owner',
  'associate',
  'lead',
]);
/** The words that make a role a security role, in the languages of the aliases (German compounds them: "Sicherheitsanalyst"); a title without one is never read as one. */
const SECURITY_WORD = /securit|seguridad|securite|seguranca|sicherheit/;

interface Typed {
  words: readonly string[];
  /** Whether a name may hold more words than were typed: not for a lone generic noun. */
  partial: boolean;
  security: boolean;
}

function typedOf(words: readonly string[]): Typed {
  const core = coreWords(words);
  return {
    words,
    partial: core.length >= 2 || (core.length === 1 && !GENERIC_NOUNS.has(core[0]!)),
    security: words.some((w) => SECURITY_WORD.test(w)),
  };
}

/** Whether one letter added, dropped or changed turns `a` into `b`; without the table a full edit distance allocates. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, or `limit + 1` once it must exceed `limit`; reuses two rows, as it runs for every role name on every call. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (ch === b.charCodeAt(j - 1) ? 0 : 1),
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function tokenMatches(wanted: string, token: string): boolean {
  if (wanted === token) return true;
  if (wanted.length >= 3 && token.startsWith(wanted)) return true;
  return wanted.length >= 5 && token.length >= 5 && withinOneEdit(wanted, token);
}

/**
 * How many of `tokens` are left once each of `wanted` has taken a distinct one it matches; null
 * if one finds none, or if a security word would be left over and `security` is false.
 */
function leftAfterMatching(wanted: readonly string[], tokens: readonly string[], security = true): number | null {
  const used = new Uint8Array(tokens.length);
  for (const w of wanted) {
    let at = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (!used[i] && tokenMatches(w, tokens[i]!)) {
        at = i;
        break;
      }
    }
    if (at === -1) return null;
    used[at] = 1;
  }
  let left = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    if (!security && SECURITY_WORD.test(tokens[i]!)) return null;
    if (!isStopword(tokens[i]!)) left++;
  }
  return left;
}

/**
 * How far typed words are from one role name: 0 when equal once qualifiers are left out
 * ("Senior SOC analyst II" is "SOC analyst"); 1 plus the words left over when every typed word
 * is in the name ("security engineer" in "information security engineer") or every word of a
 * name of two words or more is in what was typed ("network security engineer" has "security
 * engineer"); or the whole-string typos, a few at most and fewer for short words ("soc" is not
 * two edits from "ciso"). A name is never reached by leaving out its security word ("project
 * manager" is not "security project manager"), nor by a lone generic noun ("manager").
 */
function scoreName(typed: Typed, name: IndexedRoleName): number {
  const words = wordsFor(typed.words, name);
  if (words.length === 0) return Infinity;
  const joined = words.join(' ');
  if (joined === name.canonical) return 0;
  let best = Infinity;
  const nameLeft = typed.partial ? leftAfterMatching(words, name.tokens, typed.security) : null;
  if (nameLeft !== null) best = 1 + nameLeft;
  if (name.meaningfulTokens.length >= 2) {
    const typedLeft = leftAfterMatching(name.meaningfulTokens, words);
    if (typedLeft !== null) best = Math.min(best, 1 + typedLeft);
  }
  const limit = Math.min(MAX_TYPOS, Math.floor(joined.length / 4));
  if (limit >= 1 && best > 1) {
    const typos = boundedDistance(joined, name.canonical, limit);
    if (typos <= limit) best = Math.min(best, typos);
  }
  return best;
}

function scoreRoles(graph: RoleGraph, typed: Typed): Scored[] {
  const best = new Map<string, Scored>();
  for (const name of roleNameIndex(graph).names) {
    const score = scoreName(typed, name);
    if (score === Infinity) continue;
    const known = best.get(name.id);
    if (!known || score < known.score || (score === known.score && name.field === 'title' && known.field !== 'title')) {
      best.set(name.id, { id: name.id, title: name.title, name: name.name, field: name.field, score });
    }
  }
  return [...best.values()].sort((a, b) => a.score - b.score || a.title.localeCompare(b.title));
}

/** For "no role is called …": roles sharing a word with what was typed, most words shared first. */
function nearestByWords(graph: RoleGraph, core: readonly string[], max: number): RoleCandidate[] {
  const shared = new Map<string, { title: string; count: number }>();
  for (const name of roleNameIndex(graph).names) {
    const count = core.filter((w) => name.tokens.some((t) => tokenMatches(w, t))).length;
    if (count > (shared.get(name.id)?.count ?? 0)) shared.set(name.id, { title: name.title, count });
  }
  return [...shared.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.title.localeCompare(b.title))
    .slice(0, max)
    .map(([id, { title }]) => ({ id, title }));
}

/**
 * Finds the role a person means by a title, alias or id, forgiving case, spacing, accents,
 * abbreviations, small typos and the words that only say how senior a job was or on what
 * terms ("Senior", "II", "Tier 1", "(part-time)", "Intern"). It never guesses between roles:
 * when two roles are about as close, the answer is "ambiguous" with the close roles listed.
 */
export function resolveRole(graph: RoleGraph, input: string, options: ResolveRoleOptions = {}): RoleResolution {
  const max = options.maxCandidates ?? DEFAULT_CANDIDATES;
  const canonical = canonicalRoleName(input);
  if (canonical === '') return { ok: false, problem: 'empty', input, candidates: [] };
  const toCandidates = (list: readonly Scored[]) => list.slice(0, max).map(({ id, title }) => ({ id, title }));

  const exact = roleNameIndex(graph).exact.get(canonical);
  if (exact && exact.size === 1) {
    const id = exact.values().next().value!;
    const names = roleNameIndex(graph).names.filter((n) => n.id === id && n.canonical === canonical);
    return { ok: true, id, matchedName: (names.find((n) => n.field !== 'id') ?? names[0]!).name, exact: true };
  }
  const typed = canonical.split(' ');
  const core = coreWords(typed);
  if (core.length === 0) return { ok: false, problem: 'unknown', input, candidates: [] };
  const scored = scoreRoles(graph, typedOf(typed));
  const zero = scored.filter((s) => s.score === 0);
  if (zero.length === 1) return { ok: true, id: zero[0]!.id, matchedName: zero[0]!.name, exact: false };
  if (zero.length > 1) return { ok: false, problem: 'ambiguous', input, candidates: toCandidates(zero) };

  const tolerance = Math.max(2, Math.min(MAX_TOLERANCE, Math.floor(core.join(' ').length / 5)));
  const close = scored.filter((s) => s.score <= tolerance);
  if (close.length === 0) {
    const candidates = nearestByWords(graph, core, Math.min(max, 3));
    if (candidates.length > 0) return { ok: false, problem: 'unknown', input, candidates };
    const start = graph.findNode((_, attributes) => attributes.role.level === 'start');
    return {
      ok: false,
      problem: 'unknown',
      input,
      candidates,
      ...(start === undefined
        ? {}
        : { startingPoint: { id: start, title: graph.getNodeAttribute(start, 'role').title } }),
    };
  }
  // A clear winner is at least two steps better than the next role.
  if (close.length === 1 || close[1]!.score - close[0]!.score >= 2)
    return { ok: true, id: close[0]!.id, matchedName: close[0]!.name, exact: false };
  return {
    ok: false,
    problem: 'ambiguous',
    input,
    candidates: toCandidates(close.filter((s) => s.score - close[0]!.score < 2)),
  };
}

export function describeResolutionProblem(resolution: Extract<RoleResolution, { ok: false }>): string {
  const titles = resolution.candidates.map((c) => `"${c.title}"`);
  const list =
    titles.length <= 1 ? titles.join('') : `${titles.slice(0, -1).join(', ')} or ${titles[titles.length - 1]}`;
  switch (resolution.problem) {
    case 'empty':
      return 'no role given';
    case 'ambiguous':
      return `"${resolution.input}" could mean several roles: ${list}; type more of the title`;
    case 'unknown':
      if (list) return `no role is called "${resolution.input}"; closest: ${list}`;
      return `no role is called "${resolution.input}"${resolution.startingPoint ? `; for a job outside IT, start from "${resolution.startingPoint.title}"` : ''}`;
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
  const typed = typedOf(wanted.split(' '));
  const best = new Map<string, RoleSuggestion & { field: IndexedRoleName['field'] }>();
  for (const name of roleNameIndex(graph).names) {
    if (name.field === 'id') continue;
    let score: number;
    if (wanted === '' || name.canonical === wanted) score = 0;
    else if (name.canonical.startsWith(wanted)) score = 0.5;
    else if (name.tokens.some((word) => word.startsWith(wanted))) score = 1;
    else score = 1 + scoreName(typed, name);
    const known = best.get(name.id);
    if (!known || score < known.score || (score === known.score && name.field === 'title' && known.field !== 'title')) {
      best.set(name.id, { id: name.id, title: name.title, matchedName: name.name, score, field: name.field });
    }
  }
  const cutoff = Math.max(3, wanted.length / 3);
  return [...best.values()]
    .filter((s) => s.score <= cutoff)
    .sort((a, b) => a.score - b.score || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map(({ id, title, matchedName, score }) => ({ id, title, matchedName, score }));
}

import type { RoleGraph } from '../graph/role-graph.ts';
import { namesOfRole, normalizeRoleName } from '../names/role-names.ts';

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
  sys: 'systems',
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
  ops: 'operations',
  sr: 'senior',
  jr: 'junior',
};

/**
 * Words that say how senior a job was, at what level, or on what terms — never which role it
 * was. They are ignored in a typed title unless the role name being compared has them too
 * ("IT security lead", "SOC tier 1 analyst" keep theirs).
 */
const QUALIFIERS = new Set([
  'senior',
  'junior',
  'lead',
  'principal',
  'staff',
  'associate',
  'entry',
  'level',
  'tier',
  'grade',
  'band',
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  '1',
  '2',
  '3',
  '4',
  '5',
  'l1',
  'l2',
  'l3',
  't1',
  't2',
  't3',
  'intern',
  'internship',
  'trainee',
  'apprentice',
  'coop',
  'co',
  'op',
  'werkstudent',
  'praktikant',
  'praktikantin',
  'stagiaire',
  'stage',
  'becario',
  'becaria',
  'pasante',
  'estagiario',
  'estagiaria',
  'part',
  'full',
  'time',
  'parttime',
  'fulltime',
  'pt',
  'ft',
  'contract',
  'contractor',
  'freelance',
  'freelancer',
  'temporary',
  'temp',
  'interim',
  'acting',
  'remote',
  'hybrid',
  'onsite',
  'seasonal',
]);

/** Small words that join a title ("director of information security") and carry no meaning alone. */
const STOPWORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'a',
  'an',
  'to',
  'de',
  'del',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'y',
  'e',
  'da',
  'do',
  'der',
  'die',
  'das',
  'und',
  'fur',
  'en',
]);

/** The form a name is compared in: normalized, accents dropped, abbreviations written out, "cyber security" as one word. */
export function canonicalRoleName(name: string): string {
  return normalizeRoleName(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\bcyber security\b/g, 'cybersecurity')
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** One name a role answers to, prepared once per graph. */
export interface IndexedRoleName {
  id: string;
  title: string;
  name: string;
  field: 'id' | 'title' | 'aliases';
  canonical: string;
  tokens: readonly string[];
  tokenSet: ReadonlySet<string>;
  /** Tokens that carry meaning: not stopwords. */
  meaningfulTokens: readonly string[];
}

export interface RoleNameIndex {
  names: readonly IndexedRoleName[];
  /** Canonical name → the roles it names exactly. */
  exact: ReadonlyMap<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<RoleGraph, RoleNameIndex>();

/**
 * Every title, alias and id of every role in canonical form, computed once per graph: a résumé
 * of thousands of jobs and a form re-resolving on each keystroke must not normalize the
 * catalogue again for every call.
 */
export function roleNameIndex(graph: RoleGraph): RoleNameIndex {
  const known = indexes.get(graph);
  if (known) return known;
  const names: IndexedRoleName[] = [];
  const exact = new Map<string, Set<string>>();
  graph.forEachNode((id, { role }) => {
    for (const { name, field } of namesOfRole(role)) {
      const canonical = canonicalRoleName(field === 'id' ? name.replace(/-/g, ' ') : name);
      if (canonical === '') continue;
      const tokens = canonical.split(' ');
      names.push({
        id,
        title: role.title,
        name,
        field,
        canonical,
        tokens,
        tokenSet: new Set(tokens),
        meaningfulTokens: tokens.filter((t) => !STOPWORDS.has(t)),
      });
      let ids = exact.get(canonical);
      if (!ids) exact.set(canonical, (ids = new Set()));
      ids.add(id);
    }
  });
  const index = { names, exact };
  indexes.set(graph, index);
  return index;
}

export const isStopword = (token: string) => STOPWORDS.has(token);

/** The typed words compared with one name: qualifiers and stopwords the name does not have are left out. */
export function wordsFor(typed: readonly string[], name: IndexedRoleName): string[] {
  return typed.filter((t) => !(QUALIFIERS.has(t) || STOPWORDS.has(t)) || name.tokenSet.has(t));
}

/** The typed words with every qualifier and stopword left out: what says which role it was. */
export function coreWords(typed: readonly string[]): string[] {
  return typed.filter((t) => !QUALIFIERS.has(t) && !STOPWORDS.has(t));
}

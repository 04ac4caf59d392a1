import type { Role } from '../model/index.ts';
import type { DataIssue } from '../input/issues.ts';
import { namesOfRole, normalizeRoleName } from '../names/role-names.ts';

/**
 * Look-alike role names. Two roles whose titles read the same ("SOC analyst" and "SОC analyst"
 * with a Cyrillic О) pass the alias check, which compares names letter by letter, yet a person
 * picking from a list cannot tell them apart. Following Unicode's UTS #39 (security
 * mechanisms), a name is refused when its letters mix scripts, and two names of different
 * roles are refused when their skeletons, the names with every look-alike letter replaced by
 * the letter it imitates, are the same.
 *
 * The table holds the look-alikes of Latin letters and digits from the scripts that have them
 * in numbers (Cyrillic, Greek, Armenian) and the confusions within Latin itself (I, l and 1; 0
 * and O; rn and m), taken from UTS #39's confusables.txt; NFKC already folds full-width and
 * mathematical letters.
 */

/** Capitals that look like Latin capitals but whose small letters do not look like Latin small letters. */
const CAPITALS: Record<string, string> = {
  // Cyrillic
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ү: 'Y',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ӏ: 'I',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Armenian
  Օ: 'O',
  Ս: 'U',
  Տ: 'S',
};

/** Small letters and digits, after lower-casing, and the Latin letter each imitates. */
const SMALL: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  х: 'x',
  у: 'y',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  ү: 'y',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'i',
  ԁ: 'd',
  һ: 'h',
  ɡ: 'g',
  ѵ: 'v',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  // Armenian
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ո: 'n',
  ց: 'g',
  զ: 'q',
  // Latin and digits: capital I, small l, digit 1 and the vertical bar; zero and O; dotless i
  l: 'i',
  '1': 'i',
  '|': 'i',
  ı: 'i',
  '0': 'o',
  ſ: 'f',
};

/** Letter pairs that read as one letter. */
const DIGRAPHS: Array<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** A name with every look-alike replaced by what it imitates, compared as role names are. */
export function skeleton(name: string): string {
  const folded = [...name.normalize('NFKC').replace(IGNORABLE, '')]
    .map((c) => CAPITALS[c] ?? c)
    .join('')
    .toLowerCase();
  let out = [...folded].map((c) => SMALL[c] ?? c).join('');
  for (const [pair, letter] of DIGRAPHS) out = out.replace(pair, letter);
  return normalizeRoleName(out);
}

/** Scripts that may share a name: Japanese and Chinese and Korean mix their own scripts with Latin. */
const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Cherokee',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
] as const;
type Script = (typeof SCRIPTS)[number] | 'another script';
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
const MIXES_ALLOWED: ReadonlyArray<ReadonlySet<Script>> = [
  new Set<Script>(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set<Script>(['Latin', 'Han', 'Bopomofo']),
  new Set<Script>(['Latin', 'Han', 'Hangul']),
];

function scriptOf(letter: string): Script {
  for (const [name, pattern] of SCRIPT_PATTERNS) if (pattern.test(letter)) return name;
  return 'another script';
}

/** The first letter of a script other than the name's first script, when the mix is not one UTS #39 allows. */
function mixedScriptLetter(name: string): { letter: string; script: Script; first: Script } | undefined {
  const seen = new Set<Script>();
  let first: Script | undefined;
  for (const letter of name.normalize('NFKC').match(/\p{L}/gu) ?? []) {
    const script = scriptOf(letter);
    first ??= script;
    seen.add(script);
    if (seen.size > 1 && !MIXES_ALLOWED.some((allowed) => [...seen].every((s) => allowed.has(s))))
      return { letter, script, first };
  }
  return undefined;
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Titles and aliases that mix scripts, and names of different roles that look the same. */
export function lookAlikeIssues(roles: readonly Role[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const owners = new Map<string, { roleIndex: number; id: string; name: string; path: Array<string | number> }>();
  roles.forEach((role, roleIndex) => {
    // Ids are kebab-case ASCII and typed, never picked from a list: only titles and aliases can deceive.
    for (const { name, field, index } of namesOfRole(role).filter((n) => n.field !== 'id')) {
      const path = index === undefined ? ['roles', roleIndex, field] : ['roles', roleIndex, field, index];
      const mixed = mixedScriptLetter(name);
      if (mixed) {
        issues.push({
          file,
          path,
          message: `"${name}" mixes ${mixed.first} letters with the ${mixed.script} letter "${mixed.letter}" (${codePoint(mixed.letter)}), which can look like another letter`,
          hint: 'write every letter of a title or alias in one script',
        });
      }
      const key = skeleton(name);
      const previous = owners.get(key);
      if (previous === undefined) owners.set(key, { roleIndex, id: role.id, name, path });
      else if (previous.id !== role.id && normalizeRoleName(previous.name) !== normalizeRoleName(name)) {
        // Names that are equal once normalised are reported by the alias check; these only look equal.
        issues.push({
          file,
          path,
          message: `"${name}" looks the same as "${previous.name}", which names role "${previous.id}" ($.roles[${previous.roleIndex}])`,
          hint: 'a person choosing from a list could not tell the two roles apart: rename one',
        });
      }
    }
  });
  return issues;
}

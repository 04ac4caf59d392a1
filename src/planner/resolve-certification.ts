import type { Certification } from '../model/index.ts';
import { closestMatches } from '../names/suggest.ts';

/**
 * The one normal form of certification names, shared by the command line, the résumé reader
 * and the web picker: NFKC (so "²" is "2"), lower case, accents dropped, "(ISC)²" and "ISC 2"
 * as "isc2", "+" as "plus", anything else but letters and digits as a space.
 */
export function certificationWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\(\s*isc\s*\)\s*2/g, 'isc2')
    .replace(/\bisc\s+2\b/g, 'isc2')
    .replace(/\+/g, ' plus ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words people add to a certificate's name that say nothing of which one it is: CompTIA's "ce" (continuing education), "certification". */
const NOISE_WORDS = new Set([
  'ce',
  'certification',
  'certificate',
  'certified',
  'cert',
  'credential',
  'exam',
  'active',
  'valid',
  'current',
  'license',
  'licence',
  'holder',
  'number',
  'id',
  'issued',
  'by',
]);

/** Issuers people write before or after a name, beyond those in the data ("SANS GCIH", "EC Council CEH"). */
const ISSUER_SPELLINGS = [
  'isc2',
  'isc',
  'comptia',
  'giac',
  'sans',
  'isaca',
  'ec council',
  'eccouncil',
  'offsec',
  'offensive security',
  'pecb',
  'sia',
];

const STATUS_PATTERNS: ReadonlyArray<[CertificationStatus, RegExp]> = [
  // An Associate of ISC2 passed an exam and waits for the experience: the credential is not held.
  ['associate', /\bassociate\s+of\s+(?:\(\s*isc\s*\)\s*[2²]|isc\s*[2²])/giu],
  ['expired', /\b(?:expired|lapsed|inactive)\b/gi],
  [
    'in-progress',
    /\b(?:in[\s-]progress|pursuing|studying(?:\s+for)?|candidate|expected|planned|scheduled|working\s+towards?|in\s+training|ongoing)\b/gi,
  ],
];

export type CertificationStatus = 'held' | 'expired' | 'in-progress' | 'associate';

export interface CertificationNameMatch {
  /** The certifications the name names: usually one, several for "CISSP, CISM"; [] when none for sure. */
  ids: string[];
  /** What the name itself says of it: "(expired)", "in progress", "Associate of ISC2". */
  status: CertificationStatus;
  /** Ids of close certifications when none matched, best first. */
  suggestions: string[];
}

export interface CertificationIndex {
  certifications: readonly Certification[];
  byKey: ReadonlyMap<string, ReadonlySet<string>>;
  issuers: ReadonlyArray<readonly string[]>;
  /** Words the picker's search looks in, by id. */
  searchWords: ReadonlyMap<string, readonly string[]>;
  /** Short names (abbreviation, id, aliases) for suggestions, normalized → id. */
  suggestKeys: ReadonlyMap<string, string>;
}

type Certifications = ReadonlyMap<string, Certification> | readonly Certification[] | Iterable<Certification>;

const indexes = new WeakMap<object, CertificationIndex>();

function stripEnds(
  words: readonly string[],
  phrases: ReadonlyArray<readonly string[]>,
  single: (word: string) => boolean,
): string[] {
  let start = 0;
  let end = words.length;
  const startsWith = (p: readonly string[]) => p.length < end - start && p.every((w, i) => words[start + i] === w);
  const endsWith = (p: readonly string[]) =>
    p.length < end - start && p.every((w, i) => words[end - p.length + i] === w);
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of phrases) {
      if (startsWith(p)) {
        start += p.length;
        changed = true;
      }
      if (endsWith(p)) {
        end -= p.length;
        changed = true;
      }
    }
    if (end - start > 1 && single(words[start]!)) {
      start += 1;
      changed = true;
    }
    if (end - start > 1 && single(words[end - 1]!)) {
      end -= 1;
      changed = true;
    }
  }
  return words.slice(start, end);
}

const hasDigit = (word: string) => /\d/.test(word);

/**
 * Every name of every certification in normal form, with and without its issuer, computed once
 * per catalogue: a résumé of many certificates must not normalize the catalogue again for each.
 */
export function certificationIndex(certs: Certifications): CertificationIndex {
  const cacheKey = Array.isArray(certs) || certs instanceof Map ? (certs as object) : null;
  const known = cacheKey ? indexes.get(cacheKey) : undefined;
  if (known) return known;
  const certifications = certs instanceof Map ? [...certs.values()] : [...(certs as Iterable<Certification>)];
  const issuerSet = new Map<string, readonly string[]>();
  for (const spelling of ISSUER_SPELLINGS) issuerSet.set(spelling, spelling.split(' '));
  for (const cert of certifications) {
    const words = certificationWords(cert.issuer);
    if (words.length > 0 && words.length <= 3) issuerSet.set(words.join(' '), words);
  }
  const issuers = [...issuerSet.values()].sort((a, b) => b.length - a.length);
  const byKey = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    if (key === '') return;
    let ids = byKey.get(key);
    if (!ids) byKey.set(key, (ids = new Set()));
    ids.add(id);
  };
  const searchWords = new Map<string, string[]>();
  const suggestKeys = new Map<string, string>();
  for (const cert of certifications) {
    for (const name of [cert.id, cert.id.replace(/-/g, ' '), cert.abbreviation, cert.name, ...cert.aliases]) {
      const words = certificationWords(name);
      add(words.join(' '), cert.id);
      add(stripEnds(words, issuers, () => false).join(' '), cert.id);
    }
    for (const name of [cert.id, cert.abbreviation, ...cert.aliases])
      suggestKeys.set(certificationWords(name).join(' '), cert.id);
    searchWords.set(
      cert.id,
      [cert.abbreviation, cert.name, cert.issuer, cert.id, ...cert.aliases].flatMap(certificationWords),
    );
  }
  const index = { certifications, byKey, issuers, searchWords, suggestKeys };
  if (cacheKey) indexes.set(cacheKey, index);
  return index;
}

/** The one certification the words name, with issuer and noise words at either end left out; null when none or several. */
function lookUp(index: CertificationIndex, words: readonly string[]): string | null {
  const isNoise = (w: string) => NOISE_WORDS.has(w) || hasDigit(w);
  // The words as written first: a name that is itself a key never yields to a shortened form.
  for (const variant of [
    words,
    stripEnds(words, index.issuers, () => false),
    stripEnds(words, index.issuers, isNoise),
  ]) {
    const ids = index.byKey.get(variant.join(' '));
    if (ids) return ids.size === 1 ? ids.values().next().value! : null;
  }
  return null;
}

/** Brackets first, then dashes and colons, then commas and slashes, then "and": a part is tried whole before it is split further. */
const SEPARATORS = [/[()[\]{}]/, /\s+[-–—]\s+|\s*[:|]\s*/, /\s*[,;]\s*|\s+\/\s+/, /\s+(?:and|&)\s+/i];

/** A part that names no certification and needs not: an issuer alone, an exam code, a year, "ce". */
function isNoisePart(index: CertificationIndex, text: string): boolean {
  const noise = (w: string) => NOISE_WORDS.has(w) || hasDigit(w);
  const rest = stripEnds(certificationWords(text), index.issuers, noise);
  return rest.every(noise) || index.issuers.some((p) => p.join(' ') === rest.join(' '));
}

/** Ids the text names, or null when a part of substance names none (so "Certified Analytics Professional (CAP)" is not CGRC, once called CAP). */
function matchParts(index: CertificationIndex, text: string, level: number, partial: Set<string>): string[] | null {
  const whole = lookUp(index, certificationWords(text));
  if (whole) return [whole];
  if (level >= SEPARATORS.length) return null;
  const parts = text
    .split(SEPARATORS[level]!)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length <= 1) return matchParts(index, text, level + 1, partial);
  const ids: string[] = [];
  let unmatched = false;
  for (const part of parts) {
    if (isNoisePart(index, part)) continue;
    const found = matchParts(index, part, level + 1, partial);
    if (found) ids.push(...found);
    else unmatched = true;
  }
  if (unmatched) {
    for (const id of ids) partial.add(id);
    return null;
  }
  return ids.length > 0 ? [...new Set(ids)] : null;
}

/**
 * Reads a certificate's name as people write it: by name, abbreviation or alias, with issuer
 * prefixes and suffixes ("(ISC)² CISSP", "CompTIA Security+ ce"), the abbreviation in brackets
 * ("GIAC Certified Incident Handler (GCIH)"), several in one ("CISSP, CISM"), and what the name
 * says of its state ("expired", "in progress", "Associate of ISC2").
 */
export function matchCertificationName(index: CertificationIndex, input: string): CertificationNameMatch {
  let text = input.normalize('NFKC');
  let status: CertificationStatus = 'held';
  for (const [which, pattern] of STATUS_PATTERNS) {
    const without = text.replace(pattern, ' ');
    if (without !== text && status === 'held') status = which;
    text = without;
  }
  const partial = new Set<string>();
  const ids = matchParts(index, text, 0, partial) ?? [];
  if (ids.length > 0) return { ids, status, suggestions: [] };
  const wanted = certificationWords(text).join(' ');
  const near = closestMatches(wanted, index.suggestKeys.keys(), 3).map((key) => index.suggestKeys.get(key)!);
  return { ids: [], status, suggestions: [...new Set([...partial, ...near])] };
}

/**
 * Finds a certification by id, abbreviation, name or alias, written as people write it
 * ("cissp", "(ISC)² CISSP", "CompTIA Security+ ce"); suggestions when none matches for sure.
 */
export function resolveCertification(certs: Certifications, input: string): { id: string } | { suggestions: string[] } {
  const found = matchCertificationName(certificationIndex(certs), input);
  if (found.ids.length === 1 && found.status === 'held') return { id: found.ids[0]! };
  return { suggestions: found.ids.length > 0 ? found.ids : found.suggestions };
}

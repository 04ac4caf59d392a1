import { editDistance } from '../../names/suggest.ts';
import type { Certification } from '../../model/certification.ts';
import { certificationIndex, certificationWords, matchCertificationName } from '../../planner/resolve-certification.ts';

/** Two letters swapped ("cisps" for "cissp") is one slip, not the two edits Levenshtein counts. */
function oneSwapApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

function typoDistance(wanted: string, cert: Certification): number {
  const names = [cert.abbreviation, cert.id, ...cert.aliases].map((n) => certificationWords(n).join(''));
  return Math.min(...names.map((name) => (oneSwapApart(wanted, name) ? 1 : editDistance(wanted, name, 4))));
}

/**
 * Certifications matching what was typed, in the normal form the command line and the résumé
 * reader use (resolve-certification.ts): first the one a whole name as people write it names
 * ("(ISC)² CISSP", "CompTIA Security+ ce"); then those where every typed word starts a word of
 * the abbreviation, name, aliases or issuer ("isc cis" finds CISSP); when nothing matches, the
 * ones within a small typo ("cisps", "securty+"), closest first.
 */
export function searchCertifications(certifications: readonly Certification[], query: string): Certification[] {
  const wanted = certificationWords(query);
  if (wanted.length === 0) return [...certifications];
  const index = certificationIndex(certifications);
  const named = new Set(matchCertificationName(index, query).ids);
  const matches = certifications.filter((cert) => {
    if (named.has(cert.id)) return false;
    const haystack = index.searchWords.get(cert.id) ?? [];
    return wanted.every((w) => haystack.some((h) => h.startsWith(w)));
  });
  if (named.size > 0 || matches.length > 0) return [...certifications.filter((c) => named.has(c.id)), ...matches];
  const joined = wanted.join('');
  const limit = Math.max(1, Math.floor(joined.length / 3));
  return certifications
    .map((cert) => ({ cert, distance: typoDistance(joined, cert) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.cert.abbreviation.localeCompare(b.cert.abbreviation))
    .map((c) => c.cert);
}

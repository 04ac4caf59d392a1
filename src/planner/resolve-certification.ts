import type { Certification } from '../model/index.ts';
import { closestMatches } from '../data/suggest.ts';

const simplify = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\+/g, ' plus').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Finds a certification by id, abbreviation, name or alias ("cissp", "CISSP", "Security+",
 * "CompTIA Security+"); undefined with suggestions when none matches.
 */
export function resolveCertification(certs: Iterable<Certification>, input: string): { id: string } | { suggestions: string[] } {
  const wanted = simplify(input);
  const all = [...certs];
  for (const cert of all) {
    const names = [cert.id, cert.abbreviation, cert.name, ...cert.aliases].map(simplify);
    if (names.includes(wanted) || simplify(cert.id.replace(/-/g, ' ')) === wanted) return { id: cert.id };
  }
  const byName = new Map<string, string>();
  for (const cert of all) for (const name of [cert.id, cert.abbreviation, ...cert.aliases]) byName.set(simplify(name), cert.id);
  const near = closestMatches(wanted, byName.keys(), 3).map((n) => byName.get(n)!);
  return { suggestions: [...new Set(near)] };
}

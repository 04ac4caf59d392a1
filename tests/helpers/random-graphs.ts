import { buildRoleGraph, type RoleGraph } from '../../src/graph/role-graph.ts';
import type { Certification, ExperienceKind, GraphData, Profile, Role, Transition } from '../../src/model/index.ts';
import { prng } from '../../bench/prng.ts';

export { prng };

const SOURCE = 'test-source';
const KINDS: ExperienceKind[] = ['it', 'security', 'security-management', 'audit', 'risk'];

export function role(id: string, countsAs: ExperienceKind[], level: Role['level'] = 'mid'): Role {
  return {
    id,
    title: `Role ${id}`,
    aliases: [],
    level,
    track: 'engineering',
    summary: `Generated role ${id} for tests.`,
    countsAs,
    codes: { onet: [], nice: [] },
    pay: [],
    outlook: [],
    sources: [SOURCE],
    disputes: [],
  };
}

export function transition(from: string, to: string, needs: Array<[ExperienceKind[], number]> = [], requiredCerts: string[][] = [], minimumEducation?: 'bachelor' | 'master'): Transition {
  return {
    from,
    to,
    kind: 'promotion',
    minimumExperience: needs.map(([kinds, years]) => ({ kinds, years, sources: [SOURCE] })),
    typicalExperience: null,
    education: { minimum: minimumEducation ? { level: minimumEducation, sources: [SOURCE] } : null, typical: null },
    certifications: { required: requiredCerts.map((anyOf) => ({ anyOf, sources: [SOURCE] })), expected: [] },
    typicalMonthsInRole: null,
    sources: [SOURCE],
    disputes: [],
  };
}

export function certification(
  id: string,
  needs: Array<[ExperienceKind[], number]>,
  options: { prepMonths?: number; costUsd?: number; waivers?: Certification['experience']['waivers']; maxWaiverYears?: number | null } = {},
): Certification {
  return {
    id,
    name: `Certification ${id}`,
    abbreviation: id.toUpperCase(),
    aliases: [],
    issuer: 'Test issuer',
    officialUrl: 'https://example.org/cert',
    summary: 'A generated certification for tests.',
    experience: {
      required: needs.map(([kinds, years]) => ({ kinds, years })),
      recommended: [],
      windowYears: null,
      waivers: options.waivers ?? [],
      maxWaiverYears: options.maxWaiverYears ?? null,
      examBeforeExperience: true,
      beforeEligibility: null,
      sources: [SOURCE],
    },
    exam: { costs: options.costUsd === undefined ? [] : [{ usd: options.costUsd, seen: '2026', sources: [SOURCE] }], questions: null, minutes: null, sources: [SOURCE] },
    preparation: { typicalMonths: options.prepMonths ?? null, sources: [] },
    renewal: { cycleYears: null, continuingEducation: null, annualFees: [], sources: [SOURCE] },
    sources: [SOURCE],
    disputes: [],
  };
}

export function graphOf(roles: Role[], transitions: Transition[], certifications: Certification[] = [], degreeMonths = 48): RoleGraph {
  const data: GraphData = {
    sources: [{ id: SOURCE, title: 'Test', publisher: 'Test', url: 'https://example.org/', accessed: '2026-11-25', kind: 'secondary' }],
    roles,
    certifications,
    transitions,
    degrees: [
      { level: 'bachelor', title: "Bachelor's", requires: 'none', typicalMonths: { months: degreeMonths, sources: [SOURCE] }, costPerYear: [{ usd: 10000, basis: 'test', period: '2025', sources: [SOURCE] }] },
      { level: 'master', title: "Master's", requires: 'bachelor', typicalMonths: { months: 24, sources: [SOURCE] }, costPerYear: [{ usd: 20000, basis: 'test', period: '2025', sources: [SOURCE] }] },
    ],
  };
  return buildRoleGraph(data);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function someKinds(random: () => number): ExperienceKind[] {
  const kinds = KINDS.filter(() => random() < 0.4);
  return kinds.length > 0 ? kinds : [pick(random, KINDS)];
}

export interface GeneratedCase {
  seed: number;
  graph: RoleGraph;
  from: string;
  to: string;
  profile: Profile;
}

/**
 * A small random role graph with mixed experience kinds, experience minimums on moves,
 * certifications with experience rules and waivers, and cycles — the shapes that make
 * greedy scheduling go wrong.
 */
export function randomCase(seed: number, size = { roles: 6, certs: 3 }): GeneratedCase {
  const random = prng(seed);
  const roleCount = 3 + Math.floor(random() * (size.roles - 2));
  const roles = Array.from({ length: roleCount }, (_, i) => role(`r${i}`, someKinds(random), i === 0 ? 'feeder' : 'mid'));
  const certCount = Math.floor(random() * (size.certs + 1));
  const certs = Array.from({ length: certCount }, (_, i) => {
    const needs: Array<[ExperienceKind[], number]> = random() < 0.85 ? [[someKinds(random), 1 + Math.floor(random() * 4)]] : [];
    if (random() < 0.3) needs.push([[pick(random, KINDS)], 1 + Math.floor(random() * 2)]);
    return certification(`c${i}`, needs, { prepMonths: Math.floor(random() * 7), costUsd: 100 * (1 + Math.floor(random() * 9)) });
  });
  // Waivers between certifications and for degrees.
  for (const cert of certs) {
    if (random() < 0.35 && certs.length > 1) {
      const other = pick(random, certs.filter((c) => c.id !== cert.id));
      cert.experience.waivers.push(random() < 0.2 ? { certification: other.id, waivesAll: true } : { certification: other.id, years: 1 });
    }
    if (random() < 0.3) cert.experience.waivers.push({ education: 'bachelor', years: 1 });
    cert.experience.maxWaiverYears = random() < 0.5 ? 1 : null;
  }
  const transitions: Transition[] = [];
  const seen = new Set<string>();
  const edgeCount = roleCount + Math.floor(random() * roleCount * 1.5);
  for (let e = 0; e < edgeCount; e++) {
    // The first edges form a chain so most cases have a route; then mostly upward moves,
    // with some back and sideways ones for cycles.
    const a = e < roleCount - 1 && random() < 0.7 ? e : Math.floor(random() * roleCount);
    const b = e < roleCount - 1 && a === e ? e + 1 : random() < 0.8 ? Math.min(roleCount - 1, a + 1 + Math.floor(random() * 2)) : Math.floor(random() * roleCount);
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    const needs: Array<[ExperienceKind[], number]> = [];
    const needCount = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0;
    for (let n = 0; n < needCount; n++) needs.push([someKinds(random), 1 + Math.floor(random() * 3)]);
    const groups = certs.length > 0 && random() < 0.45 ? [certs.filter(() => random() < 0.5).map((c) => c.id)].filter((g) => g.length > 0) : [];
    transitions.push(transition(`r${a}`, `r${b}`, needs, groups, random() < 0.1 ? 'bachelor' : undefined));
  }
  const profile: Profile = {
    experienceYears: Object.fromEntries(KINDS.filter(() => random() < 0.3).map((k) => [k, Math.floor(random() * 4)])),
    education: random() < 0.4 ? 'bachelor' : 'none',
    certifications: certs.filter(() => random() < 0.15).map((c) => c.id),
    ...(random() < 0.3 ? { monthsInCurrentRole: Math.floor(random() * 30) } : {}),
  };
  return { seed, graph: graphOf(roles, transitions, certs), from: 'r0', to: `r${roleCount - 1}`, profile };
}

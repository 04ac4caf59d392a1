import { buildRoleGraph, type RoleGraph } from '../../src/graph/role-graph.ts';
import type { Certification, ExperienceKind, GraphData, Profile, Role, Transition } from '../../src/model/index.ts';
import { prng } from '../../bench/prng.ts';

export { prng };

const SOURCE = 'test-source';
const KINDS: ExperienceKind[] = ['it', 'security', 'security-management', 'people-management', 'audit', 'risk'];

/** What people bring to a role, as [kinds, min years, max years] ranges. */
export type EntrySpec = Array<[ExperienceKind[], number, number]>;

export function role(
  id: string,
  countsAs: ExperienceKind[],
  level: Role['level'] = 'mid',
  entry: EntrySpec | null = null,
): Role {
  return {
    id,
    title: `Role ${id}`,
    aliases: [],
    level,
    track: 'engineering',
    summary: `Generated role ${id} for tests.`,
    countsAs,
    codes: { onet: [], nice: [] },
    entry:
      entry === null
        ? null
        : {
            experience: entry.map(([kinds, min, max]) => ({ kinds, years: { min, max }, sources: [SOURCE] })),
            education: [],
            ...(entry.length === 0 ? { sources: [SOURCE] } : {}),
          },
    pay: [],
    outlook: [],
    sources: [SOURCE],
    disputes: [],
  };
}

/** A move's stay: the least months before it, and the typical range in months. */
export interface StaySpec {
  minimum?: number;
  typical?: [number, number];
}

export function transition(
  from: string,
  to: string,
  needs: Array<[ExperienceKind[], number]> = [],
  requiredCerts: string[][] = [],
  minimumEducation?: 'bachelor' | 'master',
  stay: StaySpec = {},
): Transition {
  return {
    from,
    to,
    kind: 'promotion',
    minimumExperience: needs.map(([kinds, years]) => ({ kinds, years, sources: [SOURCE] })),
    stay: {
      minimum: stay.minimum === undefined ? null : { months: stay.minimum, sources: [SOURCE] },
      typical:
        stay.typical === undefined
          ? null
          : { months: { min: stay.typical[0], max: stay.typical[1] }, sources: [SOURCE] },
    },
    education: { minimum: minimumEducation ? { level: minimumEducation, sources: [SOURCE] } : null },
    certifications: { required: requiredCerts.map((anyOf) => ({ anyOf, sources: [SOURCE] })), expected: [] },
    sources: [SOURCE],
    disputes: [],
  };
}

export function certification(
  id: string,
  needs: Array<[ExperienceKind[], number]>,
  options: {
    prepMonths?: number;
    costUsd?: number;
    waivers?: Certification['experience']['waivers'];
    maxWaiverYears?: number | null;
  } = {},
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
      partTime: null,
      internships: null,
      sources: [SOURCE],
    },
    application: null,
    exam: {
      costs: options.costUsd === undefined ? [] : [{ usd: options.costUsd, seen: '2026', sources: [SOURCE] }],
      questions: null,
      minutes: null,
      sources: [SOURCE],
    },
    preparation: { typicalMonths: options.prepMonths ?? null, sources: [] },
    renewal: { cycleYears: null, continuingEducation: null, annualFees: [], sources: [SOURCE] },
    sources: [SOURCE],
    disputes: [],
  };
}

export function graphOf(
  roles: Role[],
  transitions: Transition[],
  certifications: Certification[] = [],
  degreeMonths = 48,
): RoleGraph {
  const data: GraphData = {
    sources: [
      {
        id: SOURCE,
        title: 'Test',
        publisher: 'Test',
        url: 'https://example.org/',
        accessed: '2026-11-25',
        tier: 'official',
      },
    ],
    roles,
    certifications,
    transitions,
    degrees: [
      {
        level: 'bachelor',
        title: "Bachelor's",
        requires: 'none',
        typicalMonths: { months: degreeMonths, sources: [SOURCE] },
        costPerYear: [{ usd: 10000, basis: 'test', period: '2025', sources: [SOURCE] }],
      },
      {
        level: 'master',
        title: "Master's",
        requires: 'bachelor',
        typicalMonths: { months: 24, sources: [SOURCE] },
        costPerYear: [{ usd: 20000, basis: 'test', period: '2025', sources: [SOURCE] }],
      },
    ],
    refusedHosts: [],
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
  const someEntry = (): EntrySpec | null => {
    const roll = random();
    if (roll < 0.3) return null;
    if (roll < 0.4) return [];
    const entry: EntrySpec = [[someKinds(random), Math.floor(random() * 5), 5 + Math.floor(random() * 3)]];
    if (random() < 0.3) entry.push([[pick(random, KINDS)], Math.floor(random() * 3), 3]);
    return entry;
  };
  const roles = Array.from({ length: roleCount }, (_, i) =>
    role(`r${i}`, someKinds(random), i === 0 ? 'feeder' : 'mid', i === 0 ? null : someEntry()),
  );
  const certCount = Math.floor(random() * (size.certs + 1));
  const certs = Array.from({ length: certCount }, (_, i) => {
    const needs: Array<[ExperienceKind[], number]> =
      random() < 0.85 ? [[someKinds(random), 1 + Math.floor(random() * 4)]] : [];
    if (random() < 0.3) needs.push([[pick(random, KINDS)], 1 + Math.floor(random() * 2)]);
    return certification(`c${i}`, needs, {
      prepMonths: Math.floor(random() * 7),
      costUsd: 100 * (1 + Math.floor(random() * 9)),
    });
  });
  // Waivers between certifications and for degrees.
  for (const cert of certs) {
    if (random() < 0.35 && certs.length > 1) {
      const other = pick(
        random,
        certs.filter((c) => c.id !== cert.id),
      );
      cert.experience.waivers.push(
        random() < 0.2 ? { certification: other.id, waivesAll: true } : { certification: other.id, years: 1 },
      );
    }
    if (random() < 0.3) cert.experience.waivers.push({ education: 'bachelor', years: 1 });
    if (random() < 0.2) cert.experience.waivers.push({ experience: [pick(random, KINDS)], years: 1 });
    // Rules with dates: a waiver that stops or starts applying a few months into the plan.
    for (const waiver of cert.experience.waivers) {
      if (random() < 0.25) {
        const month = `${2027 + Math.floor(random() * 3)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
        if (random() < 0.5) waiver.until = `${month}-28`;
        else waiver.from = `${month}-01`;
      }
    }
    cert.experience.maxWaiverYears = random() < 0.5 ? 1 : null;
  }
  // Some rules count several kinds but prove only one about a holder (a CISSP counts audit work
  // toward it and proves security work): every other certification whose first rule has two
  // kinds or more, chosen without a draw so the other cases stay as they were.
  certs.forEach((cert, i) => {
    const first = cert.experience.required?.[0];
    if (first && first.kinds.length > 1 && i % 2 === 0) first.holderCountsAs = [first.kinds[0]!];
  });
  const transitions: Transition[] = [];
  const seen = new Set<string>();
  const edgeCount = roleCount + Math.floor(random() * roleCount * 1.5);
  for (let e = 0; e < edgeCount; e++) {
    // The first edges form a chain so most cases have a route; then mostly upward moves,
    // with some back and sideways ones for cycles.
    const a = e < roleCount - 1 && random() < 0.7 ? e : Math.floor(random() * roleCount);
    const b =
      e < roleCount - 1 && a === e
        ? e + 1
        : random() < 0.8
          ? Math.min(roleCount - 1, a + 1 + Math.floor(random() * 2))
          : Math.floor(random() * roleCount);
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    const needs: Array<[ExperienceKind[], number]> = [];
    const needCount = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0;
    for (let n = 0; n < needCount; n++) needs.push([someKinds(random), 1 + Math.floor(random() * 3)]);
    const groups =
      certs.length > 0 && random() < 0.45
        ? [certs.filter(() => random() < 0.5).map((c) => c.id)].filter((g) => g.length > 0)
        : [];
    const stay: StaySpec = {};
    if (random() < 0.25) stay.minimum = 1 + Math.floor(random() * 12);
    if (random() < 0.3) {
      const low = Math.floor(random() * 24);
      stay.typical = [low, low + Math.floor(random() * 24) + 1];
    }
    transitions.push(transition(`r${a}`, `r${b}`, needs, groups, random() < 0.1 ? 'bachelor' : undefined, stay));
  }
  const profile: Profile = {
    experienceYears: Object.fromEntries(KINDS.filter(() => random() < 0.3).map((k) => [k, Math.floor(random() * 4)])),
    education: random() < 0.4 ? 'bachelor' : 'none',
    certifications: certs.filter(() => random() < 0.15).map((c) => c.id),
    associateOf: [],
    ...(random() < 0.3 ? { monthsInCurrentRole: Math.floor(random() * 30) } : {}),
  };
  const notHeld = certs.filter((c) => !profile.certifications.includes(c.id));
  if (notHeld.length > 0 && random() < 0.15) profile.associateOf.push(pick(random, notHeld).id);
  return { seed, graph: graphOf(roles, transitions, certs), from: 'r0', to: `r${roleCount - 1}`, profile };
}

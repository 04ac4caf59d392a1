import type { RoleGraph } from '../graph/role-graph.ts';
import {
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  EXPERIENCE_KINDS,
  educationRank,
  kindsCountedFor,
  kindWithDescendants,
  MIN_MONTHS_IN_ROLE,
  type EducationLevel,
  type ExperienceKind,
  type Pace,
} from '../model/constants.ts';
import type { Certification, ExperienceAmount, Role, Transition } from '../model/index.ts';
import { absoluteMonthOfDate, hoursToMonths, typicalMonthsOfRange, yearsToMonths } from './units.ts';

/**
 * A channel counts months of work of any kind in a set: "security", or "audit or security"
 * for CISA. A month in a role adds one to every channel whose kinds the role counts as, where a
 * role counts as its own kinds and every kind they nest in (security work is IT work).
 */
export interface Channel {
  kinds: readonly ExperienceKind[];
  /** The kinds and every kind nested in them: experience of any of these is experience of the channel. */
  covers: ReadonlySet<ExperienceKind>;
  /** The same kinds as `covers`, as indices into EXPERIENCE_KINDS, where a profile's years are kept. */
  coverIndices: readonly number[];
  key: string;
}

export interface ChannelNeed {
  channel: number;
  months: number;
}

/** A waiver is in force from `from` to `until` (absolute months, inclusive); null = open. */
export interface InForce {
  from: number | null;
  until: number | null;
}

export type CompiledWaiver = InForce &
  (
    | { kind: 'education'; level: number; months: number; text: string }
    | { kind: 'certification'; cert: number; months: number; text: string }
    | { kind: 'certification-all'; cert: number; text: string }
    | { kind: 'experience'; channel: number; months: number; text: string }
  );

export interface CompiledCertification {
  id: string;
  cert: Certification;
  /** Experience needed before the credential is granted, in the issuer's order; waivers reduce the first. */
  needs: ChannelNeed[];
  /**
   * For each need, the channel a holder is credited with: the need's own, or the narrower kinds
   * the issuer's rule proves (a CISSP counts audit work toward it, and proves security work).
   */
  creditChannels: number[];
  experienceUnknown: boolean;
  waivers: CompiledWaiver[];
  maxWaiverMonths: number;
  /** Months set aside to prepare; 0 where no source gives a preparation time (the plan says so). */
  prepMonths: number;
  prepUnknown: boolean;
  costUsd: number;
  costUnknown: boolean;
}

export interface CompiledDegree {
  level: number;
  requires: number;
  months: number | null;
  costUsd: number;
  costUnknown: boolean;
}

/** One way to meet a move's certification and education requirements. */
export interface MoveOption {
  /** Certifications to earn before the move (not held yet), in index order. */
  earn: number[];
  /** Degrees to finish before the move, lowest first. */
  degrees: number[];
  /** For each required group, the certification that meets it. */
  picks: number[];
  /** The experience needs of the move: one list for each period of the rules, or a single list when they do not depend on it. */
  needsByRule: ChannelNeed[][];
  studyMonths: number;
  costUsd: number;
}

export interface CompiledTransition {
  from: number;
  to: number;
  /**
   * Every experience need the move may bring, as [channel, months] pairs, on each timeline:
   * its own, what people bring to the destination (typical), and the rules of the certifications
   * it may need (with their waiver certifications). What is still needed from a role is the
   * most of these over every move ahead.
   */
  aheadNeeds: { typical: readonly ChannelNeed[]; earliest: readonly ChannelNeed[] };
  transition: Transition;
  /** Binding experience needs (both timelines). */
  needs: ChannelNeed[];
  /** What people typically bring to the destination role (the typical timeline only). */
  entryNeeds: ChannelNeed[];
  /** Groups of certification indices; one of each must be held. */
  requiredGroups: number[][];
  minimumEducation: number;
  /** The least stay before the move: a sourced minimum, else a month. */
  minimumStay: number;
  /** The typical stay before the move (the low end of the sourced range), or 0 when none is sourced. */
  typicalStay: number;
  /**
   * The one way to make the move when it needs no certification and no new degree, per timeline:
   * made on first use by moveOptions and kept, as the search asks for it at every label.
   */
  freeOptions: Partial<Record<Pace, readonly MoveOption[]>>;
}

/**
 * The role graph compiled into arrays for the search: roles and certifications by index,
 * requirements as month counts per channel. Built once per graph and reused for every plan.
 */
export interface PlanningModel {
  graph: RoleGraph;
  roleIds: string[];
  roleIndex: Map<string, number>;
  channels: Channel[];
  /** The channel of exactly one kind, for each kind. */
  kindChannel: ReadonlyMap<ExperienceKind, number>;
  /** coveringChannels[b]: the channels that cover every kind channel b covers (b among them): months of b are months of each. */
  coveringChannels: number[][];
  /** channelsOfKind[k]: the channels that cover kind k (by index in EXPERIENCE_KINDS): its months count for each. */
  channelsOfKind: number[][];
  /** The role of each role index, as the graph holds it (read once, not looked up per plan). */
  roles: Role[];
  /** accrues[role][channel] */
  accrues: Uint8Array[];
  certs: CompiledCertification[];
  certIndex: Map<string, number>;
  degrees: Map<number, CompiledDegree>;
  outgoing: CompiledTransition[][];
  incoming: CompiledTransition[][];
  /** Absolute months at which some dated waiver starts or stops applying, ascending. */
  ruleChanges: number[];
  /** Strongly connected component of each role; Tarjan numbers them sinks first. */
  component: Int32Array;
  /** The roles of each component. */
  componentMembers: number[][];
}

export function channelKey(kinds: readonly ExperienceKind[]): string {
  return [...new Set(kinds)].sort().join('|');
}

function amountMonths(amount: ExperienceAmount): number {
  return 'years' in amount ? yearsToMonths(amount.years) : hoursToMonths(amount.hours);
}

function yearsText(years: number): string {
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}

/** Tarjan's algorithm, iterative so deep synthetic graphs do not overflow the stack. */
function stronglyConnectedComponents(count: number, outgoing: CompiledTransition[][]): Int32Array {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  let nextIndex = 0;
  let nextComponent = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = nextIndex++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, edgePos] = frame;
      const edges = outgoing[node]!;
      if (edgePos < edges.length) {
        frame[1]++;
        const next = edges[edgePos]!.to;
        if (index[next] === -1) {
          index[next] = low[next] = nextIndex++;
          stack.push(next);
          onStack[next] = 1;
          work.push([next, 0]);
        } else if (onStack[next]) low[node] = Math.min(low[node]!, index[next]!);
      } else {
        work.pop();
        if (work.length > 0) {
          const parent = work[work.length - 1]![0];
          low[parent] = Math.min(low[parent]!, low[node]!);
        }
        if (low[node] === index[node]) {
          let member: number;
          do {
            member = stack.pop()!;
            onStack[member] = 0;
            component[member] = nextComponent;
          } while (member !== node);
          nextComponent++;
        }
      }
    }
  }
  return component;
}

/** Certifications a move may need: its required ones and, transitively, their waiver certifications. */
function certsAMoveMayNeed(edge: CompiledTransition, certs: CompiledCertification[]): Set<number> {
  const out = new Set<number>();
  const visit = (cert: number) => {
    if (out.has(cert)) return;
    out.add(cert);
    for (const waiver of certs[cert]!.waivers)
      if (waiver.kind === 'certification' || waiver.kind === 'certification-all') visit(waiver.cert);
  };
  edge.requiredGroups.flat().forEach(visit);
  return out;
}

function inForceOf(w: { from?: string | undefined; until?: string | undefined }): InForce {
  return {
    from: w.from === undefined ? null : absoluteMonthOfDate(w.from),
    until: w.until === undefined ? null : absoluteMonthOfDate(w.until),
  };
}

export function compilePlanningModel(graph: RoleGraph): PlanningModel {
  const roleIds = graph.nodes();
  const roleIndex = new Map(roleIds.map((id, i) => [id, i]));
  const roles = roleIds.map((id) => graph.getNodeAttribute(id, 'role'));
  const certList = [...graph.getAttribute('certifications').values()];
  const certIndex = new Map(certList.map((c, i) => [c.id, i]));

  const channels: Channel[] = [];
  const channelIndex = new Map<string, number>();
  const channelOf = (kinds: readonly ExperienceKind[]): number => {
    const key = channelKey(kinds);
    let index = channelIndex.get(key);
    if (index === undefined) {
      index = channels.length;
      const own = key.split('|') as ExperienceKind[];
      const covers = new Set(own.flatMap(kindWithDescendants));
      channels.push({ kinds: own, covers, coverIndices: [...covers].map((k) => EXPERIENCE_KINDS.indexOf(k)), key });
      channelIndex.set(key, index);
    }
    return index;
  };
  // Every single kind a role counts as (with the kinds it nests in) is a channel, so profiles
  // and displays can always speak of it.
  const kindsInUse = new Set<ExperienceKind>();
  for (const role of roles) kindsCountedFor(role.countsAs).forEach((k) => kindsInUse.add(k));
  for (const kind of [...kindsInUse].sort()) channelOf([kind]);

  const mergeNeed = (needs: ChannelNeed[], channel: number, months: number) => {
    const existing = needs.find((n) => n.channel === channel);
    if (existing) existing.months = Math.max(existing.months, months);
    else needs.push({ channel, months });
  };

  const certs: CompiledCertification[] = certList.map((cert) => {
    const required = cert.experience.required;
    const needs: ChannelNeed[] = [];
    // Kept in the issuer's order (not merged by channel): waivers reduce the first, general one.
    const creditChannels: number[] = [];
    for (const amount of required ?? []) {
      needs.push({ channel: channelOf(amount.kinds), months: amountMonths(amount) });
      creditChannels.push(channelOf(amount.holderCountsAs ?? amount.kinds));
    }
    const firstKinds = required?.[0]?.kinds ?? [];
    const waivers: CompiledWaiver[] = cert.experience.waivers.map((w) => {
      const when = inForceOf(w);
      if ('education' in w)
        return {
          ...when,
          kind: 'education',
          level: educationRank(w.education),
          months: yearsToMonths(w.years),
          text: `${yearsText(w.years)} for a ${EDUCATION_LEVEL_LABELS[w.education]}`,
        };
      if ('experience' in w) {
        const label = w.experience.join(' or ');
        return {
          ...when,
          kind: 'experience',
          channel: channelOf([...firstKinds, ...w.experience]),
          months: yearsToMonths(w.years),
          text: `up to ${yearsText(w.years)} of ${label} experience instead`,
        };
      }
      const waiverCert = certIndex.get(w.certification)!;
      const name = certList[waiverCert]?.abbreviation ?? w.certification;
      if ('waivesAll' in w)
        return { ...when, kind: 'certification-all', cert: waiverCert, text: `all of it for holding ${name}` };
      return {
        ...when,
        kind: 'certification',
        cert: waiverCert,
        months: yearsToMonths(w.years),
        text: `${yearsText(w.years)} for holding ${name}`,
      };
    });
    const prep = cert.preparation.typicalMonths;
    const price = cert.exam.costs[0];
    return {
      id: cert.id,
      cert,
      needs,
      creditChannels,
      experienceUnknown: required === null,
      waivers,
      maxWaiverMonths:
        cert.experience.maxWaiverYears === null ? Infinity : yearsToMonths(cert.experience.maxWaiverYears),
      prepMonths: prep === null ? 0 : Math.ceil(typeof prep === 'number' ? prep : prep.max),
      prepUnknown: prep === null,
      costUsd: price?.usd ?? 0,
      costUnknown: price === undefined,
    };
  });

  const degrees = new Map<number, CompiledDegree>();
  for (const degree of graph.getAttribute('degrees')) {
    const months = degree.typicalMonths?.months ?? null;
    const perYear = degree.costPerYear[0];
    degrees.set(educationRank(degree.level), {
      level: educationRank(degree.level),
      requires: educationRank(degree.requires),
      months: months === null ? null : Math.ceil(months),
      costUsd: perYear && months !== null ? Math.round((perYear.usd * months) / 12) : 0,
      costUnknown: !perYear,
    });
  }

  const outgoing: CompiledTransition[][] = roleIds.map(() => []);
  const incoming: CompiledTransition[][] = roleIds.map(() => []);
  graph.forEachEdge((_key, { transition }, source, target) => {
    const needs: ChannelNeed[] = [];
    for (const m of transition.minimumExperience ?? []) mergeNeed(needs, channelOf(m.kinds), yearsToMonths(m.years));
    const entryNeeds: ChannelNeed[] = [];
    for (const e of roles[roleIndex.get(target)!]!.entry?.experience ?? []) {
      const months = typicalMonthsOfRange(e.years);
      if (months > 0) mergeNeed(entryNeeds, channelOf(e.kinds), months);
    }
    const typical = transition.stay.typical?.months;
    const compiled: CompiledTransition = {
      from: roleIndex.get(source)!,
      to: roleIndex.get(target)!,
      aheadNeeds: { typical: [], earliest: [] },
      transition,
      needs,
      entryNeeds,
      requiredGroups: transition.certifications.required.map((g) => [
        ...new Set(g.anyOf.map((id) => certIndex.get(id)!)),
      ]),
      minimumEducation: transition.education.minimum ? educationRank(transition.education.minimum.level) : 0,
      minimumStay: Math.max(MIN_MONTHS_IN_ROLE, transition.stay.minimum?.months ?? 0),
      typicalStay: typical ? typical.min : 0,
      freeOptions: {},
    };
    outgoing[compiled.from]!.push(compiled);
    incoming[compiled.to]!.push(compiled);
  });

  for (const edge of outgoing.flat()) {
    const earliest: ChannelNeed[] = edge.needs.map((n) => ({ ...n }));
    for (const cert of certsAMoveMayNeed(edge, certs)) {
      certs[cert]!.needs.forEach((n) => mergeNeed(earliest, n.channel, n.months));
      for (const w of certs[cert]!.waivers)
        if (w.kind === 'experience') mergeNeed(earliest, w.channel, certs[cert]!.needs[0]?.months ?? 0);
    }
    const typical = earliest.map((n) => ({ ...n }));
    edge.entryNeeds.forEach((n) => mergeNeed(typical, n.channel, n.months));
    edge.aheadNeeds = { typical, earliest };
  }

  const component = stronglyConnectedComponents(roleIds.length, outgoing);
  const componentMembers: number[][] = [];
  component.forEach((c, role) => (componentMembers[c] ??= []).push(role));

  const accrues = roles.map((role) => {
    const countsAs = new Set(kindsCountedFor(role.countsAs));
    return Uint8Array.from(channels, (ch) => (ch.kinds.some((k) => countsAs.has(k)) ? 1 : 0));
  });

  const ruleChanges = [
    ...new Set(
      certs.flatMap((c) =>
        c.waivers.flatMap((w) => [...(w.from === null ? [] : [w.from]), ...(w.until === null ? [] : [w.until + 1])]),
      ),
    ),
  ].sort((a, b) => a - b);

  const coveringChannels = channels.map((b) =>
    channels.flatMap((a, i) => ([...b.covers].every((k) => a.covers.has(k)) ? [i] : [])),
  );
  const channelsOfKind = EXPERIENCE_KINDS.map((kind) => channels.flatMap((c, i) => (c.covers.has(kind) ? [i] : [])));

  return {
    graph,
    roleIds,
    roleIndex,
    channels,
    coveringChannels,
    channelsOfKind,
    roles,
    kindChannel: new Map([...kindsInUse].map((k) => [k, channelIndex.get(k)!])),
    accrues,
    certs,
    certIndex,
    degrees,
    outgoing,
    incoming,
    ruleChanges,
    component,
    componentMembers,
  };
}

export function educationLevelOf(rank: number): EducationLevel {
  return EDUCATION_LEVELS[rank]!;
}

import type { RoleGraph } from '../graph/role-graph.ts';
import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, educationRank, type EducationLevel, type ExperienceKind } from '../model/constants.ts';
import type { Certification, ExperienceAmount, Transition } from '../model/index.ts';
import { hoursToMonths, yearsToMonths } from './units.ts';

/**
 * A channel counts months of work of any kind in a set: "security", or "audit or security"
 * for CISA. A month in a role adds one to every channel whose kinds the role counts as.
 */
export interface Channel {
  kinds: readonly ExperienceKind[];
  key: string;
}

export interface ChannelNeed {
  channel: number;
  months: number;
}

export type CompiledWaiver =
  | { kind: 'education'; level: number; months: number; text: string }
  | { kind: 'certification'; cert: number; months: number; text: string }
  | { kind: 'certification-all'; cert: number; text: string };

export interface CompiledCertification {
  index: number;
  id: string;
  cert: Certification;
  /** Experience needed before the credential is granted, in the issuer's order; waivers reduce the first. */
  needs: ChannelNeed[];
  experienceUnknown: boolean;
  waivers: CompiledWaiver[];
  maxWaiverMonths: number;
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

export interface CompiledTransition {
  from: number;
  to: number;
  key: string;
  transition: Transition;
  needs: ChannelNeed[];
  /** Groups of certification indices; one of each must be held. */
  requiredGroups: number[][];
  minimumEducation: number;
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
  channelIndex: Map<string, number>;
  /** accrues[role][channel] */
  accrues: Uint8Array[];
  /** The most months any requirement asks of a channel: more experience than this changes nothing. */
  channelCap: Int32Array;
  certs: CompiledCertification[];
  certIndex: Map<string, number>;
  degrees: Map<number, CompiledDegree>;
  outgoing: CompiledTransition[][];
  incoming: CompiledTransition[][];
  /** Strongly connected component of each role: a route can only come back to roles of its own component. */
  component: Int32Array;
  /**
   * downstreamNeed[role * channels + channel]: the most months of the channel that any move
   * reachable from the role (or a certification those moves require) asks for. Staying longer
   * to build experience beyond it can never help.
   */
  downstreamNeed: Int32Array;
}

function channelKey(kinds: readonly ExperienceKind[]): string {
  return [...new Set(kinds)].sort().join('|');
}

function amountMonths(amount: ExperienceAmount): number {
  return 'years' in amount ? yearsToMonths(amount.years) : hoursToMonths(amount.hours);
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
    for (const waiver of certs[cert]!.waivers) if (waiver.kind !== 'education') visit(waiver.cert);
  };
  edge.requiredGroups.flat().forEach(visit);
  return out;
}

function computeDownstreamNeed(
  roleCount: number,
  channelCount: number,
  outgoing: CompiledTransition[][],
  certs: CompiledCertification[],
  component: Int32Array,
): Int32Array {
  const need = new Int32Array(roleCount * channelCount);
  const raise = (role: number, channel: number, months: number) => {
    const at = role * channelCount + channel;
    if (months > need[at]!) need[at] = months;
  };
  for (let role = 0; role < roleCount; role++) {
    for (const edge of outgoing[role]!) {
      edge.needs.forEach((n) => raise(role, n.channel, n.months));
      for (const cert of certsAMoveMayNeed(edge, certs)) certs[cert]!.needs.forEach((n) => raise(role, n.channel, n.months));
    }
  }
  // Tarjan numbers components sinks first, so successors are final before their predecessors.
  const members: number[][] = [];
  component.forEach((c, role) => (members[c] ??= []).push(role));
  for (const group of members) {
    if (!group) continue;
    const merged = new Int32Array(channelCount);
    for (const role of group) {
      for (let ch = 0; ch < channelCount; ch++) merged[ch] = Math.max(merged[ch]!, need[role * channelCount + ch]!);
      for (const edge of outgoing[role]!) {
        if (component[edge.to] === component[role]) continue;
        for (let ch = 0; ch < channelCount; ch++) merged[ch] = Math.max(merged[ch]!, need[edge.to * channelCount + ch]!);
      }
    }
    for (const role of group) need.set(merged, role * channelCount);
  }
  return need;
}

export function compilePlanningModel(graph: RoleGraph): PlanningModel {
  const roleIds = graph.nodes();
  const roleIndex = new Map(roleIds.map((id, i) => [id, i]));
  const certList = [...graph.getAttribute('certifications').values()];
  const certIndex = new Map(certList.map((c, i) => [c.id, i]));

  const channels: Channel[] = [];
  const channelIndex = new Map<string, number>();
  const channelOf = (kinds: readonly ExperienceKind[]): number => {
    const key = channelKey(kinds);
    let index = channelIndex.get(key);
    if (index === undefined) {
      index = channels.length;
      channels.push({ kinds: key.split('|') as ExperienceKind[], key });
      channelIndex.set(key, index);
    }
    return index;
  };
  // Every single kind is a channel, so profiles and displays can always speak of it.
  const kindsInUse = new Set<ExperienceKind>();
  graph.forEachNode((_id, { role }) => role.countsAs.forEach((k) => kindsInUse.add(k)));
  for (const kind of [...kindsInUse].sort()) channelOf([kind]);

  const mergeNeed = (needs: ChannelNeed[], channel: number, months: number) => {
    const existing = needs.find((n) => n.channel === channel);
    if (existing) existing.months = Math.max(existing.months, months);
    else needs.push({ channel, months });
  };

  const certs: CompiledCertification[] = certList.map((cert, index) => {
    const required = cert.experience.required;
    const needs: ChannelNeed[] = [];
    // Kept in the issuer's order (not merged by channel): waivers reduce the first, general one.
    for (const amount of required ?? []) needs.push({ channel: channelOf(amount.kinds), months: amountMonths(amount) });
    const waivers: CompiledWaiver[] = cert.experience.waivers.map((w) => {
      if ('education' in w) return { kind: 'education', level: educationRank(w.education), months: yearsToMonths(w.years), text: `${w.years} ${w.years === 1 ? 'year' : 'years'} for a ${EDUCATION_LEVEL_LABELS[w.education]}` };
      const waiverCert = certIndex.get(w.certification)!;
      const name = certList[waiverCert]?.abbreviation ?? w.certification;
      if ('waivesAll' in w) return { kind: 'certification-all', cert: waiverCert, text: `all of it for holding ${name}` };
      return { kind: 'certification', cert: waiverCert, months: yearsToMonths(w.years), text: `${w.years} ${w.years === 1 ? 'year' : 'years'} for holding ${name}` };
    });
    const prep = cert.preparation.typicalMonths;
    const prepMonths = prep === null ? 0 : Math.ceil(typeof prep === 'number' ? prep : prep.max);
    const price = cert.exam.costs[0];
    return {
      index,
      id: cert.id,
      cert,
      needs,
      experienceUnknown: required === null,
      waivers,
      maxWaiverMonths: cert.experience.maxWaiverYears === null ? Infinity : yearsToMonths(cert.experience.maxWaiverYears),
      prepMonths,
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
  graph.forEachEdge((key, { transition }, source, target) => {
    const needs: ChannelNeed[] = [];
    for (const m of transition.minimumExperience ?? []) mergeNeed(needs, channelOf(m.kinds), yearsToMonths(m.years));
    const compiled: CompiledTransition = {
      from: roleIndex.get(source)!,
      to: roleIndex.get(target)!,
      key,
      transition,
      needs,
      requiredGroups: transition.certifications.required.map((g) => [...new Set(g.anyOf.map((id) => certIndex.get(id)!))]),
      minimumEducation: transition.education.minimum ? educationRank(transition.education.minimum.level) : 0,
    };
    outgoing[compiled.from]!.push(compiled);
    incoming[compiled.to]!.push(compiled);
  });

  const channelCap = new Int32Array(channels.length);
  const raiseCap = (need: ChannelNeed) => {
    channelCap[need.channel] = Math.max(channelCap[need.channel]!, need.months);
  };
  certs.forEach((c) => c.needs.forEach(raiseCap));
  outgoing.flat().forEach((t) => t.needs.forEach(raiseCap));

  const accrues = roleIds.map((id) => {
    const countsAs = new Set(graph.getNodeAttribute(id, 'role').countsAs);
    return Uint8Array.from(channels, (ch) => (ch.kinds.some((k) => countsAs.has(k)) ? 1 : 0));
  });

  const component = stronglyConnectedComponents(roleIds.length, outgoing);
  const downstreamNeed = computeDownstreamNeed(roleIds.length, channels.length, outgoing, certs, component);

  return {
    graph,
    roleIds,
    roleIndex,
    channels,
    channelIndex,
    accrues,
    channelCap,
    certs,
    certIndex,
    degrees,
    outgoing,
    incoming,
    component,
    downstreamNeed,
  };
}

export function educationLevelOf(rank: number): EducationLevel {
  return EDUCATION_LEVELS[rank]!;
}

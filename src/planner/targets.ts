import { MIN_MONTHS_IN_ROLE, type Pace } from '../model/constants.ts';
import type { ChannelNeed, CompiledTransition, PlanningModel } from './model.ts';

/**
 * What a search toward one target on one timeline knows before it starts, worked out once and
 * kept for the next plans to the same target (people change their profile far more often than
 * their target): how far each role is from the target, how much of each kind of experience is
 * still useful from each role, and a lower bound on the months still to go.
 */
export interface TargetContext {
  /** Whether the target can be reached from each strongly connected component. */
  reaches: Uint8Array;
  /** Fewest moves from a role to the target (breadth-first on reversed moves); -1 when it cannot be reached. */
  movesToGo: (role: number) => number;
  /**
   * need(role)[channel]: the most months of the channel that any move still ahead
   * on a way from the role to the target asks (with what people bring on the typical timeline,
   * and the certifications those moves may need). More experience than that can never help a
   * label at the role, so the search caps its experience there and stays no longer to build it.
   */
  need: (role: number) => Int32Array;
  /**
   * A lower bound on the months still needed: the last move into the target must meet its
   * experience needs (no channel grows faster than a month a month, and one the current role
   * does not build only after leaving it), and every move still to make needs at least a month
   * in the role before it.
   */
  monthsToGo: (
    label: { node: number; channels: ArrayLike<number>; held: readonly number[] },
    /** Where each channel is in `label.channels`, or -1 where the label keeps none (no months). */
    channelIndex: Int32Array,
    movesLeft: number,
    credit: number,
  ) => number;
}

/** The experience a move asks on the timeline planned, beside its certifications'. */
function paceNeeds(edge: CompiledTransition, pace: Pace): ChannelNeed[] {
  return pace === 'typical' ? [...edge.needs, ...edge.entryNeeds] : edge.needs;
}

export function stayOf(edge: CompiledTransition, pace: Pace): number {
  return pace === 'typical' ? Math.max(edge.minimumStay, edge.typicalStay) : edge.minimumStay;
}

/**
 * The moves of a graph in the shape the per-target work reads fastest, built once per model:
 * the sources of each role's incoming moves as flat arrays, and the strongly connected
 * components with, on each timeline, the most each channel is asked by a move inside the
 * component and by the moves from it into each other component.
 */
interface Condensed {
  /** incomingFrom[incomingStart[role] .. incomingStart[role + 1]): the roles with a move into role. */
  incomingStart: Int32Array;
  incomingFrom: Int32Array;
  /** componentPredFrom[componentPredStart[c] .. componentPredStart[c + 1]): the other components with a move into c. */
  componentPredStart: Int32Array;
  componentPredFrom: Int32Array;
  paces: Partial<Record<Pace, CondensedNeeds>>;
}

interface CondensedNeeds {
  /** inside[component * channels + channel]: the most any move within the component asks. */
  inside: Int32Array;
  /** For each component, the components its moves lead to and the most those moves ask, per channel. */
  successors: Int32Array[];
  across: Int32Array[];
}

const condensed = new WeakMap<PlanningModel, Condensed>();

function condensedOf(model: PlanningModel): Condensed {
  let out = condensed.get(model);
  if (!out) {
    const roles = model.roleIds.length;
    const incomingStart = new Int32Array(roles + 1);
    for (let role = 0; role < roles; role++)
      incomingStart[role + 1] = incomingStart[role]! + model.incoming[role]!.length;
    const incomingFrom = new Int32Array(incomingStart[roles]!);
    for (let role = 0; role < roles; role++)
      model.incoming[role]!.forEach((edge, i) => (incomingFrom[incomingStart[role]! + i] = edge.from));
    const components = model.componentMembers.length;
    const preds: number[][] = Array.from({ length: components }, () => []);
    const seen = new Int32Array(components).fill(-1);
    for (let c = 0; c < components; c++)
      for (const role of model.componentMembers[c] ?? [])
        for (const edge of model.outgoing[role]!) {
          const d = model.component[edge.to]!;
          if (d === c || seen[d] === c) continue;
          seen[d] = c;
          preds[d]!.push(c);
        }
    const componentPredStart = new Int32Array(components + 1);
    for (let c = 0; c < components; c++) componentPredStart[c + 1] = componentPredStart[c]! + preds[c]!.length;
    const componentPredFrom = new Int32Array(componentPredStart[components]!);
    preds.forEach((list, c) => componentPredFrom.set(list, componentPredStart[c]!));
    out = { incomingStart, incomingFrom, componentPredStart, componentPredFrom, paces: {} };
    condensed.set(model, out);
  }
  return out;
}

function condensedNeeds(model: PlanningModel, pace: Pace): CondensedNeeds {
  const graph = condensedOf(model);
  let out = graph.paces[pace];
  if (out) return out;
  const channels = model.channels.length;
  const components = model.componentMembers.length;
  const inside = new Int32Array(components * channels);
  const successors: Int32Array[] = [];
  const across: Int32Array[] = [];
  for (let c = 0; c < components; c++) {
    const byComponent = new Map<number, Int32Array>();
    for (const role of model.componentMembers[c] ?? []) {
      for (const edge of model.outgoing[role]!) {
        const d = model.component[edge.to]!;
        let into: Int32Array;
        let base = 0;
        if (d === c) {
          into = inside;
          base = c * channels;
        } else {
          into = byComponent.get(d) ?? new Int32Array(channels);
          byComponent.set(d, into);
        }
        for (const n of edge.aheadNeeds[pace])
          if (n.months > into[base + n.channel]!) into[base + n.channel] = n.months;
      }
    }
    successors.push(Int32Array.from(byComponent.keys()));
    const flat = new Int32Array(byComponent.size * channels);
    [...byComponent.values()].forEach((vector, i) => flat.set(vector, i * channels));
    across.push(flat);
  }
  out = { inside, successors, across };
  graph.paces[pace] = out;
  return out;
}

/** The components of the graph from which the target can be reached (breadth-first on the reversed condensation). */
function componentsReaching(model: PlanningModel, target: number): Uint8Array {
  const { componentPredStart, componentPredFrom } = condensedOf(model);
  const reaches = new Uint8Array(model.componentMembers.length);
  const first = model.component[target]!;
  reaches[first] = 1;
  const queue = [first];
  for (let head = 0; head < queue.length; head++) {
    const c = queue[head]!;
    for (let i = componentPredStart[c]!, end = componentPredStart[c + 1]!; i < end; i++) {
      const from = componentPredFrom[i]!;
      if (reaches[from]) continue;
      reaches[from] = 1;
      queue.push(from);
    }
  }
  return reaches;
}

/**
 * Fewest moves from each role to the target, breadth-first on reversed moves, carried only as
 * far as a search asks: a role's count is final once the breadth-first search has reached it,
 * so the queue is worked only until the role asked about is reached. Whether it can be reached
 * at all is known from its component, so a role that cannot never makes it run to the end.
 */
function movesToGoOf(model: PlanningModel, target: number, reaches: Uint8Array): (role: number) => number {
  const { incomingStart, incomingFrom } = condensedOf(model);
  const component = model.component;
  const movesToGo = new Int32Array(model.roleIds.length).fill(-1);
  movesToGo[target] = 0;
  const queue = new Int32Array(model.roleIds.length);
  queue[0] = target;
  let head = 0;
  let tail = 1;
  return (role) => {
    if (!reaches[component[role]!]) return -1;
    while (movesToGo[role]! < 0) {
      const node = queue[head++]!;
      const moves = movesToGo[node]! + 1;
      for (let i = incomingStart[node]!, end = incomingStart[node + 1]!; i < end; i++) {
        const from = incomingFrom[i]!;
        if (movesToGo[from] !== -1) continue;
        movesToGo[from] = moves;
        queue[tail++] = from;
      }
    }
    return movesToGo[role]!;
  };
}

/**
 * need (see TargetContext) by dynamic programming over the graph's strongly connected
 * components: every role of a component reaches every other, so they share one vector: the
 * most asked by the moves inside it and by the moves into components that can still reach the
 * target, with what those components need in turn. Worked out only for the components a search
 * asks about and those below them (on a large graph a plan touches a small part of it), and
 * kept with the target's context for the next plans.
 */
function needAhead(model: PlanningModel, reachesTarget: Uint8Array, pace: Pace): (role: number) => Int32Array {
  const channels = model.channels.length;
  const { inside, successors, across } = condensedNeeds(model, pace);
  const { component, componentMembers } = model;
  const none = new Int32Array(channels);
  const vectors: Array<Int32Array | undefined> = new Array(componentMembers.length);
  const reaches = (c: number) => reachesTarget[c] === 1;
  const stack: number[] = [];
  const solve = (root: number): Int32Array => {
    stack.push(root);
    while (stack.length > 0) {
      const c = stack[stack.length - 1]!;
      if (vectors[c]) {
        stack.pop();
        continue;
      }
      const next = successors[c]!;
      let ready = true;
      for (let i = 0; i < next.length; i++) {
        const d = next[i]!;
        if (!vectors[d] && reaches(d)) {
          stack.push(d);
          ready = false;
        }
      }
      if (!ready) continue;
      stack.pop();
      const base = c * channels;
      const vector = inside.slice(base, base + channels);
      const asked = across[c]!;
      for (let i = 0; i < next.length; i++) {
        const d = next[i]!;
        if (!reaches(d)) continue;
        const below = vectors[d]!;
        for (let ch = 0; ch < channels; ch++) {
          const months = Math.max(asked[i * channels + ch]!, below[ch]!);
          if (months > vector[ch]!) vector[ch] = months;
        }
      }
      vectors[c] = vector;
    }
    return vectors[root]!;
  };
  return (role) => {
    const c = component[role]!;
    return vectors[c] ?? (reaches(c) ? solve(c) : none);
  };
}

function monthsToGoOf(model: PlanningModel, target: number, pace: Pace): TargetContext['monthsToGo'] {
  const channelCount = model.channels.length;
  // The least a certification can ask once every waiver it allows is applied.
  const optimistic = model.certs.map((cert) => {
    const need = new Int32Array(channelCount);
    if (cert.waivers.some((w) => w.kind === 'certification-all')) return need;
    const waivable =
      cert.waivers.length > 0
        ? Math.min(
            cert.maxWaiverMonths,
            cert.waivers.reduce((sum, w) => sum + (w.kind === 'certification-all' ? 0 : w.months), 0),
          )
        : 0;
    cert.needs.forEach((n, i) => {
      need[n.channel] = Math.max(need[n.channel]!, i === 0 ? Math.max(0, n.months - waivable) : n.months);
    });
    return need;
  });
  // Each last move into the target as flat [channel, months] pairs: its own needs, and for each
  // certification group the least any certification of the group can ask (a group held asks nothing).
  const pairs = (needs: ReadonlyArray<{ channel: number; months: number }>) =>
    Int32Array.from(needs.flatMap((n) => [n.channel, n.months]));
  const lastMoves = model.incoming[target]!.map((edge) => ({
    needs: pairs(paceNeeds(edge, pace)),
    groups: edge.requiredGroups.map((group) => {
      const least: Array<{ channel: number; months: number }> = [];
      if (group.length > 0)
        for (let ch = 0; ch < channelCount; ch++) {
          let months = Infinity;
          for (const c of group) months = Math.min(months, optimistic[c]![ch]!);
          // Experience is never negative, so a need of no months is always met.
          if (months > 0) least.push({ channel: ch, months });
        }
      return { certs: group, needs: pairs(least) };
    }),
  }));
  const have = (channels: ArrayLike<number>, index: Int32Array, channel: number) => {
    const i = index[channel]!;
    return i < 0 ? 0 : channels[i]!;
  };
  return ({ node, channels, held }, index, movesLeft, credit) => {
    if (node === target) return 0;
    const accrues = model.accrues[node]!;
    // A channel the current role does not build grows only after the person has left it, which
    // takes at least the rest of a month's stay.
    const away = Math.max(0, MIN_MONTHS_IN_ROLE - credit);
    let best = Infinity;
    for (const move of lastMoves) {
      let gap = 0;
      const needs = move.needs;
      for (let i = 0; i < needs.length && gap < best; i += 2) {
        const channel = needs[i]!;
        const short = needs[i + 1]! - have(channels, index, channel);
        if (short > 0) gap = Math.max(gap, accrues[channel] ? short : short + away);
      }
      for (const group of move.groups) {
        if (gap >= best) break;
        if (group.certs.some((c) => held.includes(c))) continue;
        const least = group.needs;
        for (let i = 0; i < least.length; i += 2) {
          const channel = least[i]!;
          const short = least[i + 1]! - have(channels, index, channel);
          if (short > 0) gap = Math.max(gap, accrues[channel] ? short : short + away);
        }
      }
      if (gap < best) best = gap;
    }
    const byNeeds = best === Infinity ? 0 : best;
    return Math.max(byNeeds, movesLeft * MIN_MONTHS_IN_ROLE - credit);
  };
}

/**
 * How many target contexts a model keeps: a web session plans toward one or two targets at a
 * time, so at least 8; on a small graph (the shipped one) a context is a few kilobytes, so every
 * target and timeline is kept and a person comparing targets never waits for one again.
 */
const CONTEXT_NUMBERS_KEPT = 1_000_000;
function contextsKept(model: PlanningModel): number {
  return Math.max(8, Math.floor(CONTEXT_NUMBERS_KEPT / (model.roleIds.length * (model.channels.length + 1))));
}
/** The contexts kept for a model, most recently used last, and how many it keeps. */
const contexts = new WeakMap<PlanningModel, { kept: Map<number, TargetContext>; limit: number; all: boolean }>();
/** A context's key: the target and the timeline in one number (a search looks it up several times per plan). */
const contextKey = (target: number, pace: Pace) => target * 2 + (pace === 'typical' ? 0 : 1);

export function targetContext(model: PlanningModel, target: number, pace: Pace): TargetContext {
  let cache = contexts.get(model);
  if (!cache) {
    const limit = contextsKept(model);
    // Where every target and timeline fits, none is ever dropped and the order of use does not matter.
    cache = { kept: new Map(), limit, all: limit >= model.roleIds.length * 2 };
    contexts.set(model, cache);
  }
  const { kept } = cache;
  const key = contextKey(target, pace);
  let context = kept.get(key);
  if (context) {
    // Most recently used last, so the oldest goes first.
    if (!cache.all) {
      kept.delete(key);
      kept.set(key, context);
    }
    return context;
  }
  // The moves still to go do not depend on the timeline: the other timeline's context shares them.
  const other = kept.get(key ^ 1);
  const reaches = other?.reaches ?? componentsReaching(model, target);
  const movesToGo = other?.movesToGo ?? movesToGoOf(model, target, reaches);
  context = {
    reaches,
    movesToGo,
    need: needAhead(model, reaches, pace),
    monthsToGo: monthsToGoOf(model, target, pace),
  };
  kept.set(key, context);
  if (kept.size > cache.limit) kept.delete(kept.keys().next().value!);
  return context;
}

import { MIN_MONTHS_IN_ROLE, type Pace } from '../model/constants.ts';
import type { ChannelNeed, CompiledTransition, PlanningModel } from './model.ts';

/**
 * What a search toward one target on one timeline knows before it starts, worked out once and
 * kept for the next plans to the same target (people change their profile far more often than
 * their target): how far each role is from the target, how much of each kind of experience is
 * still useful from each role, and a lower bound on the months still to go.
 */
export interface TargetContext {
  /** Fewest moves from each role to the target (breadth-first on reversed moves); -1 when it cannot be reached. */
  movesToGo: Int32Array;
  /**
   * need[role * channels + channel]: the most months of the channel that any move still ahead
   * on a way from the role to the target asks (with what people bring on the typical timeline,
   * and the certifications those moves may need). More experience than that can never help a
   * label at the role, so the search caps its experience there and stays no longer to build it.
   */
  need: Int32Array;
  /**
   * A lower bound on the months still needed: the last move into the target must meet its
   * experience needs (no channel grows faster than a month a month, and one the current role
   * does not build only after leaving it), and every move still to make needs at least a month
   * in the role before it.
   */
  monthsToGo: (
    label: { node: number; channels: Int32Array; held: readonly number[] },
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

function movesToGoOf(model: PlanningModel, target: number): Int32Array {
  const movesToGo = new Int32Array(model.roleIds.length).fill(-1);
  movesToGo[target] = 0;
  const queue = [target];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const edge of model.incoming[node]!) {
      if (movesToGo[edge.from] !== -1) continue;
      movesToGo[edge.from] = movesToGo[node]! + 1;
      queue.push(edge.from);
    }
  }
  return movesToGo;
}

/**
 * need (see TargetContext) by dynamic programming over the graph's strongly connected
 * components, sinks first: every role of a component reaches every other, so they share one
 * vector. Only moves into roles that can still reach the target count.
 */
function needAhead(model: PlanningModel, movesToGo: Int32Array, pace: Pace): Int32Array {
  const channels = model.channels.length;
  const need = new Int32Array(model.roleIds.length * channels);
  const merged = new Int32Array(channels);
  for (let c = 0; c < model.componentMembers.length; c++) {
    const members = model.componentMembers[c];
    if (!members || movesToGo[members[0]!]! < 0) continue;
    merged.fill(0);
    for (const role of members) {
      for (const edge of model.outgoing[role]!) {
        if (movesToGo[edge.to]! < 0) continue;
        for (const n of edge.aheadNeeds[pace]) if (n.months > merged[n.channel]!) merged[n.channel] = n.months;
        if (model.component[edge.to] === c) continue;
        const base = edge.to * channels;
        for (let ch = 0; ch < channels; ch++) if (need[base + ch]! > merged[ch]!) merged[ch] = need[base + ch]!;
      }
    }
    for (const role of members) need.set(merged, role * channels);
  }
  return need;
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
  const lastMoves = model.incoming[target]!.map((edge) => ({ edge, needs: paceNeeds(edge, pace) }));
  return ({ node, channels, held }, movesLeft, credit) => {
    if (node === target) return 0;
    const accrues = model.accrues[node]!;
    // A channel the current role does not build grows only after the person has left it, which
    // takes at least the rest of a month's stay.
    const away = Math.max(0, MIN_MONTHS_IN_ROLE - credit);
    const shortfall = (channel: number, months: number) => {
      const gap = months - channels[channel]!;
      return gap <= 0 ? 0 : accrues[channel] ? gap : gap + away;
    };
    let best = Infinity;
    for (const { edge, needs } of lastMoves) {
      let gap = 0;
      for (const need of needs) gap = Math.max(gap, shortfall(need.channel, need.months));
      for (const group of edge.requiredGroups) {
        if (group.some((c) => held.includes(c))) continue;
        for (let ch = 0; ch < channelCount; ch++) {
          let least = Infinity;
          for (const c of group) least = Math.min(least, optimistic[c]![ch]!);
          if (least !== Infinity) gap = Math.max(gap, shortfall(ch, least));
        }
      }
      if (gap < best) best = gap;
    }
    const byNeeds = best === Infinity ? 0 : best;
    return Math.max(byNeeds, movesLeft * MIN_MONTHS_IN_ROLE - credit);
  };
}

/** How many target contexts a model keeps: a web session plans toward one or two targets at a time. */
const CONTEXTS_KEPT = 8;
const contexts = new WeakMap<PlanningModel, Map<string, TargetContext>>();

export function targetContext(model: PlanningModel, target: number, pace: Pace): TargetContext {
  let kept = contexts.get(model);
  if (!kept) {
    kept = new Map();
    contexts.set(model, kept);
  }
  const key = `${target}|${pace}`;
  let context = kept.get(key);
  if (context) {
    // Most recently used last, so the oldest goes first.
    kept.delete(key);
    kept.set(key, context);
    return context;
  }
  const movesToGo = movesToGoOf(model, target);
  context = { movesToGo, need: needAhead(model, movesToGo, pace), monthsToGo: monthsToGoOf(model, target, pace) };
  kept.set(key, context);
  if (kept.size > CONTEXTS_KEPT) kept.delete(kept.keys().next().value!);
  return context;
}

import type { Objective } from '../model/index.ts';
import { MinHeap } from './heap.ts';
import type { CompiledTransition, PlanningModel } from './model.ts';
import { moveOptions, union, type MoveOption } from './options.ts';

/**
 * A partial route: where the person is, when they arrived, and what they have. Labels form
 * a tree through `parent`; the route is read back from the label that reaches the target.
 */
export interface Label {
  node: number;
  /** Month of arrival in `node` (moves take no time). */
  time: number;
  /** Months per channel at arrival, capped where more would change nothing. */
  channels: Int32Array;
  held: readonly number[];
  education: number;
  /** Months of study committed so far; study happens one item at a time, from month 0. */
  study: number;
  cost: number;
  moves: number;
  parent: Label | null;
  edge: CompiledTransition | null;
  option: MoveOption | null;
  /** Two independent hashes of the role sequence, to tell routes apart without comparing arrays. */
  hashA: number;
  hashB: number;
  /**
   * This label left its parent's role after `wait` months; a later departure (up to `latestWait`)
   * is created only when this one is taken from the queue, since it cannot come sooner.
   */
  wait: number;
  latestWait: number;
  /** Lower bounds on the months and moves still needed to reach the target (A* estimates). */
  monthsToGo: number;
  movesToGo: number;
}

export interface SearchStart {
  node: number;
  channels: Int32Array;
  held: readonly number[];
  education: number;
}

export interface SearchOptions {
  objective: Objective;
  /** How many distinct role sequences to find. */
  routes: number;
  /** Safety valve against pathological inputs; the search reports when it stops early. */
  maxLabels?: number;
}

export interface SearchResult {
  found: Label[];
  labelsCreated: number;
  labelsSettled: number;
  exhausted: boolean;
  stoppedEarly: boolean;
}

const DEFAULT_MAX_LABELS = 2_000_000;

/**
 * Queue order: the objective's criteria in order, each as what is spent so far plus a lower
 * bound on what is still to come (A*). Every prefix of a route is then never ordered after the
 * route itself, so the first routes to reach the target are the best ones; among equals the
 * search goes deeper first, which reaches the target sooner.
 */
export function compareLabels(objective: Objective, a: Label, b: Label): number {
  const monthsA = a.time + a.monthsToGo;
  const monthsB = b.time + b.monthsToGo;
  const movesA = a.moves + a.movesToGo;
  const movesB = b.moves + b.movesToGo;
  let order: number;
  switch (objective) {
    case 'fastest':
      order = monthsA - monthsB || movesA - movesB || a.cost - b.cost;
      break;
    case 'fewest-moves':
      order = movesA - movesB || monthsA - monthsB || a.cost - b.cost;
      break;
    case 'cheapest':
      order = a.cost - b.cost || monthsA - monthsB || movesA - movesB;
      break;
  }
  return order || b.time - a.time || b.moves - a.moves;
}

function hashStep(hash: number, node: number, seed: number): number {
  return (Math.imul(hash ^ (node + seed), 0x9e3779b1) + 0x7f4a7c15) | 0;
}

export function sameSequence(a: Label, b: Label): boolean {
  return a.hashA === b.hashA && a.hashB === b.hashB && a.moves === b.moves;
}

function isSubset(small: readonly number[], big: readonly number[]): boolean {
  return small.every((x) => big.includes(x));
}

/**
 * Whether `a` is at least as good as `b` for every continuation: no later, no more moves or
 * cost, and — after waiting in the role until b's arrival — at least b's experience, with
 * b's certifications, education and at most b's committed study.
 */
function dominates(model: PlanningModel, a: Label, b: Label): boolean {
  if (a.time > b.time || a.moves > b.moves || a.cost > b.cost || a.education < b.education || a.study > b.study) return false;
  const wait = b.time - a.time;
  const accrues = model.accrues[a.node]!;
  const cap = model.channelCap;
  for (let ch = 0; ch < a.channels.length; ch++) {
    const value = accrues[ch] ? Math.min(cap[ch]!, a.channels[ch]! + wait) : a.channels[ch]!;
    if (value < b.channels[ch]!) return false;
  }
  return isSubset(b.held, a.held);
}

interface TargetEstimates {
  /** Fewest moves from each role to the target (breadth-first on reversed moves); -1 when it cannot be reached. */
  movesToGo: Int32Array;
  /** A lower bound on the months still needed: the last move into the target must meet its experience needs, and no channel grows faster than a month a month. */
  monthsToGo: (node: number, channels: Int32Array, held: readonly number[]) => number;
}

function targetEstimates(model: PlanningModel, target: number): TargetEstimates {
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
  const channelCount = model.channelCap.length;
  // The least a certification can ask once every waiver it allows is applied.
  const optimistic = model.certs.map((cert) => {
    const need = new Int32Array(channelCount);
    if (cert.waivers.some((w) => w.kind === 'certification-all')) return need;
    const waivable = cert.waivers.length > 0 ? Math.min(cert.maxWaiverMonths, cert.waivers.reduce((sum, w) => sum + (w.kind === 'certification-all' ? 0 : w.months), 0)) : 0;
    cert.needs.forEach((n, i) => {
      need[n.channel] = Math.max(need[n.channel]!, i === 0 ? Math.max(0, n.months - waivable) : n.months);
    });
    return need;
  });
  const lastMoves = model.incoming[target]!;
  const monthsToGo = (node: number, channels: Int32Array, held: readonly number[]): number => {
    if (node === target) return 0;
    let best = Infinity;
    for (const edge of lastMoves) {
      let gap = 0;
      for (const need of edge.needs) gap = Math.max(gap, need.months - channels[need.channel]!);
      for (const group of edge.requiredGroups) {
        if (group.some((c) => held.includes(c))) continue;
        for (let ch = 0; ch < channelCount; ch++) {
          let least = Infinity;
          for (const c of group) least = Math.min(least, optimistic[c]![ch]!);
          gap = Math.max(gap, least - channels[ch]!);
        }
      }
      if (gap < best) best = gap;
    }
    return best === Infinity ? 0 : Math.max(0, best);
  };
  return { movesToGo, monthsToGo };
}

/**
 * The personal route search: label-setting over (role, arrival month, experience,
 * certifications, education, study), in order of the objective. From each label it tries
 * every move, every way to meet the move's certification rules, and every useful length of
 * stay: leaving as soon as the move is allowed, or later when the current role gives
 * experience the next role does not. A label is dropped only when enough settled labels with
 * other role sequences dominate it, so the first `routes` distinct sequences that reach the
 * target are the best ones under the model.
 *
 * A route may return to a role it held before (going back to a management job to build the
 * management years a certification needs is a real career move). Because the future of a
 * label depends only on its state, not on the roles behind it, dominance needs no knowledge
 * of the path, which keeps the search close to Dijkstra's cost on large graphs; a return is
 * only ever chosen when it is strictly better, since it adds a move.
 */
export function searchRoutes(model: PlanningModel, start: SearchStart, target: number, options: SearchOptions): SearchResult {
  const { objective } = options;
  const wanted = Math.max(1, options.routes);
  const maxLabels = options.maxLabels ?? DEFAULT_MAX_LABELS;
  const cap = model.channelCap;
  const heap = new MinHeap<Label>((a, b) => compareLabels(objective, a, b) < 0);
  const settled: Label[][] = model.roleIds.map(() => []);
  const estimate = targetEstimates(model, target);

  const channels = Int32Array.from(start.channels, (v, ch) => Math.min(v, cap[ch]!));
  const startHeld = [...start.held].sort((a, b) => a - b);
  if (estimate.movesToGo[start.node]! < 0) return { found: [], labelsCreated: 0, labelsSettled: 0, exhausted: true, stoppedEarly: false };
  heap.push({
    node: start.node,
    time: 0,
    channels,
    held: startHeld,
    education: start.education,
    study: 0,
    cost: 0,
    moves: 0,
    parent: null,
    edge: null,
    option: null,
    hashA: hashStep(0x12345, start.node, 1),
    hashB: hashStep(0x6789, start.node, 7),
    wait: 0,
    latestWait: 0,
    monthsToGo: estimate.monthsToGo(start.node, channels, startHeld),
    movesToGo: estimate.movesToGo[start.node]!,
  });
  let labelsCreated = 1;
  let labelsSettled = 0;
  const found: Label[] = [];

  // A label is useless when a settled label with the same role sequence dominates it (the route
  // is reported once, at its best), or when enough labels with other sequences do.
  const isDominated = (label: Label): boolean => {
    const dominators: Label[] = [];
    for (const other of settled[label.node]!) {
      if (!dominates(model, other, label)) continue;
      if (sameSequence(other, label)) return true;
      if (dominators.some((d) => sameSequence(d, other))) continue;
      dominators.push(other);
      if (dominators.length >= wanted) return true;
    }
    return false;
  };

  const departure = (parent: Label, edge: CompiledTransition, option: MoveOption, held: readonly number[], wait: number, latestWait: number): Label => {
    const accrues = model.accrues[parent.node]!;
    const next = new Int32Array(parent.channels.length);
    for (let ch = 0; ch < next.length; ch++) {
      next[ch] = accrues[ch] ? Math.min(cap[ch]!, parent.channels[ch]! + wait) : parent.channels[ch]!;
    }
    labelsCreated++;
    return {
      node: edge.to,
      time: parent.time + wait,
      channels: next,
      held,
      education: Math.max(parent.education, edge.minimumEducation),
      study: parent.study + option.studyMonths,
      cost: parent.cost + option.costUsd,
      moves: parent.moves + 1,
      parent,
      edge,
      option,
      hashA: hashStep(parent.hashA, edge.to, 1),
      hashB: hashStep(parent.hashB, edge.to, 7),
      wait,
      latestWait,
      monthsToGo: estimate.monthsToGo(edge.to, next, held),
      movesToGo: estimate.movesToGo[edge.to]!,
    };
  };

  const channelCount = cap.length;
  while (heap.size > 0) {
    if (labelsCreated > maxLabels) return { found, labelsCreated, labelsSettled, exhausted: false, stoppedEarly: true };
    const label = heap.pop()!;
    if (label.wait < label.latestWait) {
      heap.push(departure(label.parent!, label.edge!, label.option!, label.held, label.wait + 1, label.latestWait));
    }
    if (label.node === target) {
      if (!found.some((f) => sameSequence(f, label))) {
        found.push(label);
        if (found.length >= wanted) break;
      }
      continue;
    }
    if (isDominated(label)) continue;
    settled[label.node]!.push(label);
    labelsSettled++;

    const here = label.node;
    const accruesHere = model.accrues[here]!;
    for (const edge of model.outgoing[here]!) {
      if (estimate.movesToGo[edge.to]! < 0) continue;
      const accruesNext = model.accrues[edge.to]!;
      const downstream = edge.to * channelCount;
      for (const option of moveOptions(model, edge, label.held, label.education)) {
        let earliest = Math.max(0, label.study + option.studyMonths - label.time);
        let feasible = true;
        for (const need of option.needs) {
          const deficit = Math.min(need.months, cap[need.channel]!) - label.channels[need.channel]!;
          if (deficit <= 0) continue;
          if (!accruesHere[need.channel]) {
            feasible = false;
            break;
          }
          if (deficit > earliest) earliest = deficit;
        }
        if (!feasible) continue;
        // Staying past the earliest move only helps with experience the next role does not
        // give, and only up to what some later move asks for.
        let latest = earliest;
        for (let ch = 0; ch < channelCount; ch++) {
          if (accruesHere[ch] && !accruesNext[ch]) latest = Math.max(latest, model.downstreamNeed[downstream + ch]! - label.channels[ch]!);
        }
        const held = option.earn.length > 0 ? union(label.held, option.earn) : label.held;
        heap.push(departure(label, edge, option, held, earliest, latest));
      }
    }
  }
  return { found, labelsCreated, labelsSettled, exhausted: heap.size === 0, stoppedEarly: false };
}

import { MIN_MONTHS_IN_ROLE, type Objective, type Pace } from '../model/constants.ts';
import { MinHeap } from './heap.ts';
import { oncePer } from './once.ts';
import type { CompiledTransition, MoveOption, PlanningModel } from './model.ts';
import { stayOf, targetContext } from './targets.ts';
import { moveOptions, union, type OptionContext } from './options.ts';

/**
 * A partial route: where the person is, when they arrived, and what they have. Labels form
 * a tree through `parent`; the route is read back from the label that reaches the target.
 */
export interface Label {
  node: number;
  /** Month of arrival in `node` (moves take no time). */
  time: number;
  /**
   * Months at arrival for each of the search's live channels (see `liveChannels`), capped where
   * more would change nothing (a plain array: made for every label).
   */
  channels: number[];
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
  /** The route to this label holds some role twice. */
  cyclic: boolean;
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
  /** Certifications held, ascending (as every label keeps them). */
  held: readonly number[];
  education: number;
  /** Months already spent in the starting role: they count toward its first stay. */
  monthsInRole: number;
  /** Certifications whose exam is passed but which are not granted yet (associate status), ascending. */
  associates: readonly number[];
}

export interface SearchOptions {
  objective: Objective;
  pace: Pace;
  /** How many routes (distinct role sequences) to find: the best and routeCount - 1 alternatives. */
  routeCount: number;
  /** The plan's month 0 as an absolute month, for rules that change on a date. */
  startMonth: number;
  /**
   * Only this role sequence, each move made with the same certifications (`earn`, by index):
   * how a route found on one timeline is dated on the other.
   */
  sequence?: readonly number[];
  sequenceEarn?: ReadonlyArray<readonly number[]>;
  /** Only routes whose first move is to this role (for the "another first move" lever). */
  firstMove?: number;
  /** Safety valve against pathological inputs; the search reports when it stops early. */
  maxLabels?: number;
}

export interface SearchResult {
  found: Label[];
  /** The search hit its label limit before finding every route asked for. */
  stoppedEarly: boolean;
}

export const DEFAULT_MAX_LABELS = 2_000_000;

/**
 * Queue order: the objective's criteria in order, each as what is spent so far plus a lower
 * bound on what is still to come (A*). Every prefix of a route is then never ordered after the
 * route itself, so the first routes to reach the target are the best ones; among equals the
 * search goes deeper first, which reaches the target sooner. Written out for each objective:
 * the queue compares labels at every push and pop.
 */
const LESS: Record<Objective, (a: Label, b: Label) => boolean> = {
  fastest: (a, b) => {
    const months = a.time + a.monthsToGo - (b.time + b.monthsToGo);
    if (months !== 0) return months < 0;
    const moves = a.moves + a.movesToGo - (b.moves + b.movesToGo);
    if (moves !== 0) return moves < 0;
    return a.cost !== b.cost ? a.cost < b.cost : deeper(a, b);
  },
  'fewest-moves': (a, b) => {
    const moves = a.moves + a.movesToGo - (b.moves + b.movesToGo);
    if (moves !== 0) return moves < 0;
    const months = a.time + a.monthsToGo - (b.time + b.monthsToGo);
    if (months !== 0) return months < 0;
    return a.cost !== b.cost ? a.cost < b.cost : deeper(a, b);
  },
  cheapest: (a, b) => {
    if (a.cost !== b.cost) return a.cost < b.cost;
    const months = a.time + a.monthsToGo - (b.time + b.monthsToGo);
    if (months !== 0) return months < 0;
    const moves = a.moves + a.movesToGo - (b.moves + b.movesToGo);
    if (moves !== 0) return moves < 0;
    return deeper(a, b);
  },
};

/** Among labels the objective ranks equal, the one further along goes first. */
function deeper(a: Label, b: Label): boolean {
  return a.time !== b.time ? a.time > b.time : a.moves > b.moves;
}

function hashStep(hash: number, node: number, seed: number): number {
  return (Math.imul(hash ^ (node + seed), 0x9e3779b1) + 0x7f4a7c15) | 0;
}

export function sameSequence(a: Label, b: Label): boolean {
  return a.hashA === b.hashA && a.hashB === b.hashB && a.moves === b.moves;
}

/** Whether a route that goes on to `node` holds some role twice. */
function revisitsWith(parent: Label, node: number): boolean {
  if (parent.cyclic) return true;
  for (let l: Label | null = parent; l; l = l.parent) if (l.node === node) return true;
  return false;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isSubset(small: readonly number[], big: readonly number[]): boolean {
  // Labels along a route share one array until a certification is earned.
  if (small === big || small.length === 0) return true;
  return small.every((x) => big.includes(x));
}

/**
 * The settled labels at one role, with what dominance compares laid out flat so that checking
 * a label against hundreds of others reads one array. `a` is at least as good as `b` for every
 * continuation when it is no later, has no more moves or cost, and — after waiting in the role
 * until b's arrival — at least b's experience, with b's certifications and education and at most
 * b's committed study; waiting also lengthens a's stay, so a meets every stay b meets. Both are
 * capped at what is still needed from the role, so after the wait a channel the role builds
 * holds b's months exactly when a's months less its arrival month are at least b's: that
 * difference is what is stored for those channels.
 */
class Front {
  /** Labels, their comparison values (time, moves, education, study, then one per channel: see above), cost and score, in the order settled. */
  labels: Label[] = [];
  keys: number[] = [];
  costs: number[] = [];
  /**
   * Per label, how good its values are taken together (the earlier, the fewer moves and study, the
   * more education and experience, the higher): a label can only dominate one whose score is no
   * higher, so `order` lists the labels best score first and a check stops at the first lower score.
   */
  scores: number[] = [];
  order: number[] = [];
  readonly stride: number;

  constructor(
    private readonly accrues: Uint8Array,
    private readonly live: Int32Array,
  ) {
    this.stride = 4 + live.length;
  }

  /** Writes a label's comparison values into `into` from `offset`, and returns its score. */
  write(label: Label, into: number[], offset: number): number {
    into[offset] = label.time;
    into[offset + 1] = label.moves;
    into[offset + 2] = label.education;
    into[offset + 3] = label.study;
    let score = label.education - label.time - label.moves - label.study;
    const { accrues, live } = this;
    const channels = label.channels;
    for (let i = 0; i < live.length; i++) {
      const value = accrues[live[i]!] ? channels[i]! - label.time : channels[i]!;
      into[offset + 4 + i] = value;
      score += value;
    }
    return score;
  }

  /** Adds a label whose values `write` has just put in `values`, after every label of the same or a higher score. */
  add(label: Label, values: readonly number[], score: number): void {
    const at = this.candidates(score);
    const index = this.labels.length;
    this.labels.push(label);
    this.costs.push(label.cost);
    this.scores.push(score);
    for (let k = 0; k < this.stride; k++) this.keys.push(values[k]!);
    const order = this.order;
    order.push(index);
    for (let i = index; i > at; i--) order[i] = order[i - 1]!;
    order[at] = index;
  }

  /** How many labels, best score first, have at least this score: only they can dominate a label of it. */
  candidates(score: number): number {
    const { scores, order } = this;
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (scores[order[mid]!]! >= score) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Whether the label at `index` (in settling order) dominates `b`, whose values are in `bKeys` (written by `write`). */
  dominates(index: number, b: Label, bKeys: readonly number[]): boolean {
    const keys = this.keys;
    const stride = this.stride;
    const o = index * stride;
    if (keys[o]! > bKeys[0]! || keys[o + 1]! > bKeys[1]! || keys[o + 2]! < bKeys[2]! || keys[o + 3]! > bKeys[3]!)
      return false;
    if (this.costs[index]! > b.cost) return false;
    for (let k = 4; k < stride; k++) if (keys[o + k]! < bKeys[k]!) return false;
    return isSubset(b.held, this.labels[index]!.held);
  }
}

/**
 * The channels a search keeps for its labels: those some move still ahead of the start asks for.
 * Every role the search reaches is on a way from the start to the target, so what is still
 * needed from it is part of what is needed from the start; any other channel is capped at 0 in
 * every label and is left out (a plan asks for two or three kinds of experience, not sixteen).
 * `liveIndex[channel]` is the channel's place among them, or -1. Roles of one component share
 * their need vector, and a target's context keeps it: the set is made once per vector.
 */
const liveChannels = oncePer((startNeed: Int32Array): { live: Int32Array; liveIndex: Int32Array } => {
  const liveIndex = new Int32Array(startNeed.length).fill(-1);
  let count = 0;
  for (let ch = 0; ch < startNeed.length; ch++) if (startNeed[ch]! > 0) liveIndex[ch] = count++;
  const live = new Int32Array(count);
  for (let ch = 0; ch < startNeed.length; ch++) if (liveIndex[ch]! >= 0) live[liveIndex[ch]!] = ch;
  return { live, liveIndex };
});

/**
 * The personal route search: label-setting over (role, arrival month, experience,
 * certifications, education, study), in order of the objective, for one timeline: on the
 * typical one a move waits for the typical stay and for the experience people typically bring
 * to the next role; on the earliest one only for the binding rules. From each label it tries
 * every move, every way to meet the move's certification rules, and every useful length of
 * stay: leaving as soon as the move is allowed, or later when the current role gives
 * experience the next role does not. A label is dropped only when enough settled labels with
 * other role sequences dominate it, so the first `routeCount` distinct sequences that reach the
 * target are the best ones under the model.
 *
 * A route may return to a role it held before (going back to a management job to build the
 * management years a certification needs is a real career move). Because the future of a
 * label depends only on its state, not on the roles behind it, dominance needs no knowledge
 * of the path, which keeps the search close to Dijkstra's cost on large graphs; a return is
 * only ever chosen when it is strictly better, since it adds a move.
 */
export function searchRoutes(
  model: PlanningModel,
  start: SearchStart,
  target: number,
  options: SearchOptions,
): SearchResult {
  const { objective, pace, sequence, sequenceEarn, firstMove } = options;
  const routeCount = sequence ? 1 : Math.max(1, options.routeCount);
  const maxLabels = options.maxLabels ?? DEFAULT_MAX_LABELS;
  const heap = new MinHeap<Label>(LESS[objective]);
  // Settled labels by role, made only for roles the search reaches (most plans touch few).
  const settled: Array<Front | undefined> = new Array(model.roleIds.length);
  const estimate = targetContext(model, target, pace);
  // need(role)[ch]: the most of each channel any move still ahead on the way to the target asks,
  // on this timeline. A label keeps no more than that: more can never help it.
  const need = estimate.need;
  const { live, liveIndex } = liveChannels(need(start.node));
  const movesLeft = (node: number, moves: number) =>
    sequence ? sequence.length - 1 - moves : estimate.movesToGo(node);

  // The periods of the rules during the plan: a dated waiver starts or stops at their edges.
  const periodStarts = [0, ...model.ruleChanges.map((m) => m - options.startMonth).filter((m) => m > 0)];
  const context: OptionContext = {
    pace,
    ruleMonths: periodStarts.map((m) => options.startMonth + m),
    associates: start.associates,
  };

  const startCap = need(start.node);
  const channels = new Array<number>(live.length);
  for (let i = 0; i < live.length; i++) channels[i] = Math.min(start.channels[live[i]!]!, startCap[live[i]!]!);
  if (estimate.movesToGo(start.node) < 0 || (sequence && sequence[0] !== start.node))
    return { found: [], stoppedEarly: false };
  const credit = Math.min(start.monthsInRole, MIN_MONTHS_IN_ROLE);
  const root: Label = {
    node: start.node,
    time: 0,
    channels,
    held: start.held,
    education: start.education,
    study: 0,
    cost: 0,
    moves: 0,
    parent: null,
    edge: null,
    option: null,
    hashA: hashStep(0x12345, start.node, 1),
    hashB: hashStep(0x6789, start.node, 7),
    cyclic: false,
    wait: 0,
    latestWait: 0,
    monthsToGo: 0,
    movesToGo: movesLeft(start.node, 0),
  };
  root.monthsToGo = estimate.monthsToGo(root, liveIndex, root.movesToGo, credit);
  heap.push(root);
  let labelsCreated = 1;
  const found: Label[] = [];

  // A label is useless when a settled label with the same role sequence dominates it (the route
  // is reported once, at its best), or when enough labels with other sequences do — counting
  // only sequences that can still be reported: a route that holds a role twice is shown only as
  // the best route, so all of them together fill at most that one place (and a label of such a
  // route needs only one dominator of any sequence). When one sequence is
  // searched, labels at a role with other sequences have other futures.
  const labelKeys = new Array<number>(4 + live.length).fill(0);
  const isDominated = (label: Label): boolean => {
    const front = settled[label.node];
    if (!front) return false;
    const count = front.candidates(front.write(label, labelKeys, 0));
    // The dominators with other sequences so far, made only once there is one.
    let dominators: Label[] | null = null;
    let cyclicDominator = false;
    for (let i = 0; i < count; i++) {
      const index = front.order[i]!;
      if (!front.dominates(index, label, labelKeys)) continue;
      const other = front.labels[index]!;
      if (sameSequence(other, label)) return true;
      if (sequence) continue;
      // A route that holds a role twice can only be the best one, and whatever it would reach,
      // the dominating label reaches no later: one dominator is enough.
      if (label.cyclic) return true;
      if (other.cyclic) {
        if (found.length > 0 || cyclicDominator) continue;
        cyclicDominator = true;
      } else {
        dominators ??= [];
        if (dominators.some((d) => sameSequence(d, other))) continue;
        dominators.push(other);
      }
      if ((dominators?.length ?? 0) + (cyclicDominator ? 1 : 0) >= routeCount) return true;
    }
    return false;
  };

  /**
   * The first wait in [from, to] after which the option's experience needs hold under the rules
   * of that month; null when none does. Needs held at a wait keep holding while the rules stay
   * the same, since experience only grows.
   */
  const firstValidWait = (label: Label, option: MoveOption, from: number, to: number): number | null => {
    const accruesHere = model.accrues[label.node]!;
    const cap = need(label.node);
    const periods = option.needsByRule.length;
    for (let p = 0; p < periods; p++) {
      const periodStart = periods === 1 ? 0 : periodStarts[p]!;
      const periodEnd = periods === 1 || p === periods - 1 ? Infinity : periodStarts[p + 1]!;
      let wait = Math.max(from, periodStart - label.time);
      if (label.time + wait >= periodEnd || wait > to) continue;
      let feasible = true;
      for (const want of option.needsByRule[p]!) {
        // A channel no move ahead asks for is never short (its cap is 0).
        const i = liveIndex[want.channel]!;
        if (i < 0) continue;
        const deficit = Math.min(want.months, cap[want.channel]!) - label.channels[i]!;
        if (deficit <= 0) continue;
        if (!accruesHere[want.channel]) {
          feasible = false;
          break;
        }
        if (deficit > wait) wait = deficit;
      }
      if (feasible && wait <= to && label.time + wait < periodEnd) return wait;
    }
    return null;
  };

  const departure = (
    parent: Label,
    edge: CompiledTransition,
    option: MoveOption,
    held: readonly number[],
    wait: number,
    latestWait: number,
  ): Label => {
    const accrues = model.accrues[parent.node]!;
    const cap = need(edge.to);
    const next = new Array<number>(live.length);
    for (let i = 0; i < live.length; i++) {
      const ch = live[i]!;
      next[i] = Math.min(cap[ch]!, accrues[ch] ? parent.channels[i]! + wait : parent.channels[i]!);
    }
    labelsCreated++;
    const moves = parent.moves + 1;
    const label: Label = {
      node: edge.to,
      time: parent.time + wait,
      channels: next,
      held,
      education: Math.max(parent.education, edge.minimumEducation),
      study: parent.study + option.studyMonths,
      cost: parent.cost + option.costUsd,
      moves,
      parent,
      edge,
      option,
      hashA: hashStep(parent.hashA, edge.to, 1),
      hashB: hashStep(parent.hashB, edge.to, 7),
      cyclic: revisitsWith(parent, edge.to),
      wait,
      latestWait,
      monthsToGo: 0,
      movesToGo: movesLeft(edge.to, moves),
    };
    label.monthsToGo = estimate.monthsToGo(label, liveIndex, label.movesToGo, 0);
    return label;
  };

  while (heap.size > 0) {
    if (labelsCreated > maxLabels) return { found, stoppedEarly: true };
    const label = heap.pop()!;
    if (label.wait < label.latestWait) {
      const parent = label.parent!;
      const later =
        periodStarts.length === 1
          ? label.wait + 1
          : firstValidWait(parent, label.option!, label.wait + 1, label.latestWait);
      if (later !== null) heap.push(departure(parent, label.edge!, label.option!, label.held, later, label.latestWait));
    }
    // The best route may return to a role when that makes it strictly better; an alternative
    // that goes round in a circle is never worth showing, so once the best is found no label
    // that holds a role twice is followed further.
    if (!sequence && found.length > 0 && label.cyclic) continue;
    if (label.node === target && (!sequence || label.moves === sequence.length - 1)) {
      if (!found.some((f) => sameSequence(f, label))) {
        found.push(label);
        if (found.length >= routeCount) break;
      }
      continue;
    }
    if (isDominated(label)) continue;
    const front = (settled[label.node] ??= new Front(model.accrues[label.node]!, live));
    front.add(label, labelKeys, front.write(label, labelKeys, 0));

    const here = label.node;
    const accruesHere = model.accrues[here]!;
    const inRoleBefore = label.parent === null ? start.monthsInRole : 0;
    const nextInSequence = sequence ? sequence[label.moves + 1] : label.parent === null ? firstMove : undefined;
    const earnInSequence = sequenceEarn?.[label.moves];
    for (const edge of model.outgoing[here]!) {
      if (nextInSequence !== undefined && edge.to !== nextInSequence) continue;
      if (!sequence && estimate.movesToGo(edge.to) < 0) continue;
      const accruesNext = model.accrues[edge.to]!;
      const downstream = need(edge.to);
      const stay = Math.max(0, stayOf(edge, pace) - inRoleBefore);
      for (const option of moveOptions(model, edge, label.held, label.education, context)) {
        if (earnInSequence !== undefined && !sameIds(option.earn, earnInSequence)) continue;
        const least = Math.max(stay, label.study + option.studyMonths - label.time);
        const earliest = firstValidWait(label, option, least, Infinity);
        if (earliest === null) continue;
        // Staying past the earliest move only helps with experience the next role does not
        // give, and only up to what some later move asks for.
        let latest = earliest;
        for (let i = 0; i < live.length; i++) {
          const ch = live[i]!;
          if (accruesHere[ch] && !accruesNext[ch]) latest = Math.max(latest, downstream[ch]! - label.channels[i]!);
        }
        const held = option.earn.length > 0 ? union(label.held, option.earn) : label.held;
        heap.push(departure(label, edge, option, held, earliest, latest));
      }
    }
  }
  return { found, stoppedEarly: false };
}

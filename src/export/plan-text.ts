import type { RoleGraph } from '../graph/role-graph.ts';
import type { Lever, PlanDocument, PlanStep, Reason, Route } from '../model/index.ts';
import { SourceNumbers } from './plan-sources.ts';
import {
  describeAction,
  describeProfile,
  describeStep,
  graphWording,
  noRouteTitle,
  OBJECTIVE_WORDS,
  PAY_NOT_KNOWN,
  payText,
  routeHeadline,
  routeName,
  routeOrder,
  routePath,
  sourceLine,
  type Wording,
} from './plan-wording.ts';

export interface TextOptions {
  /** How many alternatives to describe in full after the chosen route (the rest get a line). */
  detailedAlternatives?: number;
  /** List the sources at the end (default); off with `--no-sources`. */
  sources?: boolean;
  /** Show what would shorten the route (`--levers`). */
  levers?: boolean;
}

/** The longest line a source takes in the list: one short line each. */
const SOURCE_LINE_WIDTH = 100;

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

class TextRenderer {
  readonly sources = new SourceNumbers();
  /** What the earliest timeline leaves out is the same for every route: said under the first that needs it. */
  private caveatSaid = false;
  constructor(
    readonly w: Wording,
    readonly document: PlanDocument,
    readonly citing: boolean,
  ) {}

  cite(ids: readonly string[]): string {
    if (!this.citing || ids.length === 0) return '';
    return ` ${this.sources
      .cite(ids)
      .map((n) => `[${n}]`)
      .join('')}`;
  }

  reasons(reasons: readonly Reason[]): string {
    return reasons.map((r) => `${r.text}${this.cite(r.sources)}`).join(' ');
  }

  /** "March 2027 (month 18)" */
  when(month: number): string {
    return `${this.w.month(month)} (month ${month})`;
  }

  step(step: PlanStep, number: number): string[] {
    const words = describeStep(this.w, step, this.document.pace);
    const lines = [
      `${number}. ${words.when}: move from ${this.w.roleTitle(step.from)} to ${this.w.roleTitle(step.to)}, a ${words.kindName}.${this.cite(step.sources)}`,
    ];
    lines.push(
      `   Stay: ${words.stay}. ${words.estimated ? 'Estimated: ' : ''}${step.timing.text}${this.cite(step.timing.sources)}`,
    );
    const actions = step.actions.map((a) => ({ words: describeAction(this.w, a), action: a }));
    if (actions.length > 0) {
      lines.push('   Before the move:');
      for (const { words: a, action } of actions) {
        const priced =
          (action.kind === 'earn-certification' || action.kind === 'consider-certification') && action.costUsd !== null;
        const priceSources = priced ? (this.w.certification(action.certification)?.exam.costs[0]?.sources ?? []) : [];
        lines.push(`   - ${a.title}: ${a.details.join('; ')}.${this.cite(priceSources)}`);
        if (action.meets.length > 0) lines.push(`     Why: ${this.reasons(action.meets)}`);
      }
    }
    for (const note of step.notes) lines.push(`   Note: ${this.reasons([note])}`);
    const wage = step.pay.wage;
    lines.push(
      `   Pay as ${this.w.roleTitle(step.to)}: ${wage ? `${payText(wage)}${this.cite(wage.sources)}` : PAY_NOT_KNOWN}.`,
    );
    for (const other of step.pay.others) lines.push(`     Also: ${payText(other)}${this.cite(other.sources)}.`);
    return lines;
  }

  summary(route: Route, index: number): string[] {
    const head = routeHeadline(this.w, route, this.document.pace);
    const caveat = head.earliestCaveat !== null && !this.caveatSaid;
    if (caveat) this.caveatSaid = true;
    return [
      `${routeName(index)}: ${routePath(this.w, route)}`,
      `  ${head.datedTimelines} · ${head.moves} · ${head.cost}`,
      ...(head.estimates ? [`  ${head.estimates}.`] : []),
      ...(caveat ? [`  ${head.earliestCaveat}.`] : []),
    ];
  }

  levers(levers: readonly Lever[]): string[] {
    if (levers.length === 0) return ['What would shorten this route: no single change found that saves time.', ''];
    return ['What would shorten this route (one change at a time):', ...levers.map((l) => `  - ${l.text}`), ''];
  }
}

/**
 * The plan as advice in plain text: the chosen route's two timelines, then its steps dated from
 * the start month, what to do before each move and why, the alternatives in a line each, and the
 * sources as a short numbered list.
 */
export function planToText(graph: RoleGraph, document: PlanDocument, options: TextOptions = {}): string {
  const w = graphWording(graph, document.start);
  const r = new TextRenderer(w, document, options.sources !== false);
  const lines: string[] = [];
  const from = w.roleTitle(document.from);
  const to = w.roleTitle(document.to);
  if (document.routes.length === 0) {
    lines.push(
      `From ${from} to ${to}: ${noRouteTitle(document.unreachable).toLowerCase()}.`,
      document.unreachable?.message ?? 'No route was found.',
    );
    return `${lines.join('\n')}\n`;
  }
  const order = routeOrder(document.routes.length, document.selectedRoute);
  const chosen = document.routes[order[0]!]!;
  lines.push(
    `From ${from} to ${to}, the ${OBJECTIVE_WORDS[document.objective].route} on the ${document.pace} timeline, from ${w.month(0)}:`,
  );
  lines.push(...r.summary(chosen, order[0]!).map((l) => `  ${l}`), '');
  lines.push(`Profile: ${describeProfile(document.profile, w.certLabel)}.`);
  for (const assumption of document.assumptions) lines.push(`Assumed: ${r.reasons([assumption])}`);
  lines.push('');
  chosen.steps.forEach((step, i) => lines.push(...r.step(step, i + 1), ''));
  if (options.levers) lines.push(...r.levers(document.levers));
  const detailed = options.detailedAlternatives ?? 0;
  const others = order.slice(1);
  if (others.length > 0) {
    lines.push('Other routes:');
    others.forEach((index, k) => {
      lines.push(...r.summary(document.routes[index]!, index).map((l) => `  ${l}`));
      if (k < detailed)
        document.routes[index]!.steps.forEach((step, j) => lines.push(...r.step(step, j + 1).map((l) => `     ${l}`)));
    });
    lines.push('');
  }
  if (options.sources !== false) {
    const sources = graph.getAttribute('sources');
    const cited = r.sources.list();
    if (cited.length > 0) {
      lines.push('Sources:');
      cited.forEach((id, i) => {
        const source = sources.get(id);
        lines.push(clip(`  [${i + 1}] ${source ? sourceLine(source) : id}`, SOURCE_LINE_WIDTH));
      });
      lines.push('  (secpath plan --format md lists them with their addresses.)');
    }
  }
  return `${lines.join('\n')}\n`;
}

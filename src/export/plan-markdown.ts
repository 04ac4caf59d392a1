import type { RoleGraph } from '../graph/role-graph.ts';
import type { PlanAction, PlanDocument, PlanStep, Reason, Route } from '../model/index.ts';
import { examPriceSources, SourceNumbers } from './plan-sources.ts';
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
  tierWord,
  type Wording,
} from './plan-wording.ts';
import { markdownInline } from './text-safety.ts';

/** Escapes text from data or people so Markdown shows it as written and never as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return markdownInline(text);
}

class Renderer {
  readonly sources = new SourceNumbers();
  constructor(
    private readonly graph: RoleGraph,
    private readonly w: Wording,
    private readonly document: PlanDocument,
  ) {}

  title(id: string): string {
    return escapeMarkdown(this.w.roleTitle(id));
  }

  cite(ids: readonly string[]): string {
    return ids.length === 0
      ? ''
      : ` ${this.sources
          .cite(ids)
          .map((n) => `[${n}]`)
          .join('')}`;
  }

  reasons(reasons: readonly Reason[]): string {
    return reasons.map((r) => `${escapeMarkdown(r.text)}${this.cite(r.sources)}`).join(' ');
  }

  action(action: PlanAction): string {
    const words = describeAction(this.w, action);
    let details = words.details.map(escapeMarkdown).join('; ');
    if (action.kind === 'earn-certification' || action.kind === 'consider-certification') {
      if (action.costUsd !== null) details += this.cite(examPriceSources(this.graph, action.certification));
    }
    const title = words.optional ? `*${escapeMarkdown(words.title)}*` : `**${escapeMarkdown(words.title)}**`;
    return `- ${title}: ${details}.${action.meets.length ? ` Why: ${this.reasons(action.meets)}` : ''}`;
  }

  step(step: PlanStep, number: number): string[] {
    const words = describeStep(this.w, step, this.document.pace);
    const lines = [`### ${number}. ${escapeMarkdown(words.title)}`, ''];
    lines.push(`**${escapeMarkdown(words.when)}**, a ${escapeMarkdown(words.kind)}.${this.cite(step.sources)}`, '');
    lines.push(
      `**Stay:** ${escapeMarkdown(words.stay)}. ${words.estimated ? '*Estimated:* ' : ''}${escapeMarkdown(step.timing.text)}${this.cite(step.timing.sources)}`,
      '',
    );
    if (step.actions.length > 0) lines.push('Before the move:', '', ...step.actions.map((a) => this.action(a)), '');
    if (step.notes.length > 0) {
      for (const note of step.notes) lines.push(`> ${this.reasons([note])}`, '>');
      lines.splice(lines.length - 1, 1, '');
    }
    const wage = step.pay.wage;
    lines.push(
      `Pay as ${this.title(step.to)}: ${wage ? `**${escapeMarkdown(payText(wage))}**${this.cite(wage.sources)}` : PAY_NOT_KNOWN}.`,
      '',
    );
    return lines;
  }

  route(route: Route, index: number, chosen: boolean): string[] {
    const head = routeHeadline(this.w, route, this.document.pace);
    const lines = [
      `## ${routeName(index)}${chosen && index !== 0 ? ' (chosen)' : ''}: ${escapeMarkdown(routePath(this.w, route))}`,
      '',
      `**${escapeMarkdown(head.datedTimelines)}**; ${head.moves}; ${escapeMarkdown(head.cost)} in exams and degrees.`,
      '',
      ...(head.estimates ? [`${escapeMarkdown(head.estimates)}.`, ''] : []),
      ...(head.earliestCaveat ? [`${escapeMarkdown(head.earliestCaveat)}.`, ''] : []),
      '| # | When | Move | Stay before it |',
      '|---|---|---|---|',
      ...route.steps.map(
        (s, i) =>
          `| ${i + 1} | ${escapeMarkdown(this.w.month(s.moveMonth))} | ${this.title(s.from)} → ${this.title(s.to)} | ${escapeMarkdown(describeStep(this.w, s, this.document.pace).stayLength)}${s.timing.basis === 'estimated' ? ' (estimated)' : ''} |`,
      ),
      '',
    ];
    route.steps.forEach((step, i) => lines.push(...this.step(step, i + 1)));
    lines.push('#### Pay along the way', '', '| Role | Median wage |', '|---|---|');
    for (const pay of route.pay)
      lines.push(
        `| ${this.title(pay.role)} | ${pay.wage ? `${escapeMarkdown(payText(pay.wage))}${this.cite(pay.wage.sources)}` : PAY_NOT_KNOWN} |`,
      );
    const others = route.pay.flatMap((p) => p.others.map((o) => ({ role: p.role, figure: o })));
    if (others.length > 0) {
      lines.push('', 'Other pay figures, on other bases (not compared above):', '');
      for (const { role, figure } of others)
        lines.push(`- ${this.title(role)}: ${escapeMarkdown(payText(figure))}${this.cite(figure.sources)}`);
    }
    lines.push('');
    return lines;
  }
}

/**
 * The plan as Markdown: both timelines, dated steps from the start month, actions with why,
 * certification prices and eligibility dates, pay on one basis, what would shorten the route,
 * and numbered sources with their tier behind every figure. The chosen route first.
 */
export function planToMarkdown(graph: RoleGraph, document: PlanDocument): string {
  const w = graphWording(graph, document.start);
  const r = new Renderer(graph, w, document);
  const lines = [`# Career plan: ${r.title(document.from)} → ${r.title(document.to)}`, ''];
  lines.push(
    `${OBJECTIVE_WORDS[document.objective].label} route on the ${document.pace} timeline, starting ${w.month(0)}. Profile: ${escapeMarkdown(describeProfile(document.profile, w.certLabel))}.`,
    '',
  );
  for (const assumption of document.assumptions) lines.push(`- Assumed: ${r.reasons([assumption])}`);
  if (document.assumptions.length > 0) lines.push('');
  if (document.routes.length === 0) {
    lines.push(
      `**${noRouteTitle(document.unreachable)}.** ${escapeMarkdown(document.unreachable?.message ?? 'No route was found.')}`,
      '',
    );
  } else {
    const order = routeOrder(document.routes.length, document.selectedRoute);
    order.forEach((index, position) => {
      lines.push(...r.route(document.routes[index]!, index, position === 0));
      if (position === 0 && document.levers.length > 0) {
        lines.push(
          '### What would shorten this route',
          '',
          ...document.levers.map((l) => `- ${escapeMarkdown(l.text)}`),
          '',
        );
      }
    });
  }
  const sources = graph.getAttribute('sources');
  const cited = r.sources.list();
  if (cited.length > 0) {
    lines.push('## Sources', '');
    cited.forEach((id, i) => {
      const s = sources.get(id);
      lines.push(
        s
          ? `${i + 1}. *${tierWord(s)}* — ${escapeMarkdown(s.title)}, ${escapeMarkdown(s.publisher)}${s.edition ? `, ${escapeMarkdown(s.edition)}` : ''}. <${s.url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}> (read ${s.accessed})`
          : `${i + 1}. ${escapeMarkdown(id)}`,
      );
    });
    lines.push('');
  }
  lines.push(
    '*Made with secpath. The typical timeline waits for the usual stay and what people typically bring to each role; the earliest only for the binding rules. Requirements and prices change, so check the sources before you book an exam.*',
    '',
  );
  return lines.join('\n');
}

import type { RoleGraph } from '../graph/role-graph.ts';
import { EDUCATION_LEVEL_LABELS, EXPERIENCE_KIND_LABELS } from '../model/constants.ts';
import type { PlanAction, PlanDocument, PlanStep, Reason, Route } from '../model/index.ts';
import { eligibilityText } from './certification-wording.ts';
import { describeProfile, formatDuration, formatUsd, listWithAnd, plural } from './format.ts';
import { addMonths, monthName } from './months.ts';
import { examPriceSeen, examPriceSources, routeTitle, SourceNumbers } from './plan-sources.ts';

/** Escapes text from data or people so Markdown shows it as written and never as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const OBJECTIVE_WORDS = { fastest: 'Fastest route', 'fewest-moves': 'Route with the fewest moves', cheapest: 'Cheapest route' } as const;

class Renderer {
  readonly sources = new SourceNumbers();
  constructor(
    private readonly graph: RoleGraph,
    private readonly start: string,
  ) {}

  title(id: string): string {
    return escapeMarkdown(this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'role').title : id);
  }

  cert(id: string): string {
    return escapeMarkdown(this.graph.getAttribute('certifications').get(id)?.abbreviation ?? id);
  }

  when(month: number): string {
    return `${monthName(addMonths(this.start, month))} (month ${month})`;
  }

  cite(ids: readonly string[]): string {
    return ids.length === 0 ? '' : ` ${this.sources.cite(ids).map((n) => `[${n}]`).join('')}`;
  }

  reasons(reasons: readonly Reason[]): string {
    return reasons.map((r) => `${escapeMarkdown(r.text)}${this.cite(r.sources)}`).join(' ');
  }

  price(certId: string, usd: number | null): string {
    if (usd === null) return 'exam price not known';
    const seen = examPriceSeen(this.graph, certId);
    return `exam ${formatUsd(usd)}${seen ? ` (seen ${seen})` : ''}${this.cite(examPriceSources(this.graph, certId))}`;
  }

  action(action: PlanAction): string[] {
    switch (action.kind) {
      case 'gain-experience': {
        const kinds = listWithAnd(action.experienceKinds.map((k) => EXPERIENCE_KIND_LABELS[k]));
        const head =
          action.months === 0
            ? `**Ready now** as ${this.title(action.role)}.`
            : `**Work ${formatDuration(action.months)}** as ${this.title(action.role)}, ${this.when(action.startMonth)} to ${this.when(action.endMonth)}, building ${kinds} experience.`;
        return [`- ${head}${action.meets.length ? ` Why: ${this.reasons(action.meets)}` : ''}`];
      }
      case 'earn-certification': {
        const exam =
          action.examMonth < action.eligibleMonth
            ? `prepare from ${this.when(action.startMonth)}, take the exam in ${this.when(action.examMonth)}${action.associate ? ` (you are then an ${escapeMarkdown(action.associate)})` : ''}; eligible and certified from ${this.when(action.endMonth)}`
            : `prepare from ${this.when(action.startMonth)}; eligible from ${this.when(action.eligibleMonth)}; certified from ${this.when(action.endMonth)}`;
        const waivers = action.waiversUsed.length ? ` Waivers: ${escapeMarkdown(action.waiversUsed.join('; '))}.` : '';
        return [`- **Earn ${this.cert(action.certification)}**: ${exam}; ${this.price(action.certification, action.costUsd)}.${waivers} Why: ${this.reasons(action.meets)}`];
      }
      case 'earn-degree':
        return [
          `- **Finish a ${EDUCATION_LEVEL_LABELS[action.level]}**, ${this.when(action.startMonth)} to ${this.when(action.endMonth)}${action.costUsd === null ? ' (cost not known)' : `, about ${formatUsd(action.costUsd)}`}. Why: ${this.reasons(action.meets)}`,
        ];
      case 'consider-certification': {
        const when = action.eligibleMonth === null || action.eligibleMonth === 0 ? eligibilityText(this.graph, action.certification, action.eligibleMonth) : `eligible from ${this.when(action.eligibleMonth)}`;
        return [`- *Consider* ${this.cert(action.certification)} (not required; ${when}; ${this.price(action.certification, action.costUsd)}). ${this.reasons(action.meets)}`];
      }
    }
  }

  step(step: PlanStep, number: number): string[] {
    const lines = [`### ${number}. ${monthName(addMonths(this.start, step.moveMonth))}: ${this.title(step.from)} → ${this.title(step.to)}`, ''];
    lines.push(`A ${step.transitionKind} in month ${step.moveMonth}.${this.cite(step.sources)}`, '');
    if (step.actions.length > 0) lines.push('Before the move:', '', ...step.actions.flatMap((a) => this.action(a)), '');
    for (const note of step.notes) lines.push(`> ${this.reasons([note])}`, '>');
    if (step.notes.length > 0) lines.splice(lines.length - 1, 1, '');
    if (step.pay) {
      const basis = step.pay.basis === 'total-pay' ? 'median total pay' : 'median wage';
      lines.push(`Pay as ${this.title(step.to)}: **${formatUsd(step.pay.medianUsd)}** ${basis} (${escapeMarkdown(step.pay.occupation)}, ${escapeMarkdown(step.pay.period)})${this.cite(step.pay.sources)}.`, '');
    }
    return lines;
  }

  route(route: Route, heading: string): string[] {
    const cost = `${formatUsd(route.totalCostUsd)}${route.costIncomplete ? ' plus items with no known price' : ''}`;
    const lines = [
      `## ${heading}: ${escapeMarkdown(routeTitle(this.graph, route))}`,
      '',
      `**${formatDuration(route.totalMonths)}** (${route.totalMonths} months, reaching the target in ${monthName(addMonths(this.start, route.totalMonths))}), ${plural(route.totalMoves, 'move')}, ${cost} in exams and degrees.`,
      '',
      '| # | When | Move |',
      '|---|---|---|',
      ...route.steps.map((s, i) => `| ${i + 1} | ${monthName(addMonths(this.start, s.moveMonth))} | ${this.title(s.from)} → ${this.title(s.to)} |`),
      '',
    ];
    route.steps.forEach((step, i) => lines.push(...this.step(step, i + 1)));
    return lines;
  }
}

/**
 * The plan as Markdown: dated steps from the start month, actions with why, certification
 * prices and eligibility dates, pay, and numbered sources behind every figure. Reads as plain
 * text and renders cleanly; the selected route first, then the alternatives.
 */
export function planToMarkdown(graph: RoleGraph, document: PlanDocument): string {
  const r = new Renderer(graph, document.start);
  const lines = [`# Career plan: ${r.title(document.from)} → ${r.title(document.to)}`, ''];
  lines.push(`${OBJECTIVE_WORDS[document.objective]}, starting ${monthName(document.start)}. Profile: ${escapeMarkdown(describeProfile(document.profile))}.`, '');
  if (document.routes.length === 0) {
    lines.push(`**No route.** ${escapeMarkdown(document.unreachable?.message ?? 'No route was found.')}`, '');
  } else {
    const order = [document.selectedRoute, ...document.routes.map((_, i) => i).filter((i) => i !== document.selectedRoute)];
    order.forEach((index, position) => {
      const heading = position === 0 ? (index === 0 ? 'Best route' : `Chosen route (ranked ${index + 1})`) : index === 0 ? 'Best route' : `Alternative ${index + 1}`;
      lines.push(...r.route(document.routes[index]!, heading));
    });
  }
  const sources = graph.getAttribute('sources');
  const cited = r.sources.list();
  if (cited.length > 0) {
    lines.push('## Sources', '');
    cited.forEach((id, i) => {
      const s = sources.get(id);
      lines.push(s ? `${i + 1}. ${escapeMarkdown(s.title)}, ${escapeMarkdown(s.publisher)}. <${s.url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}> (read ${s.accessed})` : `${i + 1}. ${escapeMarkdown(id)}`);
    });
    lines.push('');
  }
  lines.push('*Made with secpath. Months count from the start month; requirements and prices change, so check the sources before you book an exam.*', '');
  return lines.join('\n');
}

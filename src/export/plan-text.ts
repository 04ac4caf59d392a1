import type { RoleGraph } from '../graph/role-graph.ts';
import type { Plan, PlanAction, PlanStep, Route } from '../model/index.ts';
import { EDUCATION_LEVEL_LABELS, EXPERIENCE_KIND_LABELS } from '../model/constants.ts';
import { eligibilityText } from './certification-wording.ts';
import { formatDuration, formatUsd, listWithAnd, plural } from './format.ts';
import { routeSourceIds } from './plan-sources.ts';

const OBJECTIVE_WORDS: Record<Plan['objective'], string> = {
  fastest: 'fastest route',
  'fewest-moves': 'route with the fewest moves',
  cheapest: 'cheapest route',
};

export interface TextOptions {
  /** How many alternatives to describe in full after the best route (the rest get a line). */
  detailedAlternatives?: number;
}

function title(graph: RoleGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'role').title : id;
}

function certLabel(graph: RoleGraph, id: string): string {
  return graph.getAttribute('certifications').get(id)?.abbreviation ?? id;
}

function costText(cost: number | null): string {
  return cost === null ? 'price not known' : formatUsd(cost);
}

function actionLines(graph: RoleGraph, action: PlanAction): string[] {
  const why = (reasons: Array<{ text: string }>) => reasons.map((r) => r.text).join(' ');
  switch (action.kind) {
    case 'gain-experience': {
      const kinds = listWithAnd(action.experienceKinds.map((k) => EXPERIENCE_KIND_LABELS[k]));
      const head =
        action.months === 0
          ? `You already have what this move needs as ${title(graph, action.role)}.`
          : `Work ${formatDuration(action.months)} as ${title(graph, action.role)} (month ${action.startMonth} to month ${action.endMonth}), building ${kinds} experience.`;
      return [head, ...(action.meets.length ? [`  Why: ${why(action.meets)}`] : [])];
    }
    case 'earn-certification': {
      const cert = certLabel(graph, action.certification);
      const exam =
        action.examMonth < action.eligibleMonth
          ? `prepare from month ${action.startMonth}, sit the exam in month ${action.examMonth}${action.associate ? ` (you are then an ${action.associate})` : ''}, and hold it from month ${action.endMonth}, when your experience qualifies`
          : `prepare from month ${action.startMonth} and hold it from month ${action.endMonth}`;
      const waivers = action.waiversUsed.length ? ` Waivers used: ${action.waiversUsed.join('; ')}.` : '';
      return [`Earn ${cert}: ${exam}. Exam: ${costText(action.costUsd)}.${waivers}`, ...(action.meets.length ? [`  Why: ${why(action.meets)}`] : [])];
    }
    case 'earn-degree':
      return [
        `Finish a ${EDUCATION_LEVEL_LABELS[action.level]} (month ${action.startMonth} to month ${action.endMonth}, ${costText(action.costUsd)}).`,
        `  Why: ${why(action.meets)}`,
      ];
    case 'consider-certification': {
      const cert = certLabel(graph, action.certification);
      return [`Consider ${cert} (not required; ${eligibilityText(graph, action.certification, action.eligibleMonth)}; exam ${costText(action.costUsd)}). ${why(action.meets)}`];
    }
  }
}

function stepLines(graph: RoleGraph, step: PlanStep, number: number): string[] {
  const lines = [`${number}. Month ${step.moveMonth}: move from ${title(graph, step.from)} to ${title(graph, step.to)} (${step.transitionKind}).`];
  const before = step.actions.flatMap((a) => actionLines(graph, a));
  if (before.length > 0) {
    lines.push('   Before the move:');
    for (const line of before) lines.push(line.startsWith('  ') ? `     ${line.trim()}` : `   - ${line}`);
  }
  for (const note of step.notes) lines.push(`   Note: ${note.text}`);
  if (step.pay) {
    lines.push(
      `   Pay as ${title(graph, step.to)}: ${formatUsd(step.pay.medianUsd)} median ${step.pay.basis === 'total-pay' ? 'total pay' : 'wage'} (${step.pay.occupation}, ${step.pay.period}).`,
    );
  }
  return lines;
}

function routeSummary(graph: RoleGraph, route: Route): string {
  const cost = `${formatUsd(route.totalCostUsd)}${route.costIncomplete ? ' plus items with no known price' : ''}`;
  return `${route.roles.map((id) => title(graph, id)).join(' → ')}: ${formatDuration(route.totalMonths)} (${route.totalMonths} months), ${plural(route.totalMoves, 'move')}, ${cost}`;
}

function sourcesUsed(plan: Plan): string[] {
  return [...new Set(plan.routes.flatMap(routeSourceIds))];
}

/** The plan as advice in plain text: numbered steps, months, what to earn and why. */
export function planToText(graph: RoleGraph, plan: Plan, options: TextOptions = {}): string {
  const lines: string[] = [];
  const from = title(graph, plan.from);
  const to = title(graph, plan.to);
  if (plan.routes.length === 0) {
    lines.push(`From ${from} to ${to}: no route.`, plan.unreachable?.message ?? 'No route was found.');
    return `${lines.join('\n')}\n`;
  }
  const [best, ...others] = plan.routes;
  lines.push(`From ${from} to ${to} — ${OBJECTIVE_WORDS[plan.objective]}:`, `  ${routeSummary(graph, best!)}`, '');
  best!.steps.forEach((step, i) => lines.push(...stepLines(graph, step, i + 1), ''));
  const detailed = options.detailedAlternatives ?? 0;
  if (others.length > 0) {
    lines.push('Alternatives:');
    others.forEach((route, i) => {
      lines.push(`  ${i + 2}. ${routeSummary(graph, route)}`);
      if (i < detailed) {
        route.steps.forEach((step, j) => lines.push(...stepLines(graph, step, j + 1).map((l) => `     ${l}`)));
      }
    });
    lines.push('');
  }
  if (plan.typicalRoute && plan.typicalRoute.roles.join('>') !== best!.roles.join('>')) {
    lines.push(
      `For comparison, the route with the least typical time in each role (ignoring your profile): ${plan.typicalRoute.roles.map((id) => title(graph, id)).join(' → ')}.`,
      '',
    );
  }
  const sources = graph.getAttribute('sources');
  const used = sourcesUsed(plan);
  if (used.length > 0) {
    lines.push('Sources:');
    for (const id of used) {
      const source = sources.get(id);
      if (source) lines.push(`  [${id}] ${source.title} — ${source.publisher}, ${source.url} (read ${source.accessed})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

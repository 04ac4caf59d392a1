import { EDUCATION_LEVEL_LABELS, EXPERIENCE_KIND_LABELS } from '../../model/constants.ts';
import type { PlanAction, PlanStep, Route } from '../../model/plan.ts';
import { formatDuration, formatUsd, listWithAnd, plural } from '../../export/format.ts';
import { addMonths, monthName } from '../../export/months.ts';
import { TRANSITION_KIND_LABELS } from '../labels.ts';

/**
 * How the page words a plan: the same advice as the CLI's text (src/export/plan-text.ts), cut
 * into a headline, dated details and the reasons, so each can be laid out on its own.
 */
export interface Wording {
  roleTitle(id: string): string;
  certLabel(id: string): string;
  /** "March 2027" for a month offset from the plan's start. */
  month(offset: number): string;
}

export interface ActionView {
  kind: PlanAction['kind'];
  title: string;
  details: string[];
  why: string[];
  optional: boolean;
}

export function wordingFor(startYearMonth: string, names: Pick<Wording, 'roleTitle' | 'certLabel'>): Wording {
  return { ...names, month: (offset) => monthName(addMonths(startYearMonth, offset)) };
}

export function costText(cost: number | null): string {
  return cost === null ? 'price not known' : formatUsd(cost);
}

export function describeAction(w: Wording, action: PlanAction): ActionView {
  const why = action.meets.map((r) => r.text);
  switch (action.kind) {
    case 'gain-experience': {
      const role = w.roleTitle(action.role);
      if (action.months === 0) {
        return { kind: action.kind, title: `No wait as ${role}`, details: ['Your experience already meets what this move needs.'], why, optional: false };
      }
      const kinds = listWithAnd(action.experienceKinds.map((k) => EXPERIENCE_KIND_LABELS[k]));
      return {
        kind: action.kind,
        title: `Work ${formatDuration(action.months)} as ${role}`,
        details: [`${w.month(action.startMonth)} to ${w.month(action.endMonth)}`, `Builds ${kinds} experience`],
        why,
        optional: false,
      };
    }
    case 'earn-certification': {
      const details =
        action.examMonth < action.eligibleMonth
          ? [
              `Prepare from ${w.month(action.startMonth)}; sit the exam in ${w.month(action.examMonth)}${action.associate ? ` (you are then an ${action.associate})` : ''}`,
              `Certified from ${w.month(action.endMonth)}, when your experience qualifies`,
            ]
          : [`Prepare from ${w.month(action.startMonth)}; certified from ${w.month(action.endMonth)}`];
      details.push(`Exam: ${costText(action.costUsd)}`);
      if (action.waiversUsed.length) details.push(`Waivers used: ${action.waiversUsed.join('; ')}`);
      return { kind: action.kind, title: `Earn ${w.certLabel(action.certification)}`, details, why, optional: false };
    }
    case 'earn-degree':
      return {
        kind: action.kind,
        title: `Finish a ${EDUCATION_LEVEL_LABELS[action.level]}`,
        details: [`${w.month(action.startMonth)} to ${w.month(action.endMonth)}`, `Cost: ${costText(action.costUsd)}`],
        why,
        optional: false,
      };
    case 'consider-certification':
      return {
        kind: action.kind,
        title: `Consider ${w.certLabel(action.certification)}`,
        details: [
          action.eligibleMonth === null ? 'Its experience rule is not met on this route by the move' : `You would meet its experience rule from ${w.month(action.eligibleMonth)}`,
          `Exam: ${costText(action.costUsd)}`,
        ],
        why,
        optional: true,
      };
  }
}

export function stepHeading(w: Wording, step: PlanStep): { title: string; when: string; kind: string } {
  return { title: `Move to ${w.roleTitle(step.to)}`, when: w.month(step.moveMonth), kind: `${TRANSITION_KIND_LABELS[step.transitionKind]} from ${w.roleTitle(step.from)}` };
}

export function routeTotals(w: Wording, route: Route): { time: string; arrival: string; moves: string; cost: string } {
  return {
    time: formatDuration(route.totalMonths),
    arrival: route.totalMonths === 0 ? 'now' : w.month(route.totalMonths),
    moves: plural(route.totalMoves, 'move'),
    cost: `${formatUsd(route.totalCostUsd)}${route.costIncomplete ? ' + unpriced items' : ''}`,
  };
}

export function routePath(w: Wording, route: Route): string {
  return route.roles.map((id) => w.roleTitle(id)).join(' → ');
}

export function payText(medianUsd: number, basis: 'base-salary' | 'total-pay'): string {
  return `${formatUsd(medianUsd)} ${basis === 'total-pay' ? 'median total pay' : 'median wage'}`;
}

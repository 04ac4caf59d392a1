import type { PlanView } from '../../export/plan-document.ts';

/** "secpath-it-support-specialist-to-information-security-manager-2026-11": every export of a view shares it. */
export function exportBaseName(view: PlanView): string {
  return `secpath-${view.query.from}-to-${view.query.to}-${view.start}`;
}

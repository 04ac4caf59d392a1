import type { RoleGraph } from '../graph/role-graph.ts';

/** "no experience required", "eligible from month 14", or why not by the move. */
export function eligibilityText(graph: RoleGraph, certId: string, eligibleMonth: number | null): string {
  const required = graph.getAttribute('certifications').get(certId)?.experience.required;
  if (required === null || required === undefined) return 'no experience rule found in a source';
  if (required.length === 0) return 'no experience required';
  return eligibleMonth === null ? 'its experience rule is not met on this route by the move' : `you would meet its experience rule from month ${eligibleMonth}`;
}


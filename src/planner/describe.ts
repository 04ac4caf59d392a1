import { EXPERIENCE_KIND_LABELS, type ExperienceKind } from '../model/constants.ts';
import type { ChannelNeed, PlanningModel } from './model.ts';

/** "5 years", "18 months", "2 years 6 months". */
export function describeMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 1 ? '1 year' : `${years} years`;
  const m = rest === 1 ? '1 month' : `${rest} months`;
  if (years === 0) return m;
  if (rest === 0) return y;
  return `${y} ${m}`;
}

export function describeKinds(kinds: readonly ExperienceKind[]): string {
  return kinds.map((k) => EXPERIENCE_KIND_LABELS[k]).join(' or ');
}

export function describeNeed(model: PlanningModel, need: ChannelNeed): string {
  return `${describeMonths(need.months)} of ${describeKinds(model.channels[need.channel]!.kinds)} experience`;
}

export function roleTitle(model: PlanningModel, index: number): string {
  return model.graph.getNodeAttribute(model.roleIds[index]!, 'role').title;
}

/** "CISSP" for the certification at an index. */
export function certName(model: PlanningModel, index: number): string {
  return model.certs[index]!.cert.abbreviation;
}

export function listWithOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

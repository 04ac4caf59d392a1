import { EXPERIENCE_KIND_LABELS, type ExperienceKind } from '../model/constants.ts';
import type { ChannelNeed, PlanningModel } from './model.ts';

/**
 * The small phrases every sentence of a plan is made of, written once for the planner's
 * reasons and for every renderer (text, Markdown, calendar, print, the web app).
 */

/** "5 years", "18 months" → "1 year 6 months", "0 months". */
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
  return listWithOr(kinds.map((k) => EXPERIENCE_KIND_LABELS[k]));
}

export function describeNeed(model: PlanningModel, need: ChannelNeed): string {
  return `${describeMonths(need.months)} of ${describeKinds(model.channels[need.channel]!.kinds)} experience`;
}

export function roleTitle(model: PlanningModel, index: number): string {
  return model.roles[index]!.title;
}

/** "CISSP" for the certification at an index. */
export function certName(model: PlanningModel, index: number): string {
  return model.certs[index]!.cert.abbreviation;
}

export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function listWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatUsd(value: number): string {
  return `US$${Math.round(value).toLocaleString('en-US')}`;
}

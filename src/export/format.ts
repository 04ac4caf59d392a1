import { EDUCATION_LEVEL_LABELS, EXPERIENCE_KIND_LABELS, type ExperienceKind } from '../model/constants.ts';
import type { Profile } from '../model/index.ts';

/** Shared wording for plan renderers (text, Markdown, calendar). */

export function formatUsd(value: number): string {
  return `US$${Math.round(value).toLocaleString('en-US')}`;
}

export function formatDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(years === 1 ? '1 year' : `${years} years`);
  if (rest > 0 || years === 0) parts.push(rest === 1 ? '1 month' : `${rest} months`);
  return parts.join(' ');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function listWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A profile in one line: "2 years of IT experience; bachelor's degree; holds CISSP".
 * `certName` words each held certification (its id by default).
 */
export function describeProfile(profile: Profile, certName: (id: string) => string = (id) => id): string {
  const years = (Object.entries(profile.experienceYears) as [ExperienceKind, number][]).map(([kind, y]) => `${y} ${y === 1 ? 'year' : 'years'} of ${EXPERIENCE_KIND_LABELS[kind]}`);
  const parts = [years.length ? `${listWithAnd(years)} experience` : 'no prior experience entered', EDUCATION_LEVEL_LABELS[profile.education]];
  if (profile.certifications.length) parts.push(`holds ${profile.certifications.map(certName).join(', ')}`);
  if (profile.monthsInCurrentRole !== undefined) parts.push(`${profile.monthsInCurrentRole} months in the current role`);
  return parts.join('; ');
}

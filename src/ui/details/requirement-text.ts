import { EDUCATION_LEVEL_LABELS, EXPERIENCE_KIND_LABELS, type ExperienceKind } from '../../model/constants.ts';
import type { Transition } from '../../model/transition.ts';

/** How a transition's requirements read in the details panel and the transitions table. */
const kindsText = (kinds: readonly ExperienceKind[]) => kinds.map((k) => EXPERIENCE_KIND_LABELS[k]).join(' or ');

const yearsText = (years: number | { min: number; max: number }) =>
  typeof years === 'number' ? `${years} ${years === 1 ? 'year' : 'years'}` : `${years.min}–${years.max} years`;

export function minimumExperienceText(t: Transition): string[] {
  if (t.minimumExperience === null) return ['No source gives a minimum'];
  if (t.minimumExperience.length === 0) return ['None needed'];
  return t.minimumExperience.map((m) => `${yearsText(m.years)} of ${kindsText(m.kinds)} experience`);
}

export function typicalExperienceText(t: Transition): string[] {
  if (!t.typicalExperience || t.typicalExperience.length === 0) return [];
  return t.typicalExperience.map((m) => `${yearsText(m.years)} of ${kindsText(m.kinds)} experience`);
}

export function requiredCertificationsText(t: Transition, certLabel: (id: string) => string): string[] {
  return t.certifications.required.map((group) => (group.anyOf.length === 1 ? certLabel(group.anyOf[0]!) : `one of ${group.anyOf.map(certLabel).join(', ')}`));
}

export function expectedCertificationsText(t: Transition, certLabel: (id: string) => string): string[] {
  return t.certifications.expected.map((e) => certLabel(e.id));
}

export function minimumEducationText(t: Transition): string | null {
  return t.education.minimum ? EDUCATION_LEVEL_LABELS[t.education.minimum.level] : null;
}

export function typicalEducationText(t: Transition): string[] {
  return (t.education.typical ?? []).map((e) => `${EDUCATION_LEVEL_LABELS[e.level]}${e.sharePercent === null ? '' : ` (${e.sharePercent}%)`}`);
}

export function typicalMonthsText(t: Transition): string | null {
  const months = t.typicalMonthsInRole?.months;
  if (months === undefined) return null;
  return typeof months === 'number' ? `${months} months` : `${months.min}–${months.max} months`;
}

/** Every source a transition cites, for one list under its details. */
export function transitionSourceIds(t: Transition): string[] {
  return [
    ...t.sources,
    ...(t.minimumExperience ?? []).flatMap((m) => m.sources),
    ...(t.typicalExperience ?? []).flatMap((m) => m.sources),
    ...(t.education.minimum?.sources ?? []),
    ...(t.education.typical ?? []).flatMap((e) => e.sources),
    ...t.certifications.required.flatMap((g) => g.sources),
    ...t.certifications.expected.flatMap((e) => e.sources),
    ...(t.typicalMonthsInRole?.sources ?? []),
  ];
}

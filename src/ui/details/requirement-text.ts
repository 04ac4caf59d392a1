import { EDUCATION_LEVEL_LABELS, EXPERIENCE_KIND_LABELS, type ExperienceKind } from '../../model/constants.ts';
import type { Role } from '../../model/role.ts';
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

/** What people typically bring to a role, as its details and the tables say it. */
export function entryExperienceText(role: Role): string[] {
  if (role.entry === null) return ['Not known'];
  if (role.entry.experience.length === 0) return ['None needed'];
  return role.entry.experience.map(
    (m) =>
      `${yearsText(m.years.min === m.years.max ? m.years.min : m.years)} of ${kindsText(m.kinds)} experience${m.lowConfidence ? ' (low confidence)' : ''}`,
  );
}

export function requiredCertificationsText(t: Transition, certLabel: (id: string) => string): string[] {
  return t.certifications.required.map((group) =>
    group.anyOf.length === 1 ? certLabel(group.anyOf[0]!) : `one of ${group.anyOf.map(certLabel).join(', ')}`,
  );
}

export function expectedCertificationsText(t: Transition, certLabel: (id: string) => string): string[] {
  return t.certifications.expected.map((e) => certLabel(e.id));
}

export function minimumEducationText(t: Transition): string | null {
  return t.education.minimum ? EDUCATION_LEVEL_LABELS[t.education.minimum.level] : null;
}

export function typicalEducationText(role: Role): string[] {
  return (role.entry?.education ?? []).map(
    (e) => `${EDUCATION_LEVEL_LABELS[e.level]}${e.sharePercent === null ? '' : ` (${e.sharePercent}%)`}`,
  );
}

/** How long people stay before the move: its own source, or what the plan estimates it from. */
export function stayText(t: Transition): string[] {
  const lines: string[] = [];
  if (t.stay.typical)
    lines.push(
      `typically ${t.stay.typical.months.min}–${t.stay.typical.months.max} months`.replace(
        /(\d+)–\1 months/,
        '$1 months',
      ),
    );
  if (t.stay.minimum) lines.push(`at least ${t.stay.minimum.months} months`);
  if (lines.length === 0)
    lines.push(
      'No source gives a stay for this move: plans estimate it from what people typically bring to the next role',
    );
  return lines;
}

/** Every source a transition cites, for one list under its details. */
export function transitionSourceIds(t: Transition): string[] {
  return [
    ...t.sources,
    ...(t.minimumExperience ?? []).flatMap((m) => m.sources),
    ...(t.education.minimum?.sources ?? []),
    ...t.certifications.required.flatMap((g) => g.sources),
    ...t.certifications.expected.flatMap((e) => e.sources),
    ...(t.stay.typical?.sources ?? []),
    ...(t.stay.minimum?.sources ?? []),
  ];
}

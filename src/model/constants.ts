/**
 * The fixed vocabularies of the model, free of zod so the browser's first bundle can use them
 * without the validator (schemas are loaded only where input is parsed).
 */

/** Experience kinds. Time in a role accrues every kind the role counts as, and every kind those nest in. */
export const EXPERIENCE_KINDS = [
  'it',
  'software-development',
  'security',
  'security-management',
  'people-management',
  'audit',
  'risk',
  'privacy',
  'cloud-security',
  'project-management',
  'security-project-management',
] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

export const EXPERIENCE_KIND_LABELS: Record<ExperienceKind, string> = {
  it: 'IT',
  'software-development': 'software development',
  security: 'information security',
  'security-management': 'security management',
  'people-management': 'managing people',
  audit: 'IS audit and assurance',
  risk: 'IT risk and control',
  privacy: 'privacy',
  'cloud-security': 'cloud security',
  'project-management': 'project management',
  'security-project-management': 'security project management',
};

/**
 * Which kinds a kind of work is also: a month of security work is a month of IT work, a month of
 * security management is a month of security work and of managing people. The reasons, each
 * with the source it rests on (ids in graph-data/sources.json):
 * - security, software development → IT: the BLS files information security analysts and
 *   software developers among its computer and information technology occupations
 *   (bls-ooh-it-home).
 * - cloud security → security: ISC2's CCSP counts cloud security work inside its three years of
 *   information security (isc2-ccsp).
 * - security management → security: ISACA's CISM counts its three years of information
 *   security management inside the five years of information security work (isaca-cism).
 * - security management → managing people: IT security managers are computer and information
 *   systems managers, who plan and direct the work of others (bls-ooh-cis-managers).
 * - security project management → project management: SIA's CSPM counts its 3,000 hours of
 *   security project management inside the 6,000 hours of project management (sia-cspm).
 */
export const EXPERIENCE_KIND_PARENTS: Record<ExperienceKind, readonly ExperienceKind[]> = {
  it: [],
  'software-development': ['it'],
  security: ['it'],
  'security-management': ['security', 'people-management'],
  'people-management': [],
  audit: [],
  risk: [],
  privacy: [],
  'cloud-security': ['security'],
  'project-management': [],
  'security-project-management': ['project-management'],
};

/** The source ids behind each nesting above, for the README, the plan and the tests. */
export const EXPERIENCE_NESTING_SOURCES: Partial<Record<ExperienceKind, readonly string[]>> = {
  'software-development': ['bls-ooh-it-home'],
  security: ['bls-ooh-it-home'],
  'security-management': ['isaca-cism', 'bls-ooh-cis-managers'],
  'cloud-security': ['isc2-ccsp'],
  'security-project-management': ['sia-cspm'],
};

function ancestorsOf(kind: ExperienceKind): readonly ExperienceKind[] {
  const out: ExperienceKind[] = [];
  const visit = (k: ExperienceKind) => {
    if (out.includes(k)) return;
    out.push(k);
    EXPERIENCE_KIND_PARENTS[k].forEach(visit);
  };
  visit(kind);
  return out;
}

const ANCESTORS = new Map(EXPERIENCE_KINDS.map((k) => [k, ancestorsOf(k)]));
const DESCENDANTS = new Map(
  EXPERIENCE_KINDS.map((k) => [k, EXPERIENCE_KINDS.filter((d) => ANCESTORS.get(d)!.includes(k))]),
);

/** A kind and every kind it nests in, transitively: security-management → security, IT, managing people. */
export function kindWithAncestors(kind: ExperienceKind): readonly ExperienceKind[] {
  return ANCESTORS.get(kind)!;
}

/**
 * What work of these kinds counts as: each kind and every kind it nests in, each once, in the
 * order of EXPERIENCE_KINDS (a month as a security manager is also security, IT and managing people).
 */
export function kindsCountedFor(kinds: readonly ExperienceKind[]): ExperienceKind[] {
  return EXPERIENCE_KINDS.filter((kind) => kinds.some((own) => ANCESTORS.get(own)!.includes(kind)));
}

/** A kind and every kind nested in it, transitively: IT → security, security management, cloud security… */
export function kindWithDescendants(kind: ExperienceKind): readonly ExperienceKind[] {
  return DESCENDANTS.get(kind)!;
}

/** Education levels in increasing order. */
export const EDUCATION_LEVELS = ['none', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  none: 'no degree',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};

export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** Levels from where people start to the top. start: no IT role yet (a student, a graduate, a career changer). */
export const ROLE_LEVELS = ['start', 'feeder', 'entry', 'mid', 'advanced', 'executive'] as const;
export type RoleLevel = (typeof ROLE_LEVELS)[number];

export const ROLE_TRACKS = [
  'it-operations',
  'software-development',
  'security-operations',
  'engineering',
  'architecture',
  'offensive',
  'forensics',
  'governance-risk-compliance',
  'management',
  'starting-point',
] as const;
export type RoleTrack = (typeof ROLE_TRACKS)[number];

/** `entry` is a first job in the field, from a starting point outside IT (a role of level `start`). */
export const TRANSITION_KINDS = ['promotion', 'lateral', 'specialization', 'entry'] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

export const OBJECTIVES = ['fastest', 'fewest-moves', 'cheapest'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/**
 * The two timelines of every route. typical: each move after the typical stay in the role left
 * and at the experience people typically bring to the next one (the default everywhere);
 * earliest: only the binding rules (certification eligibility, minimum stays and education).
 */
export const PACES = ['typical', 'earliest'] as const;
export type Pace = (typeof PACES)[number];
export const DEFAULT_PACE: Pace = 'typical';

/**
 * No route makes two moves in the same month: a month is the least any stay can last, where no
 * source gives a longer minimum.
 */
export const MIN_MONTHS_IN_ROLE = 1;

/**
 * How much a source counts. official: the issuing body or a government agency, on its own site
 * or a faithful web archive of it; survey: a named survey with its publisher and sample;
 * publisher: an established publisher or reference work; secondary: training vendors, blogs,
 * data republishers — they only corroborate, and a number resting on them alone is low-confidence.
 */
export const SOURCE_TIERS = ['official', 'survey', 'publisher', 'secondary'] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];
/** Tiers a planning number may rest on without being marked low-confidence. */
export const ACCEPTABLE_TIERS: readonly SourceTier[] = ['official', 'survey', 'publisher'];

export const DEFAULT_TARGET_ROLE_ID = 'information-security-manager';
/** How many distinct routes a plan shows: the best and two alternatives. */
export const DEFAULT_ROUTE_COUNT = 3;
export const MAX_ROUTE_COUNT = 10;

/**
 * Hours in a full-time year, as ISC2 counts experience (2,080 hours = 1 year). Used to turn
 * requirements stated in hours (SIA's CSPM) into months.
 */
export const HOURS_PER_FULL_TIME_YEAR = 2080;

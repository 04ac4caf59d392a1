import type { RoleGraph } from '../graph/role-graph.ts';
import { EDUCATION_LEVEL_LABELS, EXPERIENCE_KIND_LABELS, type Objective, type Pace } from '../model/constants.ts';
import type {
  Certification,
  PayFigureShown,
  PlanAction,
  PlanStep,
  Profile,
  Role,
  Route,
  Source,
  Unreachable,
} from '../model/index.ts';
import { describeMonths, formatUsd, listWithAnd, plural } from '../planner/describe.ts';
import { addMonths, monthName } from './months.ts';

/**
 * How every output words a plan — the CLI's text, Markdown, the calendar, the printed plan and
 * the web app — so a plan says the same thing everywhere. Renderers only lay these phrases out.
 */
export interface Wording {
  role(id: string): Role | undefined;
  roleTitle(id: string): string;
  certLabel(id: string): string;
  certification(id: string): Certification | undefined;
  /** "March 2027" for a month offset from the plan's start. */
  month(offset: number): string;
}

export function wordingFor(
  start: string,
  names: Pick<Wording, 'role' | 'roleTitle' | 'certLabel' | 'certification'>,
): Wording {
  return { ...names, month: (offset) => monthName(addMonths(start, offset)) };
}

/** The wording for a plan dated from `start`, with names from the graph. */
export function graphWording(graph: RoleGraph, start: string): Wording {
  const certs = graph.getAttribute('certifications');
  const role = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'role') : undefined);
  return wordingFor(start, {
    role,
    roleTitle: (id) => role(id)?.title ?? id,
    certLabel: (id) => certs.get(id)?.abbreviation ?? id,
    certification: (id) => certs.get(id),
  });
}

export { formatUsd, listWithAnd, plural };

export const OBJECTIVE_WORDS: Record<Objective, { label: string; route: string; hint: string }> = {
  fastest: { label: 'Fastest', route: 'fastest route', hint: 'fewest months to the target' },
  'fewest-moves': { label: 'Fewest moves', route: 'route with the fewest moves', hint: 'fewest job changes' },
  cheapest: { label: 'Cheapest', route: 'cheapest route', hint: 'lowest exam and degree costs' },
};

export const PACE_WORDS: Record<Pace, { label: string; hint: string }> = {
  typical: { label: 'Typical', hint: 'each move after the usual stay, with what people typically bring' },
  earliest: {
    label: 'Earliest',
    hint: 'only the binding rules: certification eligibility, minimum stays and education',
  },
};

/**
 * What a plan with no route is headed with: a search that stopped at its limit has not shown
 * there is no route, so it does not say so.
 */
export function noRouteTitle(unreachable: Unreachable | null): string {
  return unreachable?.reason === 'search-limit' ? 'Search stopped early' : 'No route';
}

/** Routes are named the same way in every output. */
export function routeName(index: number): string {
  return index === 0 ? 'Best route' : `Alternative ${index}`;
}

/** The routes in the order a document shows them: the chosen one first, then the rest in rank order. */
export function routeOrder(routeCount: number, selected: number): number[] {
  return [selected, ...Array.from({ length: routeCount }, (_, i) => i).filter((i) => i !== selected)];
}

export function costText(cost: number | null): string {
  return cost === null ? 'price not known' : formatUsd(cost);
}

export function routePath(w: Wording, route: Route): string {
  return route.roles.map((id) => w.roleTitle(id)).join(' → ');
}

/** "3 of 4 stays are estimated from what people typically bring to the next role", or null when none is. */
export function estimateText(route: Route): string | null {
  const estimated = route.steps.filter((s) => s.timing.basis === 'estimated').length;
  if (estimated === 0) return null;
  const total = route.steps.length;
  const which =
    estimated === total
      ? total === 1
        ? 'The stay is'
        : total === 2
          ? 'Both stays are'
          : `All ${total} stays are`
      : `${estimated} of ${total} stays ${estimated === 1 ? 'is' : 'are'}`;
  return `${which} estimated from what people typically bring to the next role`;
}

export interface Headline {
  /** "typically 16 years, at the earliest 5 years 2 months" */
  timelines: string;
  /** "typically 16 years (until December 2042), at the earliest 5 years 1 month (until January 2032)": each timeline with its own month. */
  datedTimelines: string;
  typical: string;
  earliest: string;
  estimates: string | null;
  /** Said when the earliest timeline is under half the typical one: what "at the earliest" leaves out. */
  earliestCaveat: string | null;
  moves: string;
  cost: string;
}

export const EARLIEST_CAVEAT =
  'The earliest timeline waits only for binding rules (certification eligibility, minimum stays, minimum education); where no source gives one, a move can come far sooner than employers usually hire for';

/** Both timelines in one line, the ranking one first. */
export function routeHeadline(w: Wording, route: Route, pace: Pace): Headline {
  const typical =
    route.typicalMonths === null
      ? 'typically not reached this way'
      : `typically ${describeMonths(route.typicalMonths)}`;
  const earliest = `at the earliest ${describeMonths(route.earliestMonths)}`;
  const until = (months: number) => (months === 0 ? ' (now)' : ` (until ${w.month(months)})`);
  const typicalDated = route.typicalMonths === null ? typical : `${typical}${until(route.typicalMonths)}`;
  const earliestDated = `${earliest}${until(route.earliestMonths)}`;
  return {
    timelines: pace === 'typical' ? `${typical}, ${earliest}` : `${earliest}, ${typical}`,
    datedTimelines: pace === 'typical' ? `${typicalDated}, ${earliestDated}` : `${earliestDated}, ${typicalDated}`,
    typical,
    earliest,
    estimates: estimateText(route),
    earliestCaveat:
      route.typicalMonths !== null && route.earliestMonths * 2 < route.typicalMonths ? EARLIEST_CAVEAT : null,
    moves: plural(route.totalMoves, 'move'),
    cost: `${formatUsd(route.totalCostUsd)}${route.costIncomplete ? ' + items with no known price' : ''}`,
  };
}

/** The words on a picture of the route (the graph image): what, how long, and each move dated. */
export interface RouteCaption {
  /** "IT support specialist → Chief information security officer" */
  title: string;
  /** "The fastest route on the typical timeline · typically 16 years, at the earliest 5 years 1 month · from November 2026" */
  subtitle: string;
  /** "1. November 2027: Information security analyst", one per move. */
  steps: string[];
  /** Where the numbers and dates come from, for a picture that travels without the plan. */
  credit: string;
}

export function routeCaption(
  w: Wording,
  route: Route,
  routeIndex: number,
  objective: Objective,
  pace: Pace,
): RouteCaption {
  const head = routeHeadline(w, route, pace);
  const first = route.roles[0]!;
  const last = route.roles[route.roles.length - 1]!;
  return {
    title: `${w.roleTitle(first)} → ${w.roleTitle(last)}`,
    subtitle: `${routeIndex === 0 ? `The ${OBJECTIVE_WORDS[objective].route}` : `${routeName(routeIndex)} to the ${OBJECTIVE_WORDS[objective].route}`} on the ${pace} timeline · ${head.timelines} · from ${w.month(0)}`,
    steps: route.steps.map((step, i) => `${i + 1}. ${w.month(step.moveMonth)}: ${w.roleTitle(step.to)}`),
    credit: `Planned with secpath from sourced data; ${head.estimates ? `${head.estimates.charAt(0).toLowerCase()}${head.estimates.slice(1)}` : 'every stay rests on a source'}.`,
  };
}

export interface StepWords {
  title: string;
  /** When, on the ranking timeline, with the other timeline beside it. */
  when: string;
  kind: string;
  /** "promotion", "lateral move", "first job in the field". */
  kindName: string;
  /** "2 years as SOC analyst (1 month on the earliest timeline)". */
  stay: string;
  /** "2 years": the stay on the ranking timeline alone. */
  stayLength: string;
  /** Where the stay's length comes from, said in the step itself. */
  timing: string;
  estimated: boolean;
}

/** What each kind of move is called, in every output and on the graph. */
export const TRANSITION_KIND_WORDS: Record<PlanStep['transitionKind'], string> = {
  promotion: 'promotion',
  lateral: 'lateral move',
  specialization: 'specialization',
  entry: 'first job in the field',
};

export function describeStep(w: Wording, step: PlanStep, pace: Pace): StepWords {
  const from = w.roleTitle(step.from);
  const other = pace === 'typical' ? step.earliestMoveMonth : step.typicalMoveMonth;
  const otherWords =
    other === null
      ? 'not reached this way on the typical timeline'
      : other === step.moveMonth
        ? 'on both timelines'
        : `${pace === 'typical' ? 'at the earliest' : 'typically'} ${w.month(other)}`;
  // A timeline that reaches this role sooner can stay longer in it: said, so the longer stay is not a puzzle.
  const earliestArrivesSooner =
    step.earliestStayMonths > step.stayMonths &&
    step.earliestMoveMonth - step.earliestStayMonths < step.moveMonth - step.stayMonths;
  const otherStayWords =
    pace === 'typical'
      ? `${describeMonths(step.earliestStayMonths)} on the earliest timeline${earliestArrivesSooner ? ', which arrives here sooner' : ''}`
      : step.typicalStayMonths === null
        ? 'not reached this way on the typical timeline'
        : `${describeMonths(step.typicalStayMonths)} on the typical timeline`;
  const firstJob = step.transitionKind === 'entry';
  const where = firstJob ? 'before the first job in the field' : `as ${from}`;
  return {
    title: `Move to ${w.roleTitle(step.to)}`,
    when: `${w.month(step.moveMonth)} (${otherWords})`,
    kind: firstJob
      ? `${TRANSITION_KIND_WORDS.entry}, coming from ${from}`
      : `${TRANSITION_KIND_WORDS[step.transitionKind]} from ${from}`,
    kindName: TRANSITION_KIND_WORDS[step.transitionKind],
    stay: `${describeMonths(step.stayMonths)} ${where} (${otherStayWords})`,
    stayLength: describeMonths(step.stayMonths),
    timing: step.timing.text,
    estimated: step.timing.basis === 'estimated',
  };
}

export interface ActionWords {
  kind: PlanAction['kind'];
  title: string;
  details: string[];
  why: string[];
  optional: boolean;
}

/** What a certification the route does not require would take: unknown reads as unknown. */
export function eligibilityText(w: Wording, certId: string, eligibleMonth: number | null): string {
  const required = w.certification(certId)?.experience.required;
  if (required === null || required === undefined) return 'no source gives its experience rule';
  if (required.length === 0) return 'no experience required';
  if (eligibleMonth === null) return 'you would not yet meet its experience rule by the move';
  return eligibleMonth === 0
    ? 'you meet its experience rule now'
    : `you would meet its experience rule from ${w.month(eligibleMonth)}`;
}

/** "US$760 (price seen 2019, low confidence)": a price says when it was seen and how good its source is. */
export function examPriceText(w: Wording, certId: string, costUsd: number | null): string {
  if (costUsd === null) return costText(null);
  const price = w.certification(certId)?.exam.costs[0];
  if (!price) return costText(costUsd);
  return `${costText(costUsd)} (price seen ${price.seen}${price.lowConfidence ? ', low confidence' : ''})`;
}

export function describeAction(w: Wording, action: PlanAction): ActionWords {
  const why = action.meets.map((r) => r.text);
  switch (action.kind) {
    case 'gain-experience': {
      const role = w.roleTitle(action.role);
      if (action.months === 0) {
        return {
          kind: action.kind,
          title: `Ready now as ${role}`,
          details: ['your experience already meets what this move needs'],
          why,
          optional: false,
        };
      }
      const kinds = listWithAnd(action.experienceKinds.map((k) => EXPERIENCE_KIND_LABELS[k]));
      if (w.role(action.role)?.level === 'start') {
        // Time before a first job in the field is study and job hunting, not work in a role.
        return {
          kind: action.kind,
          title: `Prepare for a first job in the field (${describeMonths(action.months)})`,
          details: [`${w.month(action.startMonth)} to ${w.month(action.endMonth)}`],
          why,
          optional: false,
        };
      }
      return {
        kind: action.kind,
        title: `Work ${describeMonths(action.months)} as ${role}`,
        details: [
          `${w.month(action.startMonth)} to ${w.month(action.endMonth)}`,
          ...(kinds ? [`builds ${kinds} experience`] : []),
        ],
        why,
        optional: false,
      };
    }
    case 'earn-certification': {
      const cert = w.certLabel(action.certification);
      const details =
        action.examMonth < action.eligibleMonth
          ? [
              `prepare from ${w.month(action.startMonth)}; sit the exam in ${w.month(action.examMonth)}${action.associate ? ` (you are then an ${action.associate})` : ''}`,
              `certified from ${w.month(action.endMonth)}, when your experience qualifies`,
            ]
          : [
              `prepare from ${w.month(action.startMonth)}; eligible from ${w.month(action.eligibleMonth)}; certified from ${w.month(action.endMonth)}`,
            ];
      details.push(`exam: ${examPriceText(w, action.certification, action.costUsd)}`);
      if (action.waiversUsed.length) details.push(`waivers used: ${action.waiversUsed.join('; ')}`);
      return { kind: action.kind, title: `Earn ${cert}`, details, why, optional: false };
    }
    case 'earn-degree':
      return {
        kind: action.kind,
        title: `Finish a ${EDUCATION_LEVEL_LABELS[action.level]}`,
        details: [`${w.month(action.startMonth)} to ${w.month(action.endMonth)}`, `cost: ${costText(action.costUsd)}`],
        why,
        optional: false,
      };
    case 'consider-certification':
      return {
        kind: action.kind,
        title: `Consider ${w.certLabel(action.certification)}`,
        details: [
          'not required',
          eligibilityText(w, action.certification, action.eligibleMonth),
          `exam: ${examPriceText(w, action.certification, action.costUsd)}`,
        ],
        why,
        optional: true,
      };
  }
}

/** "US$124,910 median wage (May 2024)"; low confidence and proxies said in words. */
export function payText(figure: PayFigureShown): string {
  const basis =
    figure.basis === 'wage' ? 'median wage' : figure.basis === 'total-pay' ? 'median total pay' : 'median cash pay';
  const marks = [
    figure.period,
    ...(figure.proxy ? ['figure for a related occupation'] : []),
    ...(figure.lowConfidence ? ['low confidence'] : []),
  ];
  return `${formatUsd(figure.medianUsd)} ${basis} (${marks.join(', ')})`;
}

export const PAY_NOT_KNOWN = 'not known';

/** A profile in one line: "2 years of IT experience; bachelor's degree; holds CISSP". */
/** Years as typed, in the words the plan uses for time: 2 → "2 years", 6.92 → "6 years 11 months". */
function yearsText(years: number): string {
  return Number.isInteger(years) ? plural(years, 'year') : describeMonths(Math.round(years * 12));
}

export function describeProfile(profile: Profile, certName: (id: string) => string): string {
  const years = (Object.entries(profile.experienceYears) as [keyof typeof EXPERIENCE_KIND_LABELS, number][]).map(
    ([kind, y]) => `${yearsText(y)} of ${EXPERIENCE_KIND_LABELS[kind]}`,
  );
  const parts = [
    years.length ? `${listWithAnd(years)} experience` : 'no prior experience entered',
    EDUCATION_LEVEL_LABELS[profile.education],
  ];
  if (profile.certifications.length) parts.push(`holds ${profile.certifications.map(certName).join(', ')}`);
  if (profile.associateOf.length)
    parts.push(`passed the ${profile.associateOf.map(certName).join(', ')} exam (awaiting experience)`);
  if (profile.monthsInCurrentRole !== undefined)
    parts.push(`${plural(profile.monthsInCurrentRole, 'month')} in the current role`);
  return parts.join('; ');
}

const TIER_WORDS: Record<Source['tier'], string> = {
  official: 'official',
  survey: 'survey',
  publisher: 'publisher',
  secondary: 'secondary',
};

/** A source in one short line: tier, publisher, title, when read. */
export function sourceLine(source: Source): string {
  return `${TIER_WORDS[source.tier]} · ${source.publisher}: ${source.title} (read ${source.accessed})`;
}

export function tierWord(source: Source): string {
  return TIER_WORDS[source.tier];
}

import { MAX_ROUTE_COUNT } from './constants.ts';

/**
 * The number rules of a profile and of a plan question, written once and free of zod, for every
 * place a person types or a file carries such a value: the command line, the web form, links,
 * saved plans, the résumé review and the planner itself. Each checker takes the text as typed,
 * or a number a file or the code already holds, and returns the value or what was expected, in
 * words the caller can put after the field's name ("--years-it: expected ...; got "-1"").
 */

/** Years of experience of one kind: a working life, with decimals (2.5 years is 30 months). */
export const MAX_YEARS = 60;
/** Months already spent in the current role: whole months, up to a working life. */
export const MAX_MONTHS_IN_ROLE = MAX_YEARS * 12;
/** Certifications held: far more than anyone holds, few enough to keep a link and a plan file small. */
export const MAX_CERTIFICATIONS = 100;

export type RuleCheck<T> = { ok: true; value: T } | { ok: false; expected: string };

/**
 * Plain decimal notation only: digits with an optional fraction ("2", "2.5", ".5"). No sign, no
 * exponent ("1e3"), no hex ("0x10"), no "Infinity": those are typing mistakes here, and
 * Number() would quietly accept them. A decimal comma is not accepted either ("2,5").
 */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const WHOLE = /^\d+$/;

export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only. */
  whole: boolean;
  /** What is counted, for the message: "years", "months", "routes". */
  unit: string;
  /** An example of a good value, for the message. */
  example: string;
}

export function expectedBy(rule: NumberRule): string {
  return `${rule.whole ? 'a whole number of' : 'a number of'} ${rule.unit} from ${rule.min} to ${rule.max}, such as ${rule.example}`;
}

/** Checks a number against a rule's range and wholeness. */
export function checkNumberValue(value: number, rule: NumberRule): RuleCheck<number> {
  if (!Number.isFinite(value) || value < rule.min || value > rule.max || (rule.whole && !Number.isInteger(value)))
    return { ok: false, expected: expectedBy(rule) };
  return { ok: true, value };
}

/** Checks a typed number against a rule; surrounding spaces are ignored. */
export function checkNumberText(text: string, rule: NumberRule): RuleCheck<number> {
  const trimmed = text.trim();
  if (!(rule.whole ? WHOLE : DECIMAL).test(trimmed)) return { ok: false, expected: expectedBy(rule) };
  return checkNumberValue(Number(trimmed), rule);
}

/**
 * Checks a value as it arrives: text by the typing rules above, a number (from JSON, or from
 * the code) by its range only. A value of any other type is refused.
 */
export function checkNumber(input: unknown, rule: NumberRule): RuleCheck<number> {
  if (typeof input === 'string') return checkNumberText(input, rule);
  if (typeof input === 'number') return checkNumberValue(input, rule);
  return { ok: false, expected: expectedBy(rule) };
}

export const YEARS_RULE: NumberRule = { min: 0, max: MAX_YEARS, whole: false, unit: 'years', example: '2.5' };
export const MONTHS_IN_ROLE_RULE: NumberRule = {
  min: 0,
  max: MAX_MONTHS_IN_ROLE,
  whole: true,
  unit: 'months',
  example: '18',
};
export const ROUTE_COUNT_RULE: NumberRule = { min: 1, max: MAX_ROUTE_COUNT, whole: true, unit: 'routes', example: '3' };

/** Years of one kind of experience: 0 to 60, decimals allowed. */
export function checkYears(input: unknown): RuleCheck<number> {
  return checkNumber(input, YEARS_RULE);
}

/** Months in the current role: a whole number from 0 to 720. */
export function checkMonthsInRole(input: unknown): RuleCheck<number> {
  return checkNumber(input, MONTHS_IN_ROLE_RULE);
}

/** How many routes a plan compares: a whole number from 1 to 10. */
export function checkRouteCount(input: unknown): RuleCheck<number> {
  return checkNumber(input, ROUTE_COUNT_RULE);
}

/** How many certifications a profile lists: at most 100. */
export function checkCertificationCount(count: number): RuleCheck<number> {
  if (Number.isInteger(count) && count >= 0 && count <= MAX_CERTIFICATIONS) return { ok: true, value: count };
  return { ok: false, expected: `at most ${MAX_CERTIFICATIONS} certifications` };
}

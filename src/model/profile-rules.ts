/**
 * The number rules of a profile, written once and free of zod, for every place a person types
 * or a file carries a profile value: the command line, the web form, links and saved plans.
 * Each checker takes the text as typed and returns the value or what was expected, in words
 * the caller can put after the field's name ("--years-it: expected ...; got "-1"").
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

/** Checks a typed number against a rule; surrounding spaces are ignored. */
export function checkNumberText(text: string, rule: NumberRule): RuleCheck<number> {
  const trimmed = text.trim();
  const expected = `${rule.whole ? 'a whole number of' : 'a number of'} ${rule.unit} from ${rule.min} to ${rule.max}, such as ${rule.example}`;
  if (!(rule.whole ? WHOLE : DECIMAL).test(trimmed)) return { ok: false, expected };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < rule.min || value > rule.max) return { ok: false, expected };
  return { ok: true, value };
}

export const YEARS_RULE: NumberRule = { min: 0, max: MAX_YEARS, whole: false, unit: 'years', example: '2.5' };
export const MONTHS_IN_ROLE_RULE: NumberRule = { min: 0, max: MAX_MONTHS_IN_ROLE, whole: true, unit: 'months', example: '18' };

/** Years of one kind of experience: 0 to 60, decimals allowed. */
export function checkYears(text: string): RuleCheck<number> {
  return checkNumberText(text, YEARS_RULE);
}

/** Months in the current role: a whole number from 0 to 720. */
export function checkMonthsInRole(text: string): RuleCheck<number> {
  return checkNumberText(text, MONTHS_IN_ROLE_RULE);
}

/** How many certifications a profile lists: at most 100. */
export function checkCertificationCount(count: number): RuleCheck<number> {
  if (Number.isInteger(count) && count >= 0 && count <= MAX_CERTIFICATIONS) return { ok: true, value: count };
  return { ok: false, expected: `at most ${MAX_CERTIFICATIONS} certifications` };
}

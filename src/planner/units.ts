import { HOURS_PER_FULL_TIME_YEAR } from '../model/constants.ts';

/** Months in a year of experience. */
export const MONTHS_PER_YEAR = 12;

/** Requirements are rounded up to whole months: a person has 59 months or 60, not 59.5. */
export function yearsToMonths(years: number): number {
  return Math.ceil(years * MONTHS_PER_YEAR - 1e-9);
}

export function hoursToMonths(hours: number): number {
  return Math.ceil((hours / HOURS_PER_FULL_TIME_YEAR) * MONTHS_PER_YEAR - 1e-9);
}

/** Profile experience is rounded down: 2.9 years counts as 34 months, never more than the person has. */
export function profileYearsToMonths(years: number): number {
  return Math.floor(years * MONTHS_PER_YEAR + 1e-9);
}

/**
 * The typical timeline plans with the low end of a range of years, in whole months: the point
 * at which a person brings as much as people typically do. It invents no middle the source does
 * not give, and "zero to five years" stays zero.
 */
export function typicalMonthsOfRange(range: { min: number; max: number }): number {
  return yearsToMonths(range.min);
}

/** Months since year 0 of a date "YYYY-MM-DD" or a month "YYYY-MM": absolute months compare dates a plan spans. */
export function absoluteMonthOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return year * MONTHS_PER_YEAR + (month - 1);
}

/** Calendar months written "YYYY-MM"; a plan's month 0 is its start month. */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const YEAR_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(text: string): boolean {
  const match = YEAR_MONTH_PATTERN.exec(text);
  return match !== null && Number(match[1]) >= 1900 && Number(match[1]) <= 2200;
}

function parts(start: string): [number, number] {
  const match = YEAR_MONTH_PATTERN.exec(start);
  if (!match) throw new RangeError(`expected a month as YYYY-MM, got "${start}"`);
  return [Number(match[1]), Number(match[2]) - 1];
}

/** The calendar month `offset` months after `start`. */
export function addMonths(start: string, offset: number): string {
  const [year, month] = parts(start);
  const total = year * 12 + month + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** "May 2028" */
export function monthName(yearMonth: string): string {
  const [year, month] = parts(yearMonth);
  return `${MONTH_NAMES[month]} ${year}`;
}

/** The month containing `date`, in UTC. */
export function yearMonthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "20280501": the first day of a month, for all-day calendar events. */
export function firstDayCompact(yearMonth: string): string {
  const [year, month] = parts(yearMonth);
  return `${year}${String(month + 1).padStart(2, '0')}01`;
}

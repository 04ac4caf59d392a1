/**
 * Dates as résumés give them. JSON Resume writes ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD); people
 * and older tools also write "June 2021", "06/2021" and "present". Months count from year 0:
 * `year * 12 + (month - 1)`, the form `absoluteMonthOfDate` uses for plans.
 */

export type ResumeDate =
  | { kind: 'month'; month: number; yearMonth: string }
  | { kind: 'ongoing' }
  | { kind: 'missing' }
  | { kind: 'unreadable'; shown: string };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Words that say a job or course has not ended. */
const ONGOING =
  /^(?:present|current|currently|now|today|ongoing|to date|till date|until now|presente|actualidad|actuel|aujourd'hui|heute|aktuell)$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthOf(year: number, month: number, day?: number): number | null {
  if (month < 1 || month > 12) return null;
  if (day !== undefined && (day < 1 || day > daysIn(year, month))) return null;
  return year * 12 + (month - 1);
}

/** How a value from the résumé is shown in a message: one line, short, with control characters removed. */
export function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, ' ').trim();
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/** Reads one date field; `ongoing` words ("present") are read only where an end may be open. */
export function readResumeDate(value: unknown, allowOngoing: boolean): ResumeDate {
  if (value === undefined || value === null || value === '') return { kind: 'missing' };
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999)
    return { kind: 'month', month: value * 12, yearMonth: `${value}-01` };
  if (typeof value !== 'string') return { kind: 'unreadable', shown: shownValue(value) };
  const text = value.trim();
  if (text === '') return { kind: 'missing' };
  if (allowOngoing && ONGOING.test(text)) return { kind: 'ongoing' };
  let month: number | null = null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) {
    month = monthOf(Number(match[1]), match[2] ? Number(match[2]) : 1, match[3] ? Number(match[3]) : undefined);
  } else if ((match = /^(\d{4})[/.](\d{1,2})$/.exec(text))) {
    month = monthOf(Number(match[1]), Number(match[2]));
  } else if ((match = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) {
    month = monthOf(Number(match[2]), Number(match[1]));
  } else if ((match = /^([a-z]+)\.?,?\s+(\d{4})$/i.exec(text)) && MONTHS[match[1]!.toLowerCase()]) {
    month = monthOf(Number(match[2]), MONTHS[match[1]!.toLowerCase()]!);
  }
  return month === null
    ? { kind: 'unreadable', shown: shownValue(value) }
    : { kind: 'month', month, yearMonth: yearMonthOfIndex(month) };
}

/** "2021-06" for a month index. */
export function yearMonthOfIndex(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The month index of "2021-06". */
export function indexOfYearMonth(yearMonth: string): number {
  return Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;
}

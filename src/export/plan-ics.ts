import type { RoleGraph } from '../graph/role-graph.ts';
import { EDUCATION_LEVEL_LABELS } from '../model/constants.ts';
import type { PlanDocument } from '../model/index.ts';
import { formatUsd } from './format.ts';
import { addMonths, firstDayCompact } from './months.ts';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (currentBytes + bytes > limit) {
      out.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A stable hash so event UIDs stay the same when the same plan is exported again. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

interface CalendarEvent {
  key: string;
  month: number;
  summary: string;
  description: string;
}

export interface IcsOptions {
  /** The DTSTAMP of every event; defaults to now. */
  now?: Date;
}

/**
 * The chosen route as an iCalendar file: an all-day event on the first day of the month of each
 * move and each certification or degree milestone, dated from the plan's start month.
 */
export function planToIcs(graph: RoleGraph, document: PlanDocument, options: IcsOptions = {}): string {
  const title = (id: string) => graph.getNodeAttribute(id, 'role').title;
  const cert = (id: string) => graph.getAttribute('certifications').get(id)?.abbreviation ?? id;
  const route = document.routes[document.selectedRoute];
  const events: CalendarEvent[] = [];
  route?.steps.forEach((step, i) => {
    for (const action of step.actions) {
      if (action.kind === 'earn-certification') {
        const name = cert(action.certification);
        const price = action.costUsd === null ? '' : ` Exam ${formatUsd(action.costUsd)}.`;
        const why = action.meets.map((m) => m.text).join(' ');
        events.push({ key: `${i}-${name}-prepare`, month: action.startMonth, summary: `Start preparing for ${name}`, description: `${why}${price}` });
        events.push({ key: `${i}-${name}-exam`, month: action.examMonth, summary: `${name} exam`, description: `Take the ${name} exam.${price}` });
        if (action.eligibleMonth !== action.examMonth) {
          events.push({ key: `${i}-${name}-eligible`, month: action.eligibleMonth, summary: `Eligible for ${name}`, description: `Your experience meets ${name}'s rule from this month.` });
        }
        events.push({ key: `${i}-${name}-certified`, month: action.endMonth, summary: `${name} certified`, description: `You hold ${name} from this month. ${why}` });
      } else if (action.kind === 'earn-degree') {
        const name = EDUCATION_LEVEL_LABELS[action.level];
        events.push({ key: `${i}-${action.level}-start`, month: action.startMonth, summary: `Start a ${name}`, description: action.meets.map((m) => m.text).join(' ') });
        events.push({ key: `${i}-${action.level}-done`, month: action.endMonth, summary: `Finish your ${name}`, description: action.meets.map((m) => m.text).join(' ') });
      }
    }
    const pay = step.pay ? ` Median pay: ${formatUsd(step.pay.medianUsd)} (${step.pay.period}).` : '';
    events.push({
      key: `${i}-move`,
      month: step.moveMonth,
      summary: `Move to ${title(step.to)}`,
      description: `Step ${i + 1}: from ${title(step.from)} to ${title(step.to)} (${step.transitionKind}).${pay}`,
    });
  });
  const seed = JSON.stringify([document.query, document.profile, document.start, document.selectedRoute]);
  const dtstamp = stamp(options.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//secpath//career plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeIcsText(`Career plan: ${title(document.from)} to ${title(document.to)}`)}`);
  for (const event of events) {
    const month = addMonths(document.start, event.month);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${fnv1a(`${seed}|${event.key}`)}-${fnv1a(event.key)}@secpath`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${firstDayCompact(month)}`,
      `DTEND;VALUE=DATE:${firstDayCompact(month).slice(0, 6)}02`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `DESCRIPTION:${escapeIcsText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

import type { RoleGraph } from '../graph/role-graph.ts';
import { EDUCATION_LEVEL_LABELS } from '../model/constants.ts';
import type { Certification, PlanDocument } from '../model/index.ts';
import { addMonths, firstDayCompact } from './months.ts';
import { describeStep, formatUsd, graphWording, routeName, routePath } from './plan-wording.ts';
import { foldIcsLine as foldLine, icsText } from './text-safety.ts';

/** RFC 5545 §3.3.11: a TEXT value, escaped as text-safety.ts says. */
export function escapeIcsText(text: string): string {
  return icsText(text);
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  return foldLine(line);
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
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

/** One thing that happens in a month; the things of one month become one event. */
interface Happening {
  key: string;
  month: number;
  /** Order within the month: study and exams first, then credentials, then the move, then dues. */
  order: number;
  summary: string;
  description: string;
}

/** A reminder that repeats: a yearly fee, a renewal cycle. */
interface Recurring {
  key: string;
  month: number;
  everyYears: number;
  count: number;
  summary: string;
  description: string;
}

export interface IcsOptions {
  /** The DTSTAMP of every event; defaults to now. */
  now?: Date;
}

function keepingDates(
  cert: Certification,
  name: string,
  examMonth: number,
  heldMonth: number,
  horizon: number,
  out: Happening[],
  recurring: Recurring[],
): void {
  const application = cert.application;
  if (application) {
    out.push({
      key: `${cert.id}-apply-by`,
      month: examMonth + application.withinMonthsOfExam,
      order: 2,
      summary: `Last month to ${application.what} for ${name}`,
      description: `${cert.issuer}: ${application.what} within ${application.withinMonthsOfExam} months of passing the ${name} exam, or the pass lapses.`,
    });
  }
  const cycle = cert.renewal.cycleYears;
  if (cycle !== null) {
    const cycles = Math.max(1, Math.ceil((horizon - heldMonth) / (cycle * 12)));
    recurring.push({
      key: `${cert.id}-renew`,
      month: heldMonth + Math.round(cycle * 12),
      everyYears: cycle,
      count: cycles,
      summary: `${name} renewal: the ${cycle}-year cycle ends`,
      description: `${name} must be renewed every ${cycle} years${cert.renewal.continuingEducation ? `: ${cert.renewal.continuingEducation}` : ''}.`,
    });
  }
  const fee = cert.renewal.annualFees[0];
  if (fee) {
    recurring.push({
      key: `${cert.id}-fee`,
      month: heldMonth + 12,
      everyYears: 1,
      count: Math.max(1, Math.ceil((horizon - heldMonth) / 12)),
      summary: `${name} annual fee (${formatUsd(fee.usd)})`,
      description: `The yearly fee that keeps ${name} active: ${formatUsd(fee.usd)} (seen ${fee.seen}).`,
    });
  }
}

/**
 * The chosen route as an iCalendar file, dated from the plan's start month: an all-day event on
 * the first day of each month in which something happens — moves, study, exams, credentials —
 * with what happens that month in order, and the dates that cost people their credentials when
 * missed: the deadline to apply after an exam, renewal cycles and annual fees, as yearly
 * reminders from the month each credential is held.
 */
export function planToIcs(graph: RoleGraph, document: PlanDocument, options: IcsOptions = {}): string {
  const w = graphWording(graph, document.start);
  const certs = graph.getAttribute('certifications');
  const route = document.routes[document.selectedRoute];
  const happenings: Happening[] = [];
  const recurring: Recurring[] = [];
  const horizon = (route?.totalMonths ?? 0) + 36;
  route?.steps.forEach((step, i) => {
    for (const action of step.actions) {
      if (action.kind === 'earn-certification') {
        const cert = certs.get(action.certification);
        const name = w.certLabel(action.certification);
        const price = action.costUsd === null ? '' : ` Exam ${formatUsd(action.costUsd)}.`;
        const why = action.meets.map((m) => m.text).join(' ');
        if (action.examMonth > action.startMonth)
          happenings.push({
            key: `${i}-${name}-prepare`,
            month: action.startMonth,
            order: 0,
            summary: `Start preparing for ${name}`,
            description: `${why}${price}`,
          });
        happenings.push({
          key: `${i}-${name}-exam`,
          month: action.examMonth,
          order: 1,
          summary: `${name} exam`,
          description: `Take the ${name} exam.${price}`,
        });
        if (action.eligibleMonth !== action.examMonth && action.eligibleMonth !== action.endMonth) {
          happenings.push({
            key: `${i}-${name}-eligible`,
            month: action.eligibleMonth,
            order: 2,
            summary: `Eligible for ${name}`,
            description: `Your experience meets ${name}'s rule from this month.`,
          });
        }
        happenings.push({
          key: `${i}-${name}-certified`,
          month: action.endMonth,
          order: 3,
          summary: `${name} certified`,
          description: `You hold ${name} from this month. ${why}`,
        });
        if (cert) keepingDates(cert, name, action.examMonth, action.endMonth, horizon, happenings, recurring);
      } else if (action.kind === 'earn-degree') {
        const name = EDUCATION_LEVEL_LABELS[action.level];
        happenings.push({
          key: `${i}-${action.level}-start`,
          month: action.startMonth,
          order: 0,
          summary: `Start a ${name}`,
          description: action.meets.map((m) => m.text).join(' '),
        });
        happenings.push({
          key: `${i}-${action.level}-done`,
          month: action.endMonth,
          order: 3,
          summary: `Finish your ${name}`,
          description: action.meets.map((m) => m.text).join(' '),
        });
      }
    }
    const words = describeStep(w, step, document.pace);
    const pay = step.pay.wage ? ` Median wage: ${formatUsd(step.pay.wage.medianUsd)} (${step.pay.wage.period}).` : '';
    happenings.push({
      key: `${i}-move`,
      month: step.moveMonth,
      order: 4,
      summary: `Move to ${w.roleTitle(step.to)}`,
      description: `Step ${i + 1}: from ${w.roleTitle(step.from)} to ${w.roleTitle(step.to)} (${words.kindName}), after ${words.stay}. ${step.timing.text}${pay}`,
    });
  });

  // One event a month: what happens that month, in order.
  const byMonth = new Map<number, Happening[]>();
  for (const h of happenings) byMonth.set(h.month, [...(byMonth.get(h.month) ?? []), h]);
  const seed = JSON.stringify([document.query, document.profile, document.start, document.selectedRoute]);
  const dtstamp = stamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//secpath//career plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const title = route
    ? `${routeName(document.selectedRoute)}: ${routePath(w, route)}`
    : `${w.roleTitle(document.from)} to ${w.roleTitle(document.to)}`;
  lines.push(
    `X-WR-CALNAME:${escapeIcsText(`Career plan: ${w.roleTitle(document.from)} to ${w.roleTitle(document.to)}`)}`,
  );
  const event = (key: string, month: number, summary: string, description: string, extra: string[] = []) => {
    const yearMonth = addMonths(document.start, month);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${fnv1a(`${seed}|${key}`)}-${fnv1a(key)}@secpath`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${firstDayCompact(yearMonth)}`,
      `DTEND;VALUE=DATE:${firstDayCompact(yearMonth).slice(0, 6)}02`,
      ...extra,
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };
  for (const month of [...byMonth.keys()].sort((a, b) => a - b)) {
    const items = byMonth.get(month)!.sort((a, b) => a.order - b.order);
    event(
      items.map((h) => h.key).join('+'),
      month,
      items.map((h) => h.summary).join(' · '),
      [`${title}.`, ...items.map((h) => `${h.summary}: ${h.description}`)].join('\n'),
    );
  }
  for (const r of recurring)
    event(r.key, r.month, r.summary, `${r.description}\n${title}.`, [
      `RRULE:FREQ=YEARLY;INTERVAL=${Math.max(1, Math.round(r.everyYears))};COUNT=${r.count}`,
    ]);
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

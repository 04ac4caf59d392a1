import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createPlanDocument } from '../../src/export/plan-document.ts';
import { foldIcsLine, planToIcs } from '../../src/export/plan-ics.ts';
import type { Certification } from '../../src/model/index.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const document = createPlanDocument(minimalGraph(), {
  query: {
    from: 'help-desk',
    to: 'chief-information-security-officer',
    objective: 'fastest',
    pace: 'typical',
    routeCount: 1,
  },
  profile: { experienceYears: {}, education: 'none', certifications: [], associateOf: [] },
  start: '2026-11',
  selectedRoute: 0,
});

describe('the iCalendar export', () => {
  const ics = planToIcs(minimalGraph(), document, { now: new Date('2026-11-25T10:00:00Z') });

  it('is read by an independent iCalendar parser: one event a month, what happens that month in order', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const summaries = events.filter((e) => !e.isRecurring()).map((e) => `${e.startDate.toString()} ${e.summary}`);
    const step = (i: number) => document.routes[0]!.steps[i]!.moveMonth;
    const month = (offset: number) =>
      `${Math.floor((2026 * 12 + 10 + offset) / 12)}-${String(((10 + offset) % 12) + 1).padStart(2, '0')}-01`;
    expect(summaries[0]).toBe(`${month(step(0))} Move to Security analyst`);
    expect(summaries).toContain(`${month(step(1))} CISSP exam · CISSP certified · Move to Security manager`);
    expect(summaries.at(-1)).toBe(`${month(step(2))} Move to Chief information security officer`);
    expect(new Set(events.map((e) => e.startDate.toString())).size).toBe(
      events.length -
        events.filter((e) => e.isRecurring()).length +
        new Set(events.filter((e) => e.isRecurring()).map((e) => e.startDate.toString())).size,
    );
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
  });

  it('keeps the dates that cost people their credentials: the deadline after the exam, renewal cycles and yearly fees', () => {
    const graph = minimalGraph();
    const certs = graph.getAttribute('certifications') as Map<string, Certification>;
    const cissp = certs.get('cissp')!;
    const withKeeping = {
      ...cissp,
      application: { withinMonthsOfExam: 9, what: 'complete the endorsement', sources: cissp.sources },
      renewal: { ...cissp.renewal, annualFees: [{ usd: 135, seen: '2026', sources: cissp.sources }] },
    };
    certs.set('cissp', withKeeping);
    try {
      const text = planToIcs(graph, document, { now: new Date('2026-11-25T10:00:00Z') });
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const exam = document.routes[0]!.steps[1]!.actions.find((a) => a.kind === 'earn-certification')!;
      const deadline = events.find((e) => /Last month to complete the endorsement for CISSP/.test(e.summary))!;
      expect(deadline).toBeDefined();
      const deadlineMonth = deadline.startDate.year * 12 + deadline.startDate.month - 1 - (2026 * 12 + 10);
      expect(deadlineMonth).toBe((exam as { examMonth: number }).examMonth + 9);
      const fee = events.find((e) => /CISSP annual fee \(US\$135\)/.test(e.summary))!;
      expect(fee.isRecurring()).toBe(true);
      expect(fee.component.getFirstPropertyValue('rrule')!.toString()).toMatch(/FREQ=YEARLY/);
      const renewal = events.find((e) => /CISSP renewal/.test(e.summary))!;
      expect(renewal.component.getFirstPropertyValue('rrule')!.toString()).toMatch(/INTERVAL=3/);
    } finally {
      certs.set('cissp', cissp);
    }
  });

  it('follows RFC 5545 framing: CRLF line ends, lines of at most 75 octets, required properties', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const property of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:', 'END:VCALENDAR', 'DTSTAMP:20261125T100000Z'])
      expect(ics).toContain(property);
  });

  it('folds long lines without splitting a character and escapes commas and semicolons', () => {
    const long = `DESCRIPTION:${'Ünïcødé, text; '.repeat(10)}`;
    const folded = foldIcsLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    const component = new ICAL.Component(
      ICAL.parse(
        `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\nSUMMARY:A\\, B\\; C\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      ),
    );
    expect(component.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe('A, B; C');
  });

  it('gives the same UIDs when the same plan is exported again', () => {
    const again = planToIcs(minimalGraph(), document, { now: new Date('2027-01-01T00:00:00Z') });
    const uids = (text: string) => text.split('\r\n').filter((l) => l.startsWith('UID:'));
    expect(uids(again)).toEqual(uids(ics));
  });
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createPlanDocument } from '../../src/export/plan-document.ts';
import { foldIcsLine, planToIcs } from '../../src/export/plan-ics.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const document = createPlanDocument(minimalGraph(), {
  query: { from: 'help-desk', to: 'chief-information-security-officer', objective: 'fastest', alternatives: 1 },
  profile: { experienceYears: {}, education: 'none', certifications: [] },
  start: '2026-11',
  selectedRoute: 0,
});

describe('the iCalendar export', () => {
  const ics = planToIcs(minimalGraph(), document, { now: new Date('2026-11-25T10:00:00Z') });

  it('is read by an independent iCalendar parser as one event per move and certification milestone', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const summaries = events.map((e) => `${e.startDate.toString()} ${e.summary}`);
    expect(summaries).toEqual([
      '2026-11-01 Move to Security analyst',
      '2031-07-01 Start preparing for CISSP',
      '2031-11-01 CISSP exam',
      '2031-11-01 CISSP certified',
      '2031-11-01 Move to Security manager',
      '2034-11-01 Move to Chief information security officer',
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
  });

  it('follows RFC 5545 framing: CRLF line ends, lines of at most 75 octets, required properties', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const property of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:', 'END:VCALENDAR', 'DTSTAMP:20261125T100000Z']) expect(ics).toContain(property);
  });

  it('folds long lines without splitting a character and escapes commas and semicolons', () => {
    const long = `DESCRIPTION:${'Ünïcødé, text; '.repeat(10)}`;
    const folded = foldIcsLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\nSUMMARY:A\\, B\\; C\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`));
    expect(component.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe('A, B; C');
  });

  it('gives the same UIDs when the same plan is exported again', () => {
    const again = planToIcs(minimalGraph(), document, { now: new Date('2027-01-01T00:00:00Z') });
    const uids = (text: string) => text.split('\r\n').filter((l) => l.startsWith('UID:'));
    expect(uids(again)).toEqual(uids(ics));
  });
});

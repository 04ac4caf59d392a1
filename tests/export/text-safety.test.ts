import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { graphToGraphML } from '../../src/export/graphml.ts';
import { planToIcs } from '../../src/export/plan-ics.ts';
import { planToMarkdown } from '../../src/export/plan-markdown.ts';
import { createPlanDocument } from '../../src/export/plan-document.ts';
import {
  foldIcsLine,
  icsText,
  markdownInline,
  singleLine,
  terminalText,
  xmlText,
} from '../../src/export/text-safety.ts';
import { buildRoleGraph } from '../../src/graph/role-graph.ts';
import { parseGraphDataTexts } from '../../src/data/parse-files.ts';
import { MINIMAL_GRAPH_DIR, readGraphTexts } from '../helpers/graph-fixtures.ts';

/** Text a graph-data file could carry if it were not validated, or a person could type. */
const HOSTILE = [
  'IT support\rX-INJ:cr-only\r\nATTACH:http://evil.example/a',
  'Analyst\r# INJECTED HEADING\r---\r1. list &lt;b&gt; www.evil.example',
  'Title \u001b[31mRED\u001b[0m\u001b]0;pwned\u0007 \u202egnp.exe\u202c',
  'x\u2028# heading\u2029- item\u0085> quote',
  '<img src=x onerror=alert(1)> [link](javascript:alert(1)) ![i](http://e.x/i.png) <http://evil.example>',
  '- starts a list',
  '2. starts a list',
  '=== and *** and ___ and ~~~',
  '| a | b |',
  'mail me@evil.example or go to https://evil.example/x or www.evil.example',
  'NUL\u0000 BEL\u0007 DEL\u007f C1\u0090\u009b31m end',
  'lone \ud800 surrogate',
  '\\ backslash ; semicolon , comma',
];

const markdown = new MarkdownIt({ html: true, linkify: true });

/** What a text looks like once rendered and its markup removed. */
function renderedText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

describe('Markdown inline text', () => {
  for (const text of HOSTILE) {
    it(`shows ${JSON.stringify(text.slice(0, 40))} as one paragraph of text, even after "1. " in a list`, () => {
      for (const line of [markdownInline(text), `1. ${markdownInline(text)}`, `## Route: ${markdownInline(text)}`]) {
        const tokens = markdown.parse(line, {});
        const kinds = tokens.filter((t) => t.type !== 'inline').map((t) => t.type);
        expect(
          kinds.filter(
            (k) =>
              ![
                'paragraph_open',
                'paragraph_close',
                'ordered_list_open',
                'ordered_list_close',
                'list_item_open',
                'list_item_close',
                'heading_open',
                'heading_close',
              ].includes(k),
          ),
          line,
        ).toEqual([]);
        expect(kinds.filter((k) => k === 'list_item_open').length).toBeLessThanOrEqual(1);
        expect(kinds.filter((k) => k === 'heading_open').length).toBeLessThanOrEqual(1);
        const inline = tokens.filter((t) => t.type === 'inline').flatMap((t) => t.children ?? []);
        expect(
          inline.map((t) => t.type).filter((k) => !['text', 'text_special'].includes(k)),
          line,
        ).toEqual([]);
      }
      expect(renderedText(markdown.renderInline(markdownInline(text)))).toBe(
        singleLine(text)
          .replace(/ {2,}/g, ' ')
          .trim()
          .replace(/\ud800/, '\ufffd'),
      );
    });
  }

  it('keeps ordinary titles readable', () => {
    expect(markdownInline('Chief information security officer (CISO)')).toBe(
      'Chief information security officer (CISO)',
    );
    expect(markdownInline('CompTIA Security+ (exam SY0-701): US$404!')).toBe(
      'CompTIA Security+ (exam SY0-701): US$404!',
    );
  });
});

describe('iCalendar text', () => {
  for (const text of HOSTILE) {
    it(`keeps ${JSON.stringify(text.slice(0, 40))} inside its SUMMARY, readable back by ical.js`, () => {
      const value = icsText(text);
      const lines = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//test//EN',
        `X-WR-CALNAME:${value}`,
        'BEGIN:VEVENT',
        'UID:a',
        'DTSTAMP:20260101T000000Z',
        'DTSTART;VALUE=DATE:20260101',
        `SUMMARY:${value}`,
        `DESCRIPTION:${value}`,
        'END:VEVENT',
        'END:VCALENDAR',
      ];
      const ics = `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
      expect(
        ics.split('\r\n').every((line) => !/[\r\n]/.test(line) && new TextEncoder().encode(line).length <= 75),
      ).toBe(true);
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const [event] = calendar.getAllSubcomponents('vevent');
      expect(calendar.getAllProperties().map((p) => p.name)).toEqual(['version', 'prodid', 'x-wr-calname']);
      expect(event!.getAllProperties().map((p) => p.name)).toEqual([
        'uid',
        'dtstamp',
        'dtstart',
        'summary',
        'description',
      ]);
      const expected = text
        .replace(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g, '\n')
        .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/\ud800/, '\ufffd');
      expect(event!.getFirstPropertyValue('summary')).toBe(expected);
    });
  }
});

describe('XML text', () => {
  for (const text of HOSTILE) {
    it(`keeps ${JSON.stringify(text.slice(0, 40))} well formed and as written in content and attributes`, () => {
      const xml = `<?xml version="1.0"?><root a="${xmlText(text)}"><v>${xmlText(text)}</v></root>`;
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@',
        processEntities: true,
        htmlEntities: true,
        trimValues: false,
        parseTagValue: false,
        parseAttributeValue: false,
      }).parse(xml);
      const kept = text
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, '')
        .replace(/\ud800/, '\ufffd');
      expect(String(doc.root.v)).toBe(kept);
      expect(doc.root['@a']).toBe(kept);
    });
  }
});

describe('terminal text', () => {
  it('removes every terminal command whole and keeps lines and tabs', () => {
    expect(
      terminalText(
        'a\u001b[31mred\u001b[0m\tb\nc\u001b]0;pwned\u0007d\u001b]8;;http://e.x\u001b\\link\u001b]8;;\u001b\\',
      ),
    ).toBe('ared\tb\ncdlink');
    expect(terminalText('over\rwrite \u009b2J\u202eevil\u0000\u2028x')).toBe('over write evil x');
  });

  it('never lets a control character through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(terminalText(text)).not.toMatch(
          /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/,
        );
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the exports of a graph whose text was never validated', () => {
  it('keep every hostile title as text in GraphML, Markdown and iCalendar', () => {
    const { data } = parseGraphDataTexts(readGraphTexts(MINIMAL_GRAPH_DIR));
    const graph = buildRoleGraph({
      ...data!,
      roles: data!.roles.map((r, i) => ({ ...r, title: `${r.title} ${HOSTILE[i % HOSTILE.length]}` })),
      certifications: data!.certifications.map((c, i) => ({
        ...c,
        abbreviation: `${c.abbreviation} ${HOSTILE[(i + 4) % HOSTILE.length]}`,
      })),
    });
    const graphml = graphToGraphML(graph);
    expect(XMLValidator.validate(graphml)).toBe(true);
    const document = createPlanDocument(graph, {
      query: {
        from: 'help-desk',
        to: 'chief-information-security-officer',
        objective: 'fastest',
        pace: 'typical',
        routeCount: 1,
      },
      profile: { experienceYears: { it: 3 }, education: 'bachelor', certifications: ['cissp'], associateOf: [] },
      start: '2027-01',
      selectedRoute: 0,
    });
    const md = planToMarkdown(graph, document);
    const tokens = markdown.parse(md, {});
    expect(tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h2').length).toBeLessThanOrEqual(2);
    expect(tokens.filter((t) => t.type === 'hr').length).toBe(0);
    expect(markdown.render(md)).not.toMatch(/<a href="http:\/\/evil|<img|<hr>|<h\d>INJECTED/);
    const ics = planToIcs(graph, document);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.getFirstPropertyValue('summary')).toEqual(expect.any(String));
      expect(
        event
          .getAllProperties()
          .map((p) => p.name)
          .filter((n) => !['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'transp'].includes(n)),
      ).toEqual([]);
    }
  });
});

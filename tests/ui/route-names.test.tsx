// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanDocument } from '../../src/export/plan-document.ts';
import { planToIcs } from '../../src/export/plan-ics.ts';
import { planToMarkdown } from '../../src/export/plan-markdown.ts';
import { planToText } from '../../src/export/plan-text.ts';
import { graphWording, routePath } from '../../src/export/plan-wording.ts';
import type { PlanDocument } from '../../src/model/index.ts';
import { PrintPlan } from '../../src/ui/plan/PrintPlan.tsx';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';
import { withCatalog } from './catalog-wrapper.tsx';

afterEach(cleanup);

const graph = shippedGraphForTests();
const START = '2027-01';
const NAMES = ['Best route', 'Alternative 1', 'Alternative 2'];

function planWithThreeRoutes(selectedRoute: number): PlanDocument {
  const document = createPlanDocument(graph, {
    query: {
      from: 'it-support-specialist',
      to: 'information-security-manager',
      objective: 'fastest',
      pace: 'typical',
      routeCount: 3,
    },
    profile: { experienceYears: { it: 1 }, education: 'none', certifications: [], associateOf: [] },
    start: START,
    selectedRoute,
  });
  if (document.routes.length !== 3) throw new Error(`expected 3 routes, got ${document.routes.length}`);
  return document;
}

/** "Name: A → B → C" lines, as route path → name. */
function namesIn(lines: readonly string[], pattern: RegExp): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) out.set(m[2]!.replace(/\\(.)/g, '$1'), m[1]!);
  }
  return out;
}

function textNames(document: PlanDocument) {
  return namesIn(
    planToText(graph, document, { sources: false }).split('\n'),
    /^\s*(Best route|Alternative \d+): (.+ → .+)$/,
  );
}

function markdownNames(document: PlanDocument) {
  return namesIn(
    planToMarkdown(graph, document).split('\n'),
    /^## (Best route|Alternative \d+)(?: \(chosen\))?: (.+)$/,
  );
}

/** The calendar holds the chosen route; every event names it. */
function calendarNames(document: PlanDocument) {
  const events = new ICAL.Component(ICAL.parse(planToIcs(graph, document)))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
  expect(events.length).toBeGreaterThan(0);
  const named = new Map<string, string>();
  for (const event of events) {
    const m = /(Best route|Alternative \d+): (.+ → [^\n]+)\./.exec(event.description);
    expect(m, event.description).not.toBeNull();
    named.set(m![2]!, m![1]!);
  }
  expect(named.size).toBe(1);
  return named;
}

function printedNames(document: PlanDocument) {
  const { container, unmount } = render(
    <PrintPlan plan={document} profile={document.profile} startMonth={START} routeIndex={document.selectedRoute} />,
    { wrapper: withCatalog(graph) },
  );
  const named = new Map<string, string>();
  for (const section of container.querySelectorAll('.print-route')) {
    const brand = /^secpath · (.+?)(?: \(chosen\))?$/.exec(section.querySelector('.print-brand')!.textContent!)![1]!;
    const heading = section.querySelector('h1')!.textContent!;
    // The heading says the same name, in a sentence.
    expect(heading.endsWith(`: ${brand.toLowerCase()}`), heading).toBe(true);
    named.set(section.querySelector('strong')!.textContent!, brand);
  }
  unmount();
  return named;
}

describe('routes are named the same in every output', () => {
  for (const selected of [0, 1, 2]) {
    it(`names the three routes with the same words in text, Markdown, the calendar and the printed plan when ${NAMES[selected]} is chosen`, () => {
      const document = planWithThreeRoutes(selected);
      const w = graphWording(graph, START);
      const paths = document.routes.map((r) => routePath(w, r));
      expect(new Set(paths).size).toBe(3);
      const outputs = { text: textNames(document), markdown: markdownNames(document), printed: printedNames(document) };
      for (const [output, named] of Object.entries(outputs)) {
        expect([...named.keys()].sort(), output).toEqual([...paths].sort());
        paths.forEach((path, i) => expect(named.get(path), `${output}: ${path}`).toBe(NAMES[i]));
      }
      const calendar = calendarNames(document);
      expect(calendar.get(paths[selected]!), 'calendar').toBe(NAMES[selected]);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { createPlanDocument } from '../../src/export/plan-document.ts';
import { describeStep, estimateText, graphWording, routeCaption } from '../../src/export/plan-wording.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const graph = minimalGraph();
const document = createPlanDocument(graph, {
  query: {
    from: 'help-desk',
    to: 'chief-information-security-officer',
    objective: 'fastest',
    pace: 'typical',
    routeCount: 1,
  },
  profile: { experienceYears: { it: 1 }, education: 'none', certifications: [], associateOf: [] },
  start: '2026-11',
  selectedRoute: 0,
});
const route = document.routes[0]!;

describe('the words on the graph image', () => {
  it('name the route, both timelines and the month the plan is dated from', () => {
    const caption = routeCaption(graphWording(graph, '2026-11'), route, 0, 'fastest', 'typical');
    expect(caption.title).toBe('Help desk technician → Chief information security officer');
    expect(caption.subtitle).toBe(
      'The fastest route on the typical timeline · typically 15 years 1 month, at the earliest 8 years 1 month · from November 2026',
    );
  });

  it('date every move, one line each, in the order they are made', () => {
    const caption = routeCaption(graphWording(graph, '2026-11'), route, 0, 'fastest', 'typical');
    expect(caption.steps).toEqual([
      '1. December 2026: Security analyst',
      expect.stringMatching(/^2\. \w+ \d{4}: Security manager$/),
      '3. December 2041: Chief information security officer',
    ]);
  });

  it('say an alternative is not the best route, and how much of the timeline is estimated', () => {
    const caption = routeCaption(graphWording(graph, '2026-11'), route, 1, 'cheapest', 'earliest');
    expect(caption.subtitle).toMatch(
      /^Alternative 1 to the cheapest route on the earliest timeline · at the earliest 8 years 1 month, typically 15 years 1 month/,
    );
    expect(caption.credit).toBe(
      'Planned with secpath from sourced data; all 3 stays are estimated from what people typically bring to the next role.',
    );
  });
});

describe('how much of a route rests on estimates, in words', () => {
  const withBases = (...bases: Array<'sourced' | 'estimated'>) => ({
    ...route,
    steps: bases.map((basis) => ({ ...route.steps[0]!, timing: { ...route.steps[0]!.timing, basis } })),
  });
  it('counts the estimated stays with the right verb', () => {
    expect(estimateText(withBases('sourced', 'sourced'))).toBeNull();
    expect(estimateText(withBases('estimated'))).toMatch(/^The stay is estimated/);
    expect(estimateText(withBases('estimated', 'estimated'))).toMatch(/^Both stays are estimated/);
    expect(estimateText(withBases('estimated', 'sourced'))).toMatch(/^1 of 2 stays is estimated/);
    expect(estimateText(withBases('estimated', 'estimated', 'sourced'))).toMatch(/^2 of 3 stays are estimated/);
    expect(estimateText(withBases('estimated', 'estimated', 'estimated'))).toMatch(/^All 3 stays are estimated/);
  });
});

describe('how a step is dated on both timelines, in words', () => {
  const w = graphWording(graph, '2026-11');
  const base = route.steps[0]!;
  const step = (months: Partial<typeof base>) => ({ ...base, ...months });
  it('says "on both timelines" when the move falls in the same month on each', () => {
    const same = step({ moveMonth: 12, typicalMoveMonth: 12, earliestMoveMonth: 12 });
    expect(describeStep(w, same, 'typical').when).toBe('November 2027 (on both timelines)');
  });
  it('says the earliest timeline arrives sooner when it stays longer in a role', () => {
    const longer = step({
      moveMonth: 60,
      typicalMoveMonth: 60,
      earliestMoveMonth: 60,
      stayMonths: 34,
      typicalStayMonths: 34,
      earliestStayMonths: 59,
    });
    expect(describeStep(w, longer, 'typical').stay).toMatch(
      /\(4 years 11 months on the earliest timeline, which arrives here sooner\)$/,
    );
    const shorter = step({ stayMonths: 24, typicalStayMonths: 24, earliestStayMonths: 1 });
    expect(describeStep(w, shorter, 'typical').stay).toMatch(/\(1 month on the earliest timeline\)$/);
  });
  it('names the typical stay once when the route is ranked on the earliest timeline', () => {
    const ranked = step({ stayMonths: 1, earliestStayMonths: 1, typicalStayMonths: 12 });
    expect(describeStep(w, ranked, 'earliest').stay).toMatch(/\(1 year on the typical timeline\)$/);
  });
});

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/input/issues.ts';
import { readResume } from '../../src/export/json-resume.ts';
import { createPlanDocument, readPlanDocument, serializePlanDocument } from '../../src/export/plan-document.ts';
import { planRoute } from '../../src/planner/index.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';
import { reportFuzzCount } from '../helpers/fuzz-report.ts';

const counts = { plan: 0, resume: 0 };
afterAll(() => {
  reportFuzzCount('plan JSON', counts.plan);
  reportFuzzCount('JSON Resume', counts.resume);
});

const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '\u001b[2J\u001b[31mred',
  "'; DROP TABLE roles; --",
  '\u202eevil',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'x'.repeat(5000),
);
const text = fc.oneof(fc.string({ maxLength: 30 }), hostile, fc.string({ unit: 'binary', maxLength: 30 }));
const anything = fc.oneof(text, fc.jsonValue({ maxDepth: 4 }));

const validDocument = JSON.parse(
  serializePlanDocument(
    createPlanDocument(minimalGraph(), {
      query: {
        from: 'help-desk',
        to: 'chief-information-security-officer',
        objective: 'fastest',
        pace: 'typical',
        routeCount: 2,
      },
      profile: { experienceYears: { it: 1 }, education: 'none', certifications: [], associateOf: [] },
      start: '2026-11',
      selectedRoute: 0,
    }),
  ),
);

function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const stack: Array<Record<string | number, unknown>> = [copy];
  const slots: Array<[Record<string | number, unknown>, string | number]> = [];
  while (stack.length) {
    const node = stack.pop()!;
    for (const [k, v] of Object.entries(node)) {
      slots.push([node, Array.isArray(node) ? Number(k) : k]);
      if (v && typeof v === 'object') stack.push(v as Record<string, unknown>);
    }
  }
  const [node, key] = slots[pick % slots.length]!;
  node[key] = replacement;
  return copy;
}

describe('fuzzed plan files', () => {
  it('are imported or refused with an error naming where, never a crash, and never change the current plan', () => {
    const graph = minimalGraph();
    const before = JSON.stringify(planRoute(graph, { from: 'help-desk', to: 'chief-information-security-officer' }));
    fc.assert(
      fc.property(
        fc.oneof(
          anything.map((v) => JSON.stringify(v) ?? 'undefined'),
          fc.tuple(fc.nat(), anything).map(([pick, v]) => JSON.stringify(mutate(validDocument, pick, v))),
          text,
        ),
        (input) => {
          counts.plan++;
          const result = readPlanDocument(graph, input, 'plan.json');
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) expect(formatIssue(issue)).toMatch(/^plan\.json( \$|:)/);
          } else {
            // An accepted file must plan without errors.
            createPlanDocument(graph, result.view);
          }
        },
      ),
      { numRuns: 3000 },
    );
    expect(JSON.stringify(planRoute(graph, { from: 'help-desk', to: 'chief-information-security-officer' }))).toBe(
      before,
    );
  }, 300_000);
});

const date = fc.oneof(
  fc.constantFrom('2019-03-01', '2020-01', '2018', '2031-01-01', 'yesterday', '2020-13-01', ''),
  text,
);
const resume = fc.record(
  {
    basics: fc.record({ name: text, label: text }, { requiredKeys: [] }),
    work: fc.oneof(
      fc.array(
        fc.record(
          {
            name: text,
            position: fc.oneof(
              text,
              fc.constantFrom('Security Analyst', 'Senior Help Desk Technician', 'CISO', 'Security Manager'),
            ),
            startDate: date,
            endDate: fc.option(date, { nil: undefined }),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 6 },
      ),
      anything,
    ),
    education: fc.oneof(
      fc.array(
        fc.record(
          {
            studyType: fc.oneof(text, fc.constantFrom('Bachelor', 'BSc', 'Master of Science', 'PhD', 'Associate')),
            endDate: date,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      anything,
    ),
    certificates: fc.oneof(
      fc.array(
        fc.record(
          { name: fc.oneof(text, fc.constantFrom('CISSP', 'Certified Information Systems Security Professional')) },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
      anything,
    ),
  },
  { requiredKeys: [] },
);

describe('fuzzed JSON Resume files', () => {
  it('give a profile or an error naming where, never a crash; text stays free of control characters', () => {
    const graph = minimalGraph();
    fc.assert(
      fc.property(
        fc.oneof(
          resume.map((r) => JSON.stringify(r)),
          anything.map((v) => JSON.stringify(v) ?? ''),
          text,
        ),
        (input) => {
          counts.resume++;
          const result = readResume(graph, input, new Date('2026-11-25T00:00:00Z'), 'resume.json');
          if (!result.ok) {
            for (const issue of result.issues) expect(formatIssue(issue)).toMatch(/^resume\.json( \$|:)/);
            return;
          }
          const { inference } = result;
          for (const line of [...inference.matched, ...inference.skipped, inference.currentPosition ?? ''])
            expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
          for (const years of Object.values(inference.profile.experienceYears)) expect(years).toBeGreaterThanOrEqual(0);
          if (inference.currentRole)
            planRoute(
              graph,
              { from: inference.currentRole, to: 'chief-information-security-officer' },
              inference.profile,
            );
        },
      ),
      { numRuns: 3000 },
    );
  }, 300_000);
});

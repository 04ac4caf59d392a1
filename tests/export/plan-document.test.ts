import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_FILE } from '../../src/data/json-schema.ts';
import {
  createPlanDocument,
  readPlanDocument,
  serializePlanDocument,
  type PlanView,
} from '../../src/export/plan-document.ts';
import { formatIssue } from '../../src/input/issues.ts';
import { PlanDocumentSchema } from '../../src/model/index.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const view: PlanView = {
  query: {
    from: 'help-desk',
    to: 'chief-information-security-officer',
    objective: 'fastest',
    pace: 'typical',
    routeCount: 3,
  },
  profile: { experienceYears: { security: 1, it: 2 }, education: 'bachelor', certifications: [], associateOf: [] },
  start: '2027-01',
  selectedRoute: 0,
};

describe('the JSON plan document', () => {
  it('carries the query, the profile and the routes, and matches its published schema', () => {
    const document = createPlanDocument(minimalGraph(), view);
    expect(PlanDocumentSchema.safeParse(document).success).toBe(true);
    expect(document).toMatchObject({
      format: 'secpath-plan',
      version: 2,
      from: 'help-desk',
      to: 'chief-information-security-officer',
      objective: 'fastest',
      pace: 'typical',
    });
    const route = document.routes[0]!;
    expect(route.roles).toEqual([
      'help-desk',
      'security-analyst',
      'security-manager',
      'chief-information-security-officer',
    ]);
    expect(route.totalMonths).toBe(route.typicalMonths);
    expect(route.earliestMonths).toBeLessThanOrEqual(route.typicalMonths!);
    for (const step of route.steps) {
      expect(step).toEqual(
        expect.objectContaining({
          typicalMoveMonth: expect.any(Number),
          earliestMoveMonth: expect.any(Number),
          stayMonths: expect.any(Number),
          timing: expect.objectContaining({ basis: expect.stringMatching(/^(sourced|estimated)$/) }),
        }),
      );
    }
    expect(Array.isArray(document.levers)).toBe(true);
  });

  it('is valid under the published JSON Schema, checked by an independent validator', () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'public', 'schema', PLAN_SCHEMA_FILE), 'utf8'),
    );
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const document = JSON.parse(serializePlanDocument(createPlanDocument(minimalGraph(), view)));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    document.routes[0].totalMonths = -1;
    expect(validate(document)).toBe(false);
  });

  it('gives identical bytes after export, import and export', () => {
    const first = serializePlanDocument(createPlanDocument(minimalGraph(), view));
    const read = readPlanDocument(minimalGraph(), first);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const second = serializePlanDocument(createPlanDocument(minimalGraph(), read.view));
    expect(second).toBe(first);
  });

  it('restores the same view: query, profile, start month and chosen route', () => {
    const read = readPlanDocument(minimalGraph(), serializePlanDocument(createPlanDocument(minimalGraph(), view)));
    expect(read.ok && read.view).toEqual({
      ...view,
      profile: { experienceYears: { it: 2, security: 1 }, education: 'bachelor', certifications: [], associateOf: [] },
    });
  });

  it('reads a version 1 plan file field by field, keeping what its years meant, and says so', () => {
    const old = {
      format: 'secpath-plan',
      version: 1,
      start: '2026-11',
      query: { from: 'help-desk', to: 'chief-information-security-officer', objective: 'cheapest', alternatives: 2 },
      profile: {
        experienceYears: { 'security-management': 2, it: 3 },
        education: 'bachelor',
        certifications: ['cissp'],
      },
      selectedRoute: 1,
      from: 'help-desk',
      routes: [{ roles: ['help-desk'], totalMonths: 0 }],
      typicalRoute: null,
    };
    const read = readPlanDocument(minimalGraph(), JSON.stringify(old), 'old.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.view).toEqual({
      query: {
        from: 'help-desk',
        to: 'chief-information-security-officer',
        objective: 'cheapest',
        pace: 'typical',
        routeCount: 2,
      },
      profile: {
        experienceYears: { 'security-management': 2, it: 3 },
        education: 'bachelor',
        certifications: ['cissp'],
        associateOf: [],
      },
      start: '2026-11',
      selectedRoute: 1,
    });
    expect(read.notices.join(' ')).toMatch(/old\.json was saved by an earlier secpath \(plan format version 1\)/);
  });

  it('gives identical bytes after export, import and export for any number of routes', () => {
    for (const routeCount of [1, 2, 5]) {
      const first = serializePlanDocument(
        createPlanDocument(minimalGraph(), { ...view, query: { ...view.query, routeCount } }),
      );
      const read = readPlanDocument(minimalGraph(), first);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(serializePlanDocument(createPlanDocument(minimalGraph(), read.view))).toBe(first);
    }
  });

  const bad: Array<[string, string, string]> = [
    ['text that is not JSON', 'not json {', 'plan.json: is not valid JSON'],
    ['JSON that is not a plan', '[1, 2]', 'plan.json: is not a secpath plan: expected an object, found [1,2]'],
    [
      'a file from another program',
      '{"format": "other"}',
      'plan.json $.format: is not a secpath plan: expected format "secpath-plan", found "other"',
    ],
    [
      'a plan from a newer secpath',
      '{"format": "secpath-plan", "version": 7}',
      'plan.json $.version: was saved by a newer secpath (plan format version 7); this one reads version 2',
    ],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what} with a message saying where`, () => {
      const read = readPlanDocument(minimalGraph(), text);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(formatIssue(read.issues[0]!)).toContain(message);
    });
  }

  it('refuses unknown role and certification ids, naming each', () => {
    const document = JSON.parse(serializePlanDocument(createPlanDocument(minimalGraph(), view)));
    document.query.from = 'astronaut';
    document.profile.certifications = ['cissp', 'made-up-cert'];
    const read = readPlanDocument(minimalGraph(), JSON.stringify(document));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map(formatIssue)).toEqual([
      'plan.json $.query.from: "astronaut" is not a role in secpath\'s current data',
      'plan.json $.profile.certifications[1]: "made-up-cert" is not a certification in secpath\'s current data',
    ]);
  });

  it('refuses a file of many megabytes before parsing it', () => {
    const read = readPlanDocument(
      minimalGraph(),
      `{"format":"secpath-plan","padding":"${'x'.repeat(6 * 1024 * 1024)}"}`,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues[0]!.message).toMatch(/is 6\.0 MB; a plan file is at most 5 MB/);
  });
});

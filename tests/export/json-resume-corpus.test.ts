import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResume, type ResumeInference } from '../../src/export/json-resume.ts';
import { isCounted, ruleExcludes } from '../../src/export/resume-jobs.ts';
import { FIXTURES } from '../helpers/graph-fixtures.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

/**
 * Each résumé of the corpus beside its expected reading: where the plan starts, months by kind,
 * months in the current role, education, certifications, how each job title read, and every
 * item not used with the reason. Counting is as of 25 November 2026: ongoing jobs count through
 * October, the last whole month.
 */
interface Expected {
  currentRole: string | null;
  startBasis: string;
  candidates?: string[];
  months: Record<string, number>;
  capped?: string[];
  monthsInCurrentRole: number | null;
  education: string;
  degreesInProgress: string[];
  certifications: string[];
  associateOf: string[];
  expired: string[];
  jobs: Array<{ position: string | null; reads: string; partTime?: true; internship?: true }>;
  skipped: Array<{ item: string | null; why: string }>;
}

const graph = shippedGraphForTests();
const today = new Date('2026-11-25T00:00:00Z');
const CORPUS = join(FIXTURES, 'resume', 'corpus');
const names = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .sort();

function reading(inference: ResumeInference): Expected {
  const { rules } = inference;
  return {
    currentRole: inference.currentRole,
    startBasis: inference.start.basis,
    ...(inference.start.candidates.length ? { candidates: inference.start.candidates.map((c) => c.id) } : {}),
    months: inference.experienceMonths as Record<string, number>,
    ...(inference.skipped.some((l) => l.startsWith('More than 60 years'))
      ? { capped: Object.keys(inference.experienceMonths).filter((k) => inference.experienceMonths[k as 'it'] === 720) }
      : {}),
    monthsInCurrentRole: inference.profile.monthsInCurrentRole ?? null,
    education: inference.profile.education,
    degreesInProgress: inference.degrees.filter((d) => d.state === 'in-progress').map((d) => d.level!),
    certifications: inference.profile.certifications,
    associateOf: inference.profile.associateOf,
    expired: inference.certificates.filter((c) => c.state === 'expired').flatMap((c) => c.ids),
    jobs: inference.jobs.map((j) => ({
      position: j.position,
      reads: j.role ?? (j.titleMatch === 'several' ? 'several' : 'none'),
      ...(j.partTime ? { partTime: true as const } : {}),
      ...(j.internship ? { internship: true as const } : {}),
    })),
    skipped: [
      ...inference.jobs
        .filter((j) => !isCounted(j, rules))
        .map((j) => ({ item: j.position, why: j.issue ?? ruleExcludes(j, rules) ?? 'no-kind' })),
      ...inference.certificates.filter((c) => c.state !== 'held').map((c) => ({ item: c.name, why: c.state })),
      ...inference.degrees.filter((d) => d.state !== 'finished').map((d) => ({ item: d.studyType, why: d.state })),
    ],
  };
}

describe('the résumé corpus, each read as expected', () => {
  it('has at least 30 résumés, each with its expected reading', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    const all = readdirSync(CORPUS);
    for (const name of names) expect(all).toContain(name.replace(/\.json$/, '.expected.json'));
  });

  for (const name of names) {
    it(`reads ${name}`, () => {
      const expected = JSON.parse(
        readFileSync(join(CORPUS, name.replace(/\.json$/, '.expected.json')), 'utf8'),
      ) as Expected;
      const result = readResume(graph, readFileSync(join(CORPUS, name), 'utf8'), today, name);
      if (!result.ok) throw new Error(`${name} did not read: ${result.issues.map((i) => i.message).join('; ')}`);
      expect(reading(result.inference)).toEqual(expected);
      // Whatever was read, no line shows an id or a JSON path.
      for (const line of [...result.inference.matched, ...result.inference.skipped]) {
        expect(line).not.toMatch(/\b(?:work|education|certificates)\[\d+\]|\$\./);
        for (const id of [
          'soc-analyst',
          'security-plus',
          'cysa-plus',
          'isc2-cc',
          'outside-it',
          'information-security-',
        ])
          expect(line).not.toContain(id);
      }
    });
  }
});

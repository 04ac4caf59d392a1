import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues.ts';
import { inferProfileFromResume, readResume } from '../../src/export/json-resume.ts';
import { FIXTURES } from '../helpers/graph-fixtures.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();
const today = new Date('2026-11-25T00:00:00Z');
const fixture = (name: string) => readFileSync(join(FIXTURES, 'resume', name), 'utf8');

describe('a profile from a JSON Resume', () => {
  it('reads a complete résumé: current role, years by kind, certificates and degree', () => {
    const result = readResume(graph, fixture('complete.json'), today);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { inference } = result;
    expect(inference.currentRole).toBe('information-security-engineer');
    expect(inference.currentPosition).toBe('Senior Security Engineer');
    expect(inference.profile.education).toBe('bachelor');
    expect(inference.profile.certifications).toEqual(['cissp', 'security-plus']);
    // 2014-06 to 2026-11 in IT roles; security from 2020-01.
    expect(inference.profile.experienceYears.it).toBeCloseTo(149 / 12, 2);
    expect(inference.profile.experienceYears.security).toBeCloseTo(82 / 12, 2);
    expect(inference.profile.monthsInCurrentRole).toBe(52);
    expect(inference.skipped).toEqual(['certificates[2] AWS Certified Cloud Practitioner: matches no certification secpath knows']);
  });

  it('reads a partial résumé with only a current job', () => {
    const result = readResume(graph, fixture('partial.json'), today);
    expect(result.ok && result.inference).toMatchObject({
      currentRole: 'it-support-specialist',
      profile: { experienceYears: { it: 2.67 }, education: 'none', certifications: [], monthsInCurrentRole: 32 },
    });
  });

  it('copes with an odd résumé: unknown jobs, bad dates, overlaps, unfinished degrees, hostile text', () => {
    const result = readResume(graph, fixture('odd.json'), today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.issues[0]!)).toBe('resume.json $.certificates: expected a list, found "not a list"');

    const value = JSON.parse(fixture('odd.json'));
    delete value.certificates;
    const again = inferProfileFromResume(graph, value, today);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const { inference } = again;
    // Overlapping administrator jobs, January 2018 through January 2021, count once: 37 months.
    expect(inference.profile.experienceYears.it).toBeCloseTo(37 / 12, 2);
    expect(inference.profile.education).toBe('associate');
    expect(inference.skipped.join('\n')).toContain('work[0] Barista at Café ☕: the position matches no role');
    expect(inference.skipped.join('\n')).toContain('work[1] Network Administrator: dates missing or unreadable');
    expect(inference.skipped.join('\n')).toContain('education[0] Master of Business Administration: not finished yet');
    for (const line of [...inference.matched, ...inference.skipped]) expect(line).not.toMatch(/[\u0000-\u001f\u202e]/);
  });

  const bad: Array<[string, string, string]> = [
    ['not JSON', 'name: Sam', 'resume.json $: is not valid JSON'],
    ['a list instead of an object', '[]', 'resume.json $: is not a JSON Resume: expected an object, found []'],
    ['work that is not a list', '{"work": {"position": "x"}}', 'resume.json $.work: expected a list'],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what}, saying where`, () => {
      const result = readResume(graph, text, today);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(formatIssue(result.issues[0]!)).toContain(message);
    });
  }

  it('refuses a file of many megabytes before reading it', () => {
    const result = readResume(graph, `{"work": [], "pad": "${'x'.repeat(6 * 1024 * 1024)}"}`, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/a résumé file is at most 5 MB/);
  });
});

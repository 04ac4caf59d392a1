import { describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { formatIssue, jsonPath } from '../../src/input/issues.ts';
import { brokenFixtures, brokenTexts, MINIMAL_GRAPH_DIR, readGraphTexts } from '../helpers/graph-fixtures.ts';

const label = (name: string) => name;

describe('the loader on the minimal fixture', () => {
  it('accepts a small valid graph and builds a typed graphology graph', () => {
    const result = loadGraphData(readGraphTexts(MINIMAL_GRAPH_DIR), { fileLabel: label });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.order).toBe(4);
    expect(result.graph.size).toBe(3);
    expect(result.graph.getNodeAttribute('security-analyst', 'role').title).toBe('Security analyst');
    expect(result.graph.getEdgeAttribute('help-desk->security-analyst', 'transition').kind).toBe('promotion');
    expect(result.graph.getAttribute('certifications').get('cissp')?.abbreviation).toBe('CISSP');
  });
});

describe('each whole-graph check catches its fault', () => {
  for (const fixture of brokenFixtures()) {
    it(`rejects: ${fixture.description}`, () => {
      const result = loadGraphData(brokenTexts(fixture), { ...fixture.options, fileLabel: label });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const reported = result.issues.map((i) => ({
        file: i.file,
        path: jsonPath(i.path),
        message: i.message,
        hint: i.hint,
      }));
      for (const wanted of fixture.expect) {
        const match = reported.find(
          (r) => r.file === wanted.file && r.path === wanted.path && r.message.includes(wanted.message),
        );
        expect(
          match,
          `expected ${wanted.file} ${wanted.path}: ${wanted.message}\nreported:\n${result.issues.map(formatIssue).join('\n')}`,
        ).toBeDefined();
        if (wanted.hint) expect(match?.hint).toBe(wanted.hint);
      }
    });
  }
});

describe('error messages', () => {
  it('name the file, the path inside it, what was found and what was expected', () => {
    const fixture = brokenFixtures().find((f) => f.name === 'dangling-transition-role')!;
    const result = loadGraphData(brokenTexts(fixture));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.issues[0]!)).toBe(
      'graph-data/transitions.json $.transitions[2].to: "chief-information-security-oficer" is not a role id (did you mean "chief-information-security-officer"?)',
    );
  });

  it('report every fault of every file in one run', () => {
    const fixture = brokenFixtures().find((f) => f.name === 'several-faults-at-once')!;
    const result = loadGraphData(brokenTexts(fixture));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const files = new Set(result.issues.map((i) => i.file));
    expect(files).toEqual(
      new Set([
        'graph-data/roles.json',
        'graph-data/certifications.json',
        'graph-data/transitions.json',
        'graph-data/sources.json',
      ]),
    );
    expect(result.issues.length).toBeGreaterThanOrEqual(5);
  });

  it('say which files are missing from a folder', () => {
    const texts = readGraphTexts(MINIMAL_GRAPH_DIR);
    delete texts['education.json'];
    const result = loadGraphData(texts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.issues[0]!)).toMatch(/^graph-data\/education\.json: is missing/);
  });
});

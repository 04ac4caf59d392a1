import { describe, expect, it } from 'vitest';
import { describeValue, formatIssue } from '../../src/input/issues.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { MAX_JSON_DEPTH, offsetBeyondDepth, parseJsonText } from '../../src/input/json-text.ts';
import { readResume } from '../../src/export/json-resume.ts';
import { createPlanDocument, readPlanDocument, serializePlanDocument } from '../../src/export/plan-document.ts';
import { MINIMAL_GRAPH_DIR, readGraphTexts } from '../helpers/graph-fixtures.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const graph = minimalGraph();
const planText = serializePlanDocument(
  createPlanDocument(graph, {
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
  }),
);

describe('the JSON text reader', () => {
  it('refuses nesting deeper than any secpath file needs, naming the file and where, before parsing', () => {
    const { value, issues } = parseJsonText('plan.json', `{"format": ${deep(100_000)}}`);
    expect(value).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      `plan.json: nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (at line 1, column 75); no secpath file nests that deep`,
    ]);
  });

  it('counts only brackets outside strings', () => {
    expect(offsetBeyondDepth(JSON.stringify({ a: '['.repeat(1000), b: '\\"[[[' }), 2)).toBe(-1);
    expect(offsetBeyondDepth(deep(3), 2)).toBe(2);
    expect(parseJsonText('x.json', JSON.stringify({ note: '{'.repeat(10_000) })).issues).toEqual([]);
  });

  it('refuses a deep plan file, résumé and graph-data file with one issue each, never a stack overflow', () => {
    for (const text of [deep(100_000), `{"format":${deep(100_000)}}`, `{"profile":{"certifications":${deep(5000)}}}`]) {
      const plan = readPlanDocument(graph, text, 'deep.json');
      expect(plan.ok).toBe(false);
      if (!plan.ok)
        expect(plan.issues.map(formatIssue)).toEqual([
          expect.stringMatching(/^deep\.json: nests arrays and objects more than 64 levels deep/),
        ]);
      const resume = readResume(graph, text, new Date('2026-11-01'), 'resume.json');
      expect(resume.ok).toBe(false);
      if (!resume.ok) expect(formatIssue(resume.issues[0]!)).toMatch(/^resume\.json: nests arrays/);
    }
    const texts = { ...readGraphTexts(MINIMAL_GRAPH_DIR), 'roles.json': `{"roles":${deep(5000)}}` };
    const loaded = loadGraphData(texts);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.issues.map(formatIssue)).toEqual([
        expect.stringMatching(/^graph-data\/roles\.json: nests arrays and objects more than 64 levels deep/),
      ]);
  });

  it('accepts the shallow files secpath writes', () => {
    expect(readPlanDocument(graph, planText, 'plan.json').ok).toBe(true);
  });

  it('reads a file with a UTF-8 byte-order mark as the browser does: the mark is dropped', () => {
    expect(parseJsonText('x.json', '\ufeff{"a":1}')).toEqual({ value: { a: 1 }, issues: [] });
    const read = readPlanDocument(graph, `\ufeff${planText}`, 'plan.json');
    expect(read.ok).toBe(true);
    const texts = readGraphTexts(MINIMAL_GRAPH_DIR);
    expect(loadGraphData({ ...texts, 'roles.json': `\ufeff${texts['roles.json']}` }).ok).toBe(true);
  });

  it('reports a syntax error after a byte-order mark at the place a person sees', () => {
    expect(parseJsonText('x.json', '\ufeff{\n "a": 1,\n}').issues[0]!.message).toMatch(
      /^is not valid JSON at line 3, column 1: Expected double-quoted property name/,
    );
  });
});

describe('describeValue', () => {
  it('shows any value in one short line, however deep or large', () => {
    let nested: unknown = [];
    for (let i = 0; i < 200_000; i++) nested = [nested];
    expect(describeValue(nested)).toBe(`${'['.repeat(21)}...${']'.repeat(21)}`);
    expect(describeValue(new Array(2_000_000).fill({}))).toMatch(/^\[\{\},\{\},.*\.\.\.$/);
    expect(describeValue({ a: 1, b: 'x\u001b', c: [1, null, { d: true }] })).toBe(
      '{"a":1,"b":"x\\u001b","c":[1,null,{"d":true}]}',
    );
    expect(describeValue('x'.repeat(500))).toHaveLength(80);
    expect(describeValue('line\u2028break\u0085')).toBe('"line\\u2028break\\u0085"');
    expect(describeValue(undefined)).toBe('nothing');
  });
});

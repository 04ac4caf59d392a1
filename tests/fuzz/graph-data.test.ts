import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/input/issues.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { GRAPH_DATA_FILE_NAMES, type GraphDataFileName } from '../../src/model/index.ts';
import { planRoute } from '../../src/planner/index.ts';
import { MINIMAL_GRAPH_DIR, readGraphTexts } from '../helpers/graph-fixtures.ts';
import { reportFuzzCount } from '../helpers/fuzz-report.ts';

const base = readGraphTexts(MINIMAL_GRAPH_DIR);
const baseDocs = Object.fromEntries(GRAPH_DATA_FILE_NAMES.map((f) => [f, JSON.parse(base[f]!)])) as Record<
  GraphDataFileName,
  unknown
>;

/** Every JSON path (as keys) inside a document. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const oddStrings = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e evil',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'chief-information-security-officer',
    'help-desk',
    'cissp',
    'bls-ooh',
    '💥'.repeat(50),
  ),
  fc.integer({ min: 100_000, max: 400_000 }).map((n) => 'x'.repeat(n)),
);
const oddValues = fc.oneof(
  oddStrings,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, -1, 1e308, NaN, 0, true, [], {}),
);

type Mutation = (docs: Record<GraphDataFileName, unknown>) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Replace any value anywhere with something odd.
  fc
    .tuple(fc.constantFrom(...GRAPH_DATA_FILE_NAMES), fc.nat(), oddValues)
    .map(([file, pick, value]) => (docs: Record<GraphDataFileName, unknown>) => {
      const all = paths(docs[file]).filter((p) => p.length > 0);
      if (all.length === 0) return;
      const path = all[pick % all.length]!;
      let node = docs[file] as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path[path.length - 1]!] = value;
    }),
  // Delete a field or an array entry.
  fc
    .tuple(fc.constantFrom(...GRAPH_DATA_FILE_NAMES), fc.nat())
    .map(([file, pick]) => (docs: Record<GraphDataFileName, unknown>) => {
      const all = paths(docs[file]).filter((p) => p.length > 0);
      if (all.length === 0) return;
      const path = all[pick % all.length]!;
      let node = docs[file] as Record<string | number, unknown> | unknown[];
      for (const key of path.slice(0, -1))
        node = (node as Record<string | number, unknown>)[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete (node as Record<string, unknown>)[last as string];
    }),
  // Duplicate an entry (duplicate ids and moves).
  fc
    .tuple(
      fc.constantFrom<
        | ['roles.json', 'roles']
        | ['transitions.json', 'transitions']
        | ['sources.json', 'sources']
        | ['certifications.json', 'certifications']
      >(
        ['roles.json', 'roles'],
        ['transitions.json', 'transitions'],
        ['sources.json', 'sources'],
        ['certifications.json', 'certifications'],
      ),
      fc.nat(),
    )
    .map(([[file, key], pick]) => (docs: Record<GraphDataFileName, unknown>) => {
      const list = (docs[file] as Record<string, unknown[]>)[key];
      if (Array.isArray(list) && list.length > 0) list.push(structuredClone(list[pick % list.length]));
    }),
  // Add a move back down the graph, making a cycle, or to a role that does not exist.
  fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([a, b, dangling]) => (docs: Record<GraphDataFileName, unknown>) => {
    const list = (docs['roles.json'] as { roles?: unknown }).roles;
    const roles = Array.isArray(list) ? list.map((r) => (r as { id?: unknown } | null)?.id) : [];
    const transitions = (docs['transitions.json'] as { transitions?: unknown[] }).transitions;
    if (!Array.isArray(transitions) || roles.length === 0) return;
    transitions.push({
      from: roles[a % roles.length],
      to: dangling ? 'no-such-role' : roles[b % roles.length],
      kind: 'lateral',
      minimumExperience: null,
      typicalExperience: null,
      education: { minimum: null, typical: null },
      certifications: { required: [], expected: [] },
      typicalMonthsInRole: null,
      sources: ['bls-ooh'],
    });
  }),
);

let tried = 0;
afterAll(() => reportFuzzCount('graph-data files', tried));

describe('fuzzed graph-data files', () => {
  it('are either loaded or rejected with errors that name the file and the place, never a crash', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, breakJson) => {
        tried++;
        const docs = structuredClone(baseDocs);
        for (const mutate of mutations) mutate(docs);
        const texts = Object.fromEntries(GRAPH_DATA_FILE_NAMES.map((f) => [f, JSON.stringify(docs[f])]));
        if (breakJson) texts['transitions.json'] = texts['transitions.json']!.slice(0, -3);
        const result = loadGraphData(texts);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            const line = formatIssue(issue);
            expect(line).toMatch(
              /^graph-data\/(sources|roles|certifications|transitions|education|refused-hosts)\.json( \$|:)/,
            );
            expect(issue.message.length).toBeGreaterThan(0);
            expect(line.length).toBeLessThan(2000);
          }
          return;
        }
        // Whatever loads can be planned on without an exception.
        const ids = result.graph.nodes();
        for (const to of ids.slice(0, 3)) planRoute(result.graph, { from: ids[0]!, to, routeCount: 2 }, {});
      }),
      { numRuns: 4000 },
    );
  }, 300_000);
});

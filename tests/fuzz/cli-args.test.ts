import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL_GRAPH_DIR } from '../helpers/graph-fixtures.ts';
import { runCli } from '../helpers/cli.ts';
import { reportFuzzCount } from '../helpers/fuzz-report.ts';

let tried = 0;
afterAll(() => reportFuzzCount('CLI arguments', tried));

const words = fc.constantFrom(
  'plan',
  'roles',
  'graph',
  'validate',
  'schema',
  'help',
  '--from',
  '--to',
  '--years-it',
  '--years-security',
  '--years-management',
  '--education',
  '--cert',
  '--objective',
  '--alternatives',
  '--format',
  '--start',
  '--out',
  '--plan',
  '--resume',
  '--data',
  '--months-in-role',
  '--check',
  'help desk',
  'soc analist',
  'ciso',
  'security',
  '',
  '-1',
  '3',
  '1e9',
  'NaN',
  'bachelor',
  'phd',
  'cissp',
  'security+',
  'json',
  'md',
  'ics',
  'graphml',
  'xml',
  '2026-13',
  '2027-02',
  '--',
  '-x',
  '--from=help desk',
  '\u0000',
  '<script>',
  // Number forms, dashes, repeats and odd text (L9): each must be refused in one line or used.
  '-0',
  '0x10',
  '1e3',
  '.5',
  '2.5',
  '2,5',
  '60.0000001',
  'Infinity',
  '--years-it=-1',
  '--from=--to',
  '--cert=cissp',
  '--format=json',
  '-h',
  '--version',
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  'x\ny',
  '\r',
  '\u202eevil',
  'S\u041eC analyst',
  '\ufeff',
  '--\u0000',
  '1899-12',
  '2201-01',
);
/** Values far longer than anything typed: the parser and every message must stay linear and one line. */
const huge = fc
  .constantFrom('x', '1', '-', 'soc ', '\u00e9')
  .chain((unit) => fc.integer({ min: 10_000, max: 130_000 }).map((n) => unit.repeat(n)));
const arg = fc.oneof(
  { weight: 8, arbitrary: words },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: huge },
);

describe('fuzzed command lines', () => {
  it('exit 0, 1, 2 or 3 without an exception; a usage error is one line naming the command, with no control character', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 8 }), async (args) => {
        tried++;
        // Never write files or read arbitrary ones from the fuzzer's arguments.
        const safe = args.map((a, i) =>
          ['--out', '--plan', '--resume'].includes(args[i - 1] ?? '') ? '/nonexistent/secpath-fuzz' : a,
        );
        if (safe.includes('--out')) return;
        const run = await runCli([...safe, ...(safe[0] === 'schema' ? ['--check'] : []), '--data', MINIMAL_GRAPH_DIR]);
        expect([0, 1, 2, 3]).toContain(run.code);
        expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        if (run.code === 2) {
          expect(run.stderr.trim().split('\n')).toHaveLength(1);
          expect(run.stderr).toMatch(/^secpath/);
          expect(run.stderr.length).toBeLessThan(2000);
        }
      }),
      { numRuns: 1500 },
    );
  }, 300_000);
});

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL_GRAPH_DIR } from '../helpers/graph-fixtures.ts';
import { runCli } from '../helpers/cli.ts';
import { reportFuzzCount } from '../helpers/fuzz-report.ts';

let tried = 0;
afterAll(() => reportFuzzCount('CLI arguments', tried));

const words = fc.constantFrom(
  'plan', 'roles', 'graph', 'validate', 'schema', 'help', '--from', '--to', '--years-it', '--years-security', '--years-management', '--education',
  '--cert', '--objective', '--alternatives', '--format', '--start', '--out', '--plan', '--resume', '--data', '--months-in-role', '--check',
  'help desk', 'soc analist', 'ciso', 'security', '', '-1', '3', '1e9', 'NaN', 'bachelor', 'phd', 'cissp', 'security+', 'json', 'md', 'ics',
  'graphml', 'xml', '2026-13', '2027-02', '--', '-x', '--from=help desk', '\u0000', '<script>',
);
const arg = fc.oneof({ weight: 4, arbitrary: words }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

describe('fuzzed command lines', () => {
  it('exit 0, 1 or 2 without an exception; a usage error is one line naming the command', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 8 }), async (args) => {
        tried++;
        // Never write files or read arbitrary ones from the fuzzer's arguments.
        const safe = args.map((a, i) => (['--out', '--plan', '--resume'].includes(args[i - 1] ?? '') ? '/nonexistent/secpath-fuzz' : a));
        if (safe.includes('--out')) return;
        const run = await runCli([...safe, ...(safe[0] === 'schema' ? ['--check'] : []), '--data', MINIMAL_GRAPH_DIR]);
        expect([0, 1, 2]).toContain(run.code);
        if (run.code === 2) {
          expect(run.stderr.trim().split('\n')).toHaveLength(1);
          expect(run.stderr).toMatch(/^secpath/);
        }
      }),
      { numRuns: 1500 },
    );
  }, 300_000);
});

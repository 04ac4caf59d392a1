import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { MINIMAL_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

/** Runs a command that must fail on its command line: exit 2 and exactly one line, returned. */
async function refused(args: string[]): Promise<string> {
  const run = await runCli(args);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  return lines[0]!;
}

const plan = (...args: string[]) => ['plan', '--from', 'help desk', ...args];

describe('numbers on the command line', () => {
  for (const value of ['-1', '-0', '0x10', '1e3', '1e1', 'Infinity', 'NaN', '2,5', '61', '', ' ']) {
    it(`refuse --years-it ${JSON.stringify(value)}, naming the option, the rule and the value`, async () => {
      expect(await refused(plan('--years-it', value))).toBe(
        `secpath plan: --years-it: expected a number of years from 0 to 60, such as 2.5; got ${JSON.stringify(value)}`,
      );
    });
  }

  it('take the same value written --years-it=-1', async () => {
    expect(await refused(plan('--years-it=-1'))).toBe(
      'secpath plan: --years-it: expected a number of years from 0 to 60, such as 2.5; got "-1"',
    );
  });

  for (const value of ['2.5', '.5', '0', '60', '3']) {
    it(`accept --years-it ${value} as a decimal number`, async () => {
      const run = await runCli(plan('--years-it', value, '--format', 'json'));
      expect(run.code).toBe(0);
      const years = JSON.parse(run.stdout).profile.experienceYears.it;
      expect(years ?? 0).toBe(Number(value));
    });
  }

  it('refuse months in the role that are not whole, and name the limit', async () => {
    expect(await refused(plan('--months-in-role', '1.5'))).toBe(
      'secpath plan: --months-in-role: expected a whole number of months from 0 to 720, such as 18; got "1.5"',
    );
    expect(await refused(plan('--months-in-role', '721'))).toMatch(/from 0 to 720/);
  });

  it('name the range of --start', async () => {
    expect(await refused(plan('--start', '1899-12'))).toBe(
      'secpath plan: --start: expected a month from 1900-01 to 2200-12 written YYYY-MM, such as 2027-01; got "1899-12"',
    );
  });
});

describe('options without their value', () => {
  it('say what --from lacks when the next word is another option, and how to give a value that starts with "--"', async () => {
    expect(await refused(['plan', '--from', '--to', 'ciso'])).toBe(
      'secpath plan: --from needs a value before --to (if "--to" is the value, write --from=--to)',
    );
  });

  it('say what a last option lacks, with an example', async () => {
    expect(await refused(plan('--years-it'))).toBe('secpath plan: --years-it needs a value, e.g. --years-it 2.5');
    expect(await refused(['plan', '--from'])).toBe('secpath plan: --from needs a value, e.g. --from "help desk"');
  });

  it('refuse an empty role name and an empty file name', async () => {
    expect(await refused(['plan', '--from', ''])).toBe('secpath plan: --from needs a value, and it is empty');
    expect(await refused(plan('--out', ''))).toBe('secpath plan: --out: the file name is empty');
    expect(await refused(plan('--data', ''))).toBe('secpath plan: --data: the folder name is empty');
    expect(await refused(['validate', ''])).toBe(
      'secpath validate: the folder name is empty; give a graph-data folder, or none for the shipped one',
    );
  });

  it('suggest quotes when a role name was split into words', async () => {
    expect(await refused(['plan', '--from', 'help', 'desk'])).toBe(
      'secpath plan: unexpected argument "desk" (a value with spaces needs quotes: --from "... desk")',
    );
  });

  it('refuse a value given to a flag', async () => {
    expect(await refused(['schema', '--check=yes'])).toBe('secpath schema: --check takes no value; got "yes"');
  });
});

describe('repeated options', () => {
  it('refuse a single-valued option given twice, naming it and both values', async () => {
    expect(await refused(['plan', '--from', 'help-desk', '--from', 'ciso'])).toBe(
      'secpath plan: --from is given twice ("help-desk" and "ciso"); give it once',
    );
    expect(await refused(['plan', '--from', 'soc-analyst', '--format', 'json', '--format=text'])).toBe(
      'secpath plan: --format is given twice ("json" and "text"); give it once',
    );
    expect(await refused(['roles', '--format', 'json', '--format', 'json'])).toMatch(
      /^secpath roles: --format is given twice/,
    );
  });

  it('refuse the two names of security management experience together', async () => {
    expect(await refused(plan('--years-management', '1', '--years-security-management', '2'))).toBe(
      'secpath plan: --years-management and --years-security-management are the same experience; give one',
    );
  });

  it('keep --cert repeatable', async () => {
    const run = await runCli(plan('--cert', 'security+', '--cert', 'CISSP', '--cert', 'cissp', '--format', 'json'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).profile.certifications).toEqual(['cissp', 'security-plus']);
  });
});

describe('messages that quote what was typed', () => {
  it('show control characters escaped, on one line', async () => {
    const line = await refused(plan('--years-it', '1\n\u001b[2J'));
    expect(line).toBe(
      'secpath plan: --years-it: expected a number of years from 0 to 60, such as 2.5; got "1\\n\\u001b[2J"',
    );
  });

  it('keep unknown options short, with the closest one', async () => {
    expect(await refused(['roles', '--fromat', 'json', '--data', MINIMAL_GRAPH_DIR])).toBe(
      'secpath roles: unknown option --fromat (did you mean --format?)',
    );
    expect(await refused(['roles', '-x'])).toBe('secpath roles: unknown option -x');
  });
});

describe('very long values', () => {
  it('are echoed cut, in one short line, wherever they appear', async () => {
    const long = 'x'.repeat(10_000);
    for (const args of [
      ['plan', '--plan', 'plan', long],
      ['plan', '--from', long, '--years-it', long],
      ['roles', `--${long}`],
      ['plan', '--from', 'help desk', '--format', long],
    ]) {
      const line = await refused(args);
      expect(line.length, args.join(' ').slice(0, 40)).toBeLessThan(300);
    }
  });
});

import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/input/issues.ts';
import { loadGraphData } from '../../src/data/load.ts';
import { MAX_JSON_DEPTH, parseJsonText } from '../../src/input/json-text.ts';
import { readTextFile } from '../../src/data/read-dir.ts';
import { parseCommandArgs } from '../../src/cli/args.ts';
import { PLAN_OPTIONS } from '../../src/cli/plan-options.ts';
import { readResume } from '../../src/export/json-resume.ts';
import { createPlanDocument, readPlanDocument, serializePlanDocument } from '../../src/export/plan-document.ts';
import { foldIcsLine, icsText, markdownInline, terminalText, xmlText } from '../../src/export/text-safety.ts';
import { GRAPH_DATA_FILE_NAMES, type GraphDataFileName, type Profile } from '../../src/model/index.ts';
import { checkMonthsInRole, checkYears, MONTHS_IN_ROLE_RULE, YEARS_RULE } from '../../src/model/profile-rules.ts';
import { PlanInputError } from '../../src/planner/plan.ts';
import { readNumberEntry } from '../../src/ui/plan/number-entry.ts';
import { vocabularyOf } from '../../src/ui/state/role-names.ts';
import { readStored } from '../../src/ui/state/storage.ts';
import { readLink } from '../../src/ui/state/url-state.ts';
import { yearsFrom } from '../../src/ui/transfer/resume-review-model.ts';
import { runCli } from '../helpers/cli.ts';
import { reportFuzzCount } from '../helpers/fuzz-report.ts';
import { MINIMAL_GRAPH_DIR, readGraphTexts } from '../helpers/graph-fixtures.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const counts = { deep: 0, control: 0, exports: 0, huge: 0, devices: 0 };
afterAll(() => {
  reportFuzzCount('deeply nested JSON (plan, résumé, graph-data)', counts.deep);
  reportFuzzCount('control characters in graph-data text', counts.control);
  reportFuzzCount('hostile text through the export escapes', counts.exports);
  reportFuzzCount('huge graph-data values', counts.huge);
  reportFuzzCount('devices, pipes and special files as inputs and --out', counts.devices);
});

const graph = minimalGraph();
const baseTexts = readGraphTexts(MINIMAL_GRAPH_DIR);
const baseDocs = Object.fromEntries(GRAPH_DATA_FILE_NAMES.map((f) => [f, JSON.parse(baseTexts[f]!)])) as Record<
  GraphDataFileName,
  unknown
>;

/** Every path to a string inside a document. */
function stringPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...prefix, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...prefix, k]));
  return [];
}

function setAt(doc: unknown, path: Array<string | number>, value: unknown): void {
  let node = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/** JSON text nested `depth` levels with arrays and objects mixed, holding `inner`. */
const nested = fc
  .tuple(
    fc.integer({ min: 0, max: 200_000 }),
    fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('1', '"x"', '[]', '{}', 'null'),
  )
  .map(([depth, shape, inner]) => {
    let open = '';
    let close = '';
    for (let i = 0; i < depth; i++) {
      const object = shape[i % shape.length]!;
      open += object ? '{"k":' : '[';
      close = (object ? '}' : ']') + close;
    }
    return { depth, text: open + inner + close };
  });

describe('deep nesting', () => {
  it('in a plan file, a résumé or a graph-data file is refused with the file named past 64 levels, and never overflows', () => {
    fc.assert(
      fc.property(nested, fc.constantFrom('plan', 'resume', 'graph', 'plan-field'), ({ depth, text }, door) => {
        counts.deep++;
        let issues: string[] = [];
        if (door === 'plan') {
          const r = readPlanDocument(graph, text, 'deep.json');
          issues = r.ok ? [] : r.issues.map(formatIssue);
        } else if (door === 'plan-field') {
          const r = readPlanDocument(graph, `{"format":"secpath-plan","version":1,"profile":${text}}`, 'deep.json');
          issues = r.ok ? [] : r.issues.map(formatIssue);
          depth += 1;
        } else if (door === 'resume') {
          const r = readResume(graph, `{"work":${text}}`, new Date('2026-11-01'), 'deep.json');
          issues = r.ok ? [] : r.issues.map(formatIssue);
          depth += 1;
        } else {
          const r = loadGraphData(
            { ...baseTexts, 'roles.json': `{"roles":${text}}` },
            { fileLabel: () => 'deep.json' },
          );
          issues = r.ok ? [] : r.issues.map(formatIssue);
          depth += 1;
        }
        const deepIssue = issues.some((line) =>
          /^deep\.json: nests arrays and objects more than 64 levels deep/.test(line),
        );
        expect(deepIssue, `depth ${depth}`).toBe(depth > MAX_JSON_DEPTH);
        for (const line of issues) expect(line.length).toBeLessThan(2000);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('is counted outside strings only, whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 20 }), (strings) => {
        counts.deep++;
        const { value, issues } = parseJsonText('x.json', JSON.stringify({ strings }));
        expect(issues).toEqual([]);
        expect(value).toEqual({ strings });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

const controls = fc.constantFrom(
  '\r',
  '\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;x\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200e',
  '\u061c',
  '\u2028',
  '\u2029',
  '\u000b',
  '\u000c',
);

describe('control characters in graph-data text', () => {
  it('are refused in any string of any file, naming the file and the exact field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GRAPH_DATA_FILE_NAMES),
        fc.nat(),
        fc.nat(),
        controls,
        (file, pick, at, control) => {
          counts.control++;
          const doc = structuredClone(baseDocs[file]);
          const paths = stringPaths(doc);
          const path = paths[pick % paths.length]!;
          let node: unknown = doc;
          for (const key of path) node = (node as Record<string | number, unknown>)[key];
          const text = node as string;
          const cut = at % (text.length + 1);
          setAt(doc, path, text.slice(0, cut) + control + text.slice(cut));
          const result = loadGraphData({ ...baseTexts, [file]: JSON.stringify(doc) });
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const where = `graph-data/${file} ${formatIssue({ file: '', path, message: '' }).trim().replace(/:$/, '')}: contains `;
          expect(result.issues.map(formatIssue)).toContainEqual(expect.stringContaining(where));
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000);
});

const hostileText = fc
  .array(
    fc.oneof(
      controls,
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '# ',
        '---',
        '1. ',
        '- ',
        '> ',
        '<b>',
        '](',
        '`',
        '*',
        '_',
        '\\',
        ';',
        ',',
        ':',
        'http://e.x',
        'www.e.x',
        'a@b.c',
        '&amp;',
        '\ud800',
        '|',
      ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
const markdown = new MarkdownIt({ html: true, linkify: true });
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('hostile text through the export escapes', () => {
  it('stays text in every format, read back by independent parsers', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        counts.exports++;
        const md = markdownInline(text);
        expect(md).not.toMatch(/[\r\n]/);
        for (const line of [md, `1. ${md}`]) {
          const inline = markdown
            .parse(line, {})
            .filter((t) => t.type === 'inline')
            .flatMap((t) => t.children ?? []);
          expect(
            inline.every((t) => t.type === 'text' || t.type === 'text_special'),
            line,
          ).toBe(true);
          expect(
            markdown
              .parse(line, {})
              .filter((t) => !/paragraph|list|inline/.test(t.type))
              .map((t) => t.type),
          ).toEqual([]);
        }
        const ics = [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:x',
          'BEGIN:VEVENT',
          'UID:a',
          'DTSTAMP:20260101T000000Z',
          'DTSTART;VALUE=DATE:20260101',
          `SUMMARY:${icsText(text)}`,
          'END:VEVENT',
          'END:VCALENDAR',
        ]
          .map(foldIcsLine)
          .join('\r\n');
        const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
        expect(event.getAllProperties().map((p) => p.name)).toEqual(['uid', 'dtstamp', 'dtstart', 'summary']);
        expect(String(event.getFirstPropertyValue('summary'))).not.toMatch(/[\r\u0000-\u0008\u000b-\u001f]/);
        expect(xmlText(text)).not.toMatch(/[\u0000-\u001f<>"]/);
        expect(terminalText(text)).not.toMatch(UNSAFE);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);
});

describe('huge graph-data values', () => {
  it('are checked in time linear in their size', () => {
    const units = ['a.', 'a', '.', '-', 'é', '\u001b', ' ', '/'];
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.integer({ min: 10_000, max: 400_000 }),
        fc.constantFrom('url', 'title', 'id', 'summary'),
        (unit, n, field) => {
          counts.huge++;
          const texts = { ...baseTexts };
          if (field === 'url') {
            const sources = structuredClone(baseDocs['sources.json']) as { sources: Array<Record<string, unknown>> };
            sources.sources[0]!.url = `http://${unit.repeat(n)} `;
            texts['sources.json'] = JSON.stringify(sources);
          } else {
            const roles = structuredClone(baseDocs['roles.json']) as { roles: Array<Record<string, unknown>> };
            roles.roles[0]![field] = unit.repeat(n);
            texts['roles.json'] = JSON.stringify(roles);
          }
          const started = performance.now();
          const result = loadGraphData(texts);
          expect(performance.now() - started, `${field} ${JSON.stringify(unit)} x ${n}`).toBeLessThan(3000);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  }, 180_000);
});

describe('devices, pipes and special files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secpath-doors-'));
  symlinkSync('loop', join(dir, 'loop'));
  symlinkSync('nowhere', join(dir, 'dangling'));
  writeFileSync(join(dir, 'empty.json'), '');
  const paths = [
    '/dev/zero',
    '/dev/urandom',
    '/dev/null',
    '/dev/full',
    '/proc/self/mem',
    '/proc/version',
    '/etc',
    '/nonexistent/x',
    join(dir, 'loop'),
    join(dir, 'dangling'),
    join(dir, 'empty.json'),
    dir,
  ];

  it('are read only up to the cap, and never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.integer({ min: 0, max: 8 * 1024 * 1024 }), (path, cap) => {
        counts.devices++;
        const read = readTextFile(path, cap);
        if (read.ok) expect(Buffer.byteLength(read.text)).toBeLessThanOrEqual(cap);
        else if (!read.tooLarge) expect(read.problem.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('given to --plan, --resume, --data or --out end in one line and exit 1 or 2', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.constantFrom('--plan', '--resume', '--data', '--out'),
        async (path, option) => {
          counts.devices++;
          // Never replace a real file: --out only goes to devices and to the test's own folder.
          if (option === '--out' && !path.startsWith('/dev/') && !path.startsWith(dir)) return;
          if (option === '--out' && path === '/dev/zero') return;
          const run = await runCli(
            ['plan', ...(option === '--plan' ? [] : ['--from', 'help desk']), option, path],
            dir,
          );
          if (run.code === 0) return; // /dev/null as --out, or a readable special file
          expect([1, 2]).toContain(run.code);
          // One line for a file; a graph-data folder lists each of its problems and their count.
          const lines = run.stderr.trimEnd().split('\n');
          if (option !== '--data') expect(lines, run.stderr).toHaveLength(1);
          for (const line of lines)
            expect(line).toMatch(/^secpath plan: --(plan|resume|data|out) "|^\S.*?( \$\S*)?: |^\d+ problems? found$/);
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);
});

/**
 * Every door a profile number comes in by, answering in one vocabulary: the value taken,
 * "refused" (the door names the problem), or "none" (an empty field: no number given).
 */
type Answer = number | 'refused' | 'none';
const vocab = vocabularyOf(graph);
const fromCheck = (check: { ok: true; value: number } | { ok: false }): Answer => (check.ok ? check.value : 'refused');

function cliAnswer(option: '--years-it' | '--months-in-role', text: string): Answer {
  try {
    const { values } = parseCommandArgs([option, text], PLAN_OPTIONS);
    return (option === '--years-it' ? values['years-it'] : values['months-in-role']) ?? 'refused';
  } catch {
    return 'refused';
  }
}

/** A link holds text; years of 0 are not written, so a link with them reads back no years. */
function linkYears(text: string): Answer {
  const read = readLink(`?years-it=${encodeURIComponent(text)}`, vocab);
  if (read.problems.length) return 'refused';
  return read.values.experienceYears?.it ?? 0;
}

function linkMonths(text: string): Answer {
  const read = readLink(`?months-in-role=${encodeURIComponent(text)}`, vocab);
  if (read.problems.length) return 'refused';
  return read.values.monthsInCurrentRole ?? 'none';
}

/** A saved plan: the value as text (as an older or hand-edited one may hold it) or as a number. */
function storedYears(value: string | number): Answer {
  const read = readStored(JSON.stringify({ v: 2, experienceYears: { it: value } }), vocab);
  if (read.problems.length) return 'refused';
  return read.values.experienceYears?.it ?? 0;
}

function storedMonths(value: string | number): Answer {
  const read = readStored(JSON.stringify({ v: 2, monthsInCurrentRole: value }), vocab);
  if (read.problems.length) return 'refused';
  return read.values.monthsInCurrentRole ?? 'none';
}

function formAnswer(text: string, rule: typeof YEARS_RULE): Answer {
  const entry = readNumberEntry(text, rule);
  if (entry.error !== undefined) return 'refused';
  return entry.value ?? 'none';
}

/** The résumé review, where the person corrects the years a résumé gave. */
function resumeReviewYears(text: string): Answer {
  const result = yearsFrom(['it'], { it: text }, {});
  if (result.problems.length) return 'refused';
  return result.experienceYears.it ?? (text.trim() === '' ? 'none' : 0);
}

const planView = {
  query: {
    from: 'help-desk',
    to: 'security-manager',
    objective: 'fastest' as const,
    pace: 'typical' as const,
    routeCount: 1,
  },
  profile: { experienceYears: {}, education: 'none' as const, certifications: [], associateOf: [] } as Profile,
  start: '2027-01',
  selectedRoute: 0,
};
const planText = serializePlanDocument(createPlanDocument(graph, planView));

/** A plan file carries JSON numbers: the value is written in as one. */
function planFileAnswer(field: 'years' | 'months', value: number): Answer {
  const doc = JSON.parse(planText) as { profile: Record<string, unknown> };
  if (field === 'years') doc.profile.experienceYears = { it: value };
  else doc.profile.monthsInCurrentRole = value;
  const read = readPlanDocument(graph, JSON.stringify(doc));
  if (!read.ok) return 'refused';
  return field === 'years'
    ? (read.view.profile.experienceYears.it ?? 0)
    : (read.view.profile.monthsInCurrentRole ?? 'none');
}

/** The planner itself, given a profile by code (the web app's and the CLI's last step). */
function plannerAnswer(field: 'years' | 'months', value: number): Answer {
  const profile: Profile = {
    ...planView.profile,
    ...(field === 'years' ? { experienceYears: { it: value } } : { monthsInCurrentRole: value }),
  };
  try {
    const document = createPlanDocument(graph, { ...planView, profile });
    return field === 'years'
      ? (document.profile.experienceYears.it ?? 0)
      : (document.profile.monthsInCurrentRole ?? 'none');
  } catch (error) {
    if (error instanceof PlanInputError) return 'refused';
    throw error;
  }
}

// The texts the review of 2026-12 found the doors disagreeing on, and their neighbours.
const TYPED = [
  '2',
  '2.5',
  '.5',
  '2.',
  '007',
  '60',
  '-1',
  '-0',
  '+1',
  '61',
  '60.5',
  '1e3',
  '1e1',
  '0x10',
  '2,5',
  ' 3 ',
  'Infinity',
  'NaN',
  'two',
  '.',
  '',
];

describe('every door a profile number comes in by', () => {
  it('answers typed years alike: the command line, a link, a saved plan, the form and the résumé review', () => {
    for (const text of TYPED) {
      // An empty value is the one difference, and on purpose: a field left empty holds no
      // number, while "--years-it ''" or "years-it=" in a link is a value gone missing.
      const rule = text.trim() === '' ? 'refused' : fromCheck(checkYears(text));
      const answers = {
        cli: cliAnswer('--years-it', text),
        link: linkYears(text),
        stored: storedYears(text),
        form: formAnswer(text, YEARS_RULE),
        resumeReview: resumeReviewYears(text),
      };
      const empty = text.trim() === '' ? 'none' : rule;
      expect(answers, JSON.stringify(text)).toEqual({
        cli: rule,
        link: rule,
        stored: rule,
        form: empty,
        resumeReview: empty,
      });
    }
    expect(fromCheck(checkYears('.5'))).toBe(0.5);
    expect(fromCheck(checkYears('2,5'))).toBe('refused');
  });

  it('answers typed months in the role alike: the command line, a link, a saved plan and the form', () => {
    for (const text of ['18', '0', '720', '721', '1.5', '-1', '1e2', '0x1', ' 6 ', '6.', 'six', '']) {
      const rule = text === '' ? 'refused' : fromCheck(checkMonthsInRole(text));
      const empty = text === '' ? 'none' : rule;
      const answers = {
        cli: cliAnswer('--months-in-role', text),
        link: linkMonths(text),
        stored: storedMonths(text),
        form: formAnswer(text, MONTHS_IN_ROLE_RULE),
      };
      // Links and saved plans write "no months given" as empty or null, so they read it so.
      expect(answers, JSON.stringify(text)).toEqual({ cli: rule, link: empty, stored: empty, form: empty });
    }
  });

  it('answers numbers alike: a saved plan, a plan file, and the planner given a profile by code', () => {
    for (const value of [0, 2, 2.5, 0.5, 60, 60.0001, 61, -1, -0.5, 1000]) {
      const rule = fromCheck(checkYears(value));
      const years = {
        stored: storedYears(value),
        planFile: planFileAnswer('years', value),
        planner: plannerAnswer('years', value),
      };
      expect(years, `years ${value}`).toEqual({ stored: rule, planFile: rule, planner: rule });
    }
    for (const value of [0, 18, 720, 721, 1.5, -1]) {
      const rule = fromCheck(checkMonthsInRole(value));
      const months = {
        stored: storedMonths(value),
        planFile: planFileAnswer('months', value),
        planner: plannerAnswer('months', value),
      };
      expect(months, `months ${value}`).toEqual({ stored: rule, planFile: rule, planner: rule });
    }
  });

  it('answers any typed years alike, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.stringMatching(/^[ .,+\-0-9ex]{0,7}$/),
          fc.double({ min: -5, max: 70 }).map(String),
        ),
        (text) => {
          if (text.trim() === '') return;
          const rule = fromCheck(checkYears(text));
          expect(
            {
              cli: cliAnswer('--years-it', text),
              link: linkYears(text),
              stored: storedYears(text),
              form: formAnswer(text, YEARS_RULE),
              resumeReview: resumeReviewYears(text),
            },
            JSON.stringify(text),
          ).toEqual({ cli: rule, link: rule, stored: rule, form: rule, resumeReview: rule });
        },
      ),
      { numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, EXPERIENCE_KINDS, OBJECTIVES } from '../../src/model/constants.ts';
import { initialState } from '../../src/ui/state/initial-state.ts';
import { MAX_MONTHS_IN_ROLE, MAX_YEARS, type PlannerState } from '../../src/ui/state/planner-state.ts';
import { roleNamesOf, vocabularyOf } from '../../src/ui/state/role-names.ts';
import { stateToStored } from '../../src/ui/state/storage.ts';
import { stateToSearch } from '../../src/ui/state/url-state.ts';
import { reportFuzzCount } from '../helpers/fuzz-report.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

// Links are typed, pasted, truncated by mail clients and edited by hand; saved plans are
// whatever an older or newer secpath (or another tab) left. Neither may break the page.
const graph = minimalGraph();
const vocab = vocabularyOf(graph);
const names = roleNamesOf(graph);
let tried = 0;
afterAll(() => reportFuzzCount('URL and saved state', tried));

const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '\u202eevil',
  '__proto__',
  'constructor',
  '%00',
  '%E0%A4%A',
  'x'.repeat(3000),
  '1e309',
  '-0',
  'NaN',
  ' 3 ',
);
const value = fc.oneof(
  fc.string({ maxLength: 20 }),
  hostile,
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(...vocab.roleIds, ...vocab.certIds, ...OBJECTIVES, ...EDUCATION_LEVELS),
);
const key = fc.oneof(
  fc.constantFrom(
    'v',
    'from',
    'to',
    'objective',
    'education',
    'certs',
    'months-in-role',
    ...EXPERIENCE_KINDS.map((k) => `years-${k}`),
    'years-',
    'years-__proto__',
  ),
  fc.string({ maxLength: 12 }),
);
const search = fc.oneof(
  fc
    .array(fc.tuple(key, value), { maxLength: 10 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`),
  fc.string({ maxLength: 60 }).map((s) => `?${s}`),
  fc.array(fc.tuple(key, hostile), { maxLength: 4 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);
const stored = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        v: fc.oneof(fc.constant(1), fc.integer(), value),
        from: value,
        to: value,
        objective: value,
        education: value,
        certifications: fc.oneof(fc.array(value, { maxLength: 4 }), value),
        experienceYears: fc.oneof(fc.dictionary(key, fc.oneof(fc.double(), value)), value),
        monthsInCurrentRole: fc.oneof(fc.integer(), value, fc.constant(null)),
      },
      { requiredKeys: [] },
    )
    .map((r) => JSON.stringify(r)),
);

function isUsable(state: PlannerState): boolean {
  return (
    typeof state.from === 'string' &&
    vocab.roleIds.has(state.to) &&
    (OBJECTIVES as readonly string[]).includes(state.objective) &&
    (EDUCATION_LEVELS as readonly string[]).includes(state.education) &&
    state.certifications.every((c) => vocab.certIds.has(c)) &&
    Object.entries(state.experienceYears).every(
      ([k, y]) =>
        (EXPERIENCE_KINDS as readonly string[]).includes(k) && typeof y === 'number' && y >= 0 && y <= MAX_YEARS,
    ) &&
    (state.monthsInCurrentRole === null ||
      (Number.isInteger(state.monthsInCurrentRole) &&
        state.monthsInCurrentRole >= 0 &&
        state.monthsInCurrentRole <= MAX_MONTHS_IN_ROLE))
  );
}

describe('fuzzed links and saved plans', () => {
  it('always open to a usable state, with every replacement named in a notice', () => {
    fc.assert(
      fc.property(search, stored, (s, text) => {
        tried++;
        const opened = initialState({ search: s, storedText: text }, vocab, names);
        expect(isUsable(opened.state), `${s} | ${text}`).toBe(true);
        for (const notice of opened.notices) {
          expect(notice.items.length).toBeGreaterThan(0);
          for (const item of notice.items) expect(item.trim().length).toBeGreaterThan(0);
        }
        // What the app writes back reads back to the same state, with no notice.
        const again = initialState(
          {
            search: stateToSearch(opened.state, names.canonical),
            storedText: stateToStored(opened.state, names.canonical),
          },
          vocab,
          names,
        );
        expect(again.notices.filter((n) => n.id !== 'link-replaced-saved')).toEqual([]);
        expect(names.canonical(again.state.from)).toBe(names.canonical(opened.state.from));
        expect({ ...again.state, from: '' }).toEqual({ ...opened.state, from: '' });
      }),
      { numRuns: 3000 },
    );
  }, 120_000);
});

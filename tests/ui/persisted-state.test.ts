import { describe, expect, it } from 'vitest';
import { initialState, restoredState, type StartInput } from '../../src/ui/state/initial-state.ts';
import { defaultState, STATE_VERSION, type PlannerState } from '../../src/ui/state/planner-state.ts';
import { roleNamesOf, vocabularyOf } from '../../src/ui/state/role-names.ts';
import { BACKUP_KEY, readStored, stateToStored, STORAGE_KEY } from '../../src/ui/state/storage.ts';
import { readLink, stateToSearch } from '../../src/ui/state/url-state.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();
const vocab = vocabularyOf(graph);
const names = roleNamesOf(graph);
const TODAY = '2026-12';

const profile: PlannerState = {
  from: 'SOC analyst',
  to: 'chief-information-security-officer',
  objective: 'cheapest',
  pace: 'earliest',
  education: 'bachelor',
  experienceYears: { it: 4, security: 2.5, 'people-management': 1 },
  certifications: ['security-plus'],
  associateOf: ['cissp'],
  monthsInCurrentRole: 10,
  start: '2027-06',
  route: 1,
  routeCount: 4,
};
const open = (input: Partial<StartInput>) =>
  initialState({ search: '', storedText: null, today: TODAY, ...input }, vocab, names);

describe('the plan in a link', () => {
  it('writes everything that shapes the plan: the route shown, the month it is dated from and the timeline too', () => {
    expect(stateToSearch(profile, names.canonical)).toBe(
      '?v=2&from=soc-analyst&to=chief-information-security-officer&objective=cheapest&pace=earliest&education=bachelor&certs=security-plus&associate=cissp&years-it=4&years-security=2.5&years-people-management=1&months-in-role=10&start=2027-06&route=1&routes=4',
    );
  });

  it('reads back what it wrote', () => {
    const read = readLink(stateToSearch(profile, names.canonical), vocab);
    expect(read.problems).toEqual([]);
    expect(read.values).toEqual({ ...profile, from: 'soc-analyst' });
  });

  it('opens on another machine, in another month, with the same dates and route', () => {
    const opened = initialState(
      { search: stateToSearch(profile, names.canonical), storedText: null, today: '2031-01' },
      vocab,
      names,
    );
    expect(opened.state).toEqual(profile);
    expect(opened.notices).toEqual([]);
  });

  it('keeps a role name it cannot resolve as typed, so the plan panel can explain it', () => {
    const search = stateToSearch({ ...profile, from: 'quantum plumber' }, names.canonical);
    expect(readLink(search, vocab).values.from).toBe('quantum plumber');
  });

  it('reads a field given twice in a link by its first value, as the README says', () => {
    const read = readLink('?v=2&from=soc-analyst&from=chief-information-security-officer&years-it=3&years-it=9', vocab);
    expect(read.values.from).toBe('soc-analyst');
    expect(read.values.experienceYears?.it).toBe(3);
  });

  it('ignores a query string with no planner fields', () => {
    expect(readLink('?utm_source=mail', vocab)).toEqual({ present: false, values: {}, problems: [] });
  });

  it('names each bad field in words, what was found and what was expected, never an id or a parameter', () => {
    const read = readLink(
      '?from=help-desk&to=ciso-typo&objective=quickest&pace=slow&education=phd&years-it=abc&years-wizardry=3&certs=cissp,cisp&months-in-role=-2&start=2027-13&route=x&routes=99',
      vocab,
    );
    const texts = read.problems.map((p) => `${p.where}: ${p.text}`);
    expect(texts).toContain(
      'Role you want: "ciso-typo" is not a role secpath knows (did you mean Chief information security officer?)',
    );
    expect(texts).toContain(
      'Plan for: "quickest" is not a way to rank routes (expected fastest, fewest moves or cheapest)',
    );
    expect(texts).toContain('Timeline: "slow" is not a timeline (expected typical or earliest)');
    expect(texts).toContain(
      "Education: \"phd\" is not an education level (expected no degree, associate's degree, bachelor's degree, master's degree or doctorate)",
    );
    expect(texts).toContain('Years of IT experience: "abc" is not a number of years (expected 0 to 60)');
    expect(texts).toContain('Years of experience: "wizardry" is not a kind of experience secpath knows');
    expect(texts).toContain(
      'Certifications: "cisp" is not a certification secpath knows (did you mean CISA, CISM or CISSP?)',
    );
    expect(texts).toContain('Months in the current role: "-2" is not a whole number of months (expected 0 to 720)');
    expect(texts).toContain(
      'Dates from: "2027-13" is not a month (expected one from January 1900 to December 2200, written like 2027-06)',
    );
    expect(texts).toContain(
      'Route shown: "x" is not a route (expected 0 for the best route, or 1 to 9 for an alternative)',
    );
    expect(texts).toContain('Routes compared: "99" is not a number of routes (expected 1 to 10)');
    expect(read.values.certifications).toEqual(['cissp']);
  });

  it('reads a version 1 link field by field: years of security management keep their meaning, and what it lacks takes the default', () => {
    const opened = open({
      search:
        '?v=1&from=soc-analyst&to=information-security-manager&objective=fastest&education=bachelor&certs=cissp&years-it=6&years-security-management=2',
    });
    expect(opened.notices).toEqual([]);
    expect(opened.state).toEqual({
      ...defaultState(vocab, TODAY),
      from: 'SOC analyst',
      education: 'bachelor',
      certifications: ['cissp'],
      experienceYears: { it: 6, 'security-management': 2 },
    });
  });
});

describe('the saved plan', () => {
  it('is versioned and reads back what it wrote', () => {
    const text = stateToStored(profile, names.canonical);
    expect(JSON.parse(text).v).toBe(STATE_VERSION);
    expect(STATE_VERSION).toBe(2);
    expect(readStored(text, vocab).values).toEqual({ ...profile, from: 'soc-analyst' });
  });

  it('says why it cannot be read: not JSON, not an object', () => {
    expect(readStored('{"v":2,', vocab).unreadable).toMatch(/not valid JSON/);
    expect(readStored('[1,2]', vocab).unreadable).toMatch(/not a saved plan/);
  });

  it('reads a version 1 saved plan without a word: dated from this month, best route, typical timeline', () => {
    const old = JSON.stringify({
      v: 1,
      from: 'soc-analyst',
      to: 'information-security-manager',
      objective: 'fewest-moves',
      education: 'master',
      experienceYears: { 'security-management': 3 },
      certifications: ['cism'],
      monthsInCurrentRole: 5,
    });
    const opened = open({ storedText: old });
    expect(opened.notices).toEqual([]);
    expect(opened.state).toEqual({
      ...defaultState(vocab, TODAY),
      from: 'SOC analyst',
      objective: 'fewest-moves',
      education: 'master',
      experienceYears: { 'security-management': 3 },
      certifications: ['cism'],
      monthsInCurrentRole: 5,
    });
  });

  it('migrates an unknown format version field by field, with a notice', () => {
    const odd = JSON.stringify({
      v: 0,
      from: 'soc-analyst',
      education: 'bachelor',
      certifications: ['cissp', 'gone-cert'],
      retired: true,
    });
    const opened = open({ storedText: odd });
    expect(opened.state.education).toBe('bachelor');
    expect(opened.state.certifications).toEqual(['cissp']);
    expect(opened.notices.map((n) => n.id)).toEqual(['stored-problems']);
    expect(opened.notices[0]!.items.join(' ')).toMatch(/format version 0/);
    expect(opened.notices[0]!.items.join(' ')).toMatch(/"gone-cert" is not a certification secpath knows/);
  });

  it('says "no years", not "[object Object]", when it replaces years it cannot read (red team L14)', () => {
    const opened = open({ storedText: JSON.stringify({ v: 1, from: 'soc-analyst', experienceYears: 5 }) });
    const items = opened.notices.flatMap((n) => n.items).join(' ');
    expect(items).toBe(
      'Years of experience: 5 is not a set of years by kind of experience; used the default, no years.',
    );
    expect(items).not.toContain('[object Object]');
  });
});

describe('the state the app opens with', () => {
  const saved = stateToStored(profile, names.canonical);

  it('starts from the defaults, dated from this month', () => {
    const opened = open({});
    expect(opened.state).toEqual(defaultState(vocab, TODAY));
    expect(opened.state.to).toBe('information-security-manager');
    expect(opened.notices).toEqual([]);
  });

  it('restores a saved plan, showing the role by its title', () => {
    const opened = open({ storedText: saved });
    expect(opened.state).toEqual(profile);
    expect(opened.notices).toEqual([]);
  });

  it('replaces only the bad fields of a saved plan, and says with what in words', () => {
    const stored = JSON.stringify({
      ...JSON.parse(saved),
      education: 'phd',
      certifications: ['security-plus', 'gone'],
    });
    const opened = open({ storedText: stored });
    expect(opened.state.education).toBe('none');
    expect(opened.state.certifications).toEqual(['security-plus']);
    expect(opened.state.experienceYears).toEqual(profile.experienceYears);
    expect(opened.notices[0]!.items).toEqual([
      "Education: \"phd\" is not an education level (expected no degree, associate's degree, bachelor's degree, master's degree or doctorate); used the default, no degree.",
      'Certifications: "gone" is not a certification secpath knows; the rest was used.',
    ]);
  });

  it('lets a link win, falling back to the saved value for each field the link gets wrong', () => {
    const opened = open({
      search: '?from=it-support-specialist&education=phd&years-it=lots&years-security=1',
      storedText: saved,
    });
    expect(opened.state.from).toBe('IT support specialist');
    expect(opened.state.education).toBe('bachelor');
    expect(opened.state.experienceYears).toEqual({ it: 4, security: 1 });
    const problems = opened.notices.find((n) => n.id === 'link-problems')!;
    expect(problems.items).toEqual([
      "Education: \"phd\" is not an education level (expected no degree, associate's degree, bachelor's degree, master's degree or doctorate); kept your saved value, bachelor's degree.",
      'Years of IT experience: "lots" is not a number of years (expected 0 to 60); kept your saved 4 years.',
    ]);
  });

  it('leaves the plan as it was when a link has no usable field, and says so (red team L7)', () => {
    for (const search of ['?v=7', `?from=${'x'.repeat(300)}`, '?to=nowhere&objective=quickest']) {
      const opened = open({ search, storedText: saved });
      expect(opened.state, search).toEqual(profile);
      expect(opened.ownPlan).toBeNull();
      const notice = opened.notices.find((n) => n.id === 'link-unusable')!;
      expect(notice.title).toBe('The link could not be used; your plan is as it was');
      expect(notice.items.length).toBeGreaterThan(0);
    }
  });

  it('puts the saved plan aside when a link shows another, so it can be restored', () => {
    const opened = open({ search: '?from=it-support-specialist', storedText: saved });
    expect(opened.notices.find((n) => n.action === 'restore-saved')?.title).toBe('Showing the plan from the link');
    expect(restoredState(opened.ownPlan!, vocab, names, TODAY)).toEqual(profile);
  });

  it('says nothing when the link shows the saved plan (a reload)', () => {
    const opened = open({ search: stateToSearch(profile, names.canonical), storedText: saved });
    expect(opened.notices).toEqual([]);
    expect(opened.ownPlan).toBeNull();
  });

  it('never loses the own plan to any number of links and reloads (red team M2)', () => {
    // The page writes what it shows to the saved plan and the own plan, once put aside, beside it.
    const store = new Map<string, string>([[STORAGE_KEY, saved]]);
    const visit = (search: string) => {
      const opened = open({
        search,
        storedText: store.get(STORAGE_KEY) ?? null,
        backupText: store.get(BACKUP_KEY) ?? null,
      });
      store.set(STORAGE_KEY, stateToStored(opened.state, names.canonical));
      if (opened.ownPlan) store.set(BACKUP_KEY, opened.ownPlan);
      else store.delete(BACKUP_KEY);
      return opened;
    };
    const links = [
      '?v=2&from=soc-analyst',
      '?v=1&from=it-support-specialist&certs=cissp',
      '?v=2&from=grc-analyst&start=2030-01',
    ];
    for (const link of links) {
      expect(
        visit(link).notices.some((n) => n.action === 'restore-saved'),
        link,
      ).toBe(true);
      // A reload of the same link still offers the own plan back.
      expect(
        visit(link).notices.some((n) => n.action === 'restore-saved'),
        `${link} reloaded`,
      ).toBe(true);
    }
    // Even opened with no link at all, the page says a plan from a link is shown and offers the own one.
    const plain = visit('');
    expect(plain.notices.find((n) => n.action === 'restore-saved')?.title).toBe('Showing a plan from a link');
    expect(restoredState(plain.ownPlan!, vocab, names, TODAY)).toEqual(profile);
  });
});

import { describe, expect, it } from 'vitest';
import { initialState, restoredState } from '../../src/ui/state/initial-state.ts';
import { defaultState, type PlannerState } from '../../src/ui/state/planner-state.ts';
import { roleNamesOf, vocabularyOf } from '../../src/ui/state/role-names.ts';
import { readStored, stateToStored } from '../../src/ui/state/storage.ts';
import { readLink, stateToSearch } from '../../src/ui/state/url-state.ts';
import { minimalGraph } from '../helpers/minimal-graph.ts';

const graph = minimalGraph();
const vocab = vocabularyOf(graph);
const names = roleNamesOf(graph);

const profile: PlannerState = {
  from: 'SOC analyst',
  to: 'chief-information-security-officer',
  objective: 'cheapest',
  education: 'bachelor',
  experienceYears: { it: 4, security: 2.5 },
  certifications: ['cissp'],
  monthsInCurrentRole: 10,
};

describe('the plan in a link', () => {
  it('writes every field that shapes the plan, with the role as its id', () => {
    expect(stateToSearch(profile, names.canonical)).toBe(
      '?v=1&from=security-analyst&to=chief-information-security-officer&objective=cheapest&education=bachelor&certs=cissp&years-it=4&years-security=2.5&months-in-role=10',
    );
  });

  it('reads back what it wrote', () => {
    const read = readLink(stateToSearch(profile, names.canonical), vocab);
    expect(read.problems).toEqual([]);
    expect(read.values).toEqual({ ...profile, from: 'security-analyst' });
  });

  it('keeps a role name it cannot resolve as typed, so the plan panel can explain it', () => {
    const search = stateToSearch({ ...profile, from: 'quantum plumber' }, names.canonical);
    expect(readLink(search, vocab).values.from).toBe('quantum plumber');
  });

  it('ignores a query string with no planner fields', () => {
    expect(readLink('?utm_source=mail', vocab)).toEqual({ present: false, values: {}, problems: [] });
  });

  it('names each bad field, what was found and what was expected', () => {
    const read = readLink('?from=help-desk&to=ciso-typo&objective=quickest&education=phd&years-it=abc&years-wizardry=3&certs=cissp,cisp&months-in-role=-2', vocab);
    const texts = read.problems.map((p) => `${p.where}: ${p.text}`);
    expect(texts).toContain('to: "ciso-typo" is not a role id');
    expect(texts).toContain('objective: "quickest" is not an objective (expected fastest, fewest-moves, cheapest)');
    expect(texts).toContain('education: "phd" is not an education level (expected none, associate, bachelor, master, doctorate)');
    expect(texts).toContain('years-it: "abc" is not a number of years (expected 0 to 60)');
    expect(texts.find((t) => t.startsWith('years-wizardry'))).toMatch(/"wizardry" is not a kind of experience/);
    expect(texts).toContain('certs: "cisp" is not a certification id (did you mean "cissp"?)');
    expect(texts).toContain('months-in-role: "-2" is not a whole number of months (expected 0 to 720)');
    expect(read.values.certifications).toEqual(['cissp']);
  });
});

describe('the saved plan', () => {
  it('is versioned and reads back what it wrote', () => {
    const text = stateToStored(profile, names.canonical);
    expect(JSON.parse(text).v).toBe(1);
    expect(readStored(text, vocab).values).toEqual({ ...profile, from: 'security-analyst' });
  });

  it('says why it cannot be read: not JSON, not an object', () => {
    expect(readStored('{"v":1,', vocab).unreadable).toMatch(/not valid JSON/);
    expect(readStored('[1,2]', vocab).unreadable).toMatch(/not a saved plan/);
  });

  it('migrates another format version field by field, with a notice', () => {
    const old = JSON.stringify({ v: 0, from: 'security-analyst', education: 'bachelor', certifications: ['cissp', 'gone-cert'], retired: true });
    const read = readStored(old, vocab);
    expect(read.unreadable).toBeUndefined();
    expect(read.values).toMatchObject({ from: 'security-analyst', education: 'bachelor', certifications: ['cissp'] });
    expect(read.remarks?.[0]).toMatch(/format version 0; this secpath uses version 1/);
    const opened = initialState({ search: '', storedText: old }, vocab, names);
    expect(opened.state.education).toBe('bachelor');
    expect(opened.notices.map((n) => n.id)).toEqual(['stored-problems']);
    expect(opened.notices[0]!.items.join(' ')).toMatch(/format version 0/);
    expect(opened.notices[0]!.items.join(' ')).toMatch(/gone-cert/);
    const unversioned = initialState({ search: '', storedText: JSON.stringify({ objective: 'cheapest' }) }, vocab, names);
    expect(unversioned.state.objective).toBe('cheapest');
    expect(unversioned.notices[0]!.title).toBe('Your saved plan was brought up to date');
  });
});

describe('the state the app opens with', () => {
  const saved = stateToStored(profile, names.canonical);

  it('starts from the defaults, targeting a role the data has', () => {
    const opened = initialState({ search: '', storedText: null }, vocab, names);
    expect(opened.state).toEqual(defaultState(vocab));
    // The minimal fixture has no information security manager; the CISO is the fallback.
    expect(opened.state.to).toBe('chief-information-security-officer');
    expect(opened.notices).toEqual([]);
  });

  it('restores a saved plan, showing the role by its title', () => {
    const opened = initialState({ search: '', storedText: saved }, vocab, names);
    expect(opened.state).toEqual({ ...profile, from: 'Security analyst' });
    expect(opened.notices).toEqual([]);
  });

  it('reports a corrupt saved plan and starts from the defaults', () => {
    const opened = initialState({ search: '', storedText: '{"v":1,"from":' }, vocab, names);
    expect(opened.state).toEqual(defaultState(vocab));
    expect(opened.notices.map((n) => n.title)).toEqual(['Your saved plan could not be read']);
    expect(opened.notices[0]!.items[0]).toMatch(/replaced by the defaults: it is not valid JSON/);
  });

  it('replaces only the bad fields of a saved plan', () => {
    const stored = JSON.stringify({ ...JSON.parse(saved), education: 'phd', certifications: ['cissp', 'gone'] });
    const opened = initialState({ search: '', storedText: stored }, vocab, names);
    expect(opened.state.education).toBe('none');
    expect(opened.state.certifications).toEqual(['cissp']);
    expect(opened.state.experienceYears).toEqual(profile.experienceYears);
    expect(opened.notices[0]!.items).toEqual([
      'Education: "phd" is not an education level (expected none, associate, bachelor, master, doctorate); used the default, "none".',
      'Certifications: "gone" is not a certification id; the rest was used.',
    ]);
  });

  it('lets a link win, falling back to the saved value for each field the link gets wrong', () => {
    const opened = initialState({ search: '?from=help-desk&education=phd&years-it=lots&years-security=1', storedText: saved }, vocab, names);
    expect(opened.state.from).toBe('Help desk technician');
    expect(opened.state.education).toBe('bachelor');
    expect(opened.state.experienceYears).toEqual({ it: 4, security: 1 });
    const problems = opened.notices.find((n) => n.id === 'link-problems')!;
    expect(problems.items).toEqual([
      'education: "phd" is not an education level (expected none, associate, bachelor, master, doctorate); kept your saved value, "bachelor".',
      'years-it: "lots" is not a number of years (expected 0 to 60); kept your saved 4 years.',
    ]);
  });

  it('puts the saved plan aside when a link shows another, so it can be restored', () => {
    const opened = initialState({ search: '?from=help-desk', storedText: saved }, vocab, names);
    expect(opened.notices.find((n) => n.action === 'restore-saved')).toBeDefined();
    expect(restoredState(opened.putAside!, vocab, names)).toEqual({ ...profile, from: 'Security analyst' });
  });

  it('says nothing when the link shows the saved plan (a reload)', () => {
    const opened = initialState({ search: stateToSearch(profile, names.canonical), storedText: saved }, vocab, names);
    expect(opened.notices).toEqual([]);
    expect(opened.putAside).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { formatIssue } from '../../src/input/issues.ts';
import {
  bestTier,
  checkPayCodes,
  checkSourceQuality,
  factsByBestTier,
  factsOf,
  refusedHostOf,
  timingGaps,
} from '../../src/data/evidence-checks.ts';
import { ACCEPTABLE_TIERS } from '../../src/model/constants.ts';
import type { Certification } from '../../src/model/index.ts';
import { readGraphTexts, SHIPPED_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

const result = loadGraphData(readGraphTexts(SHIPPED_GRAPH_DIR));
if (!result.ok) throw new Error(`the shipped graph-data does not load:\n${result.issues.map(formatIssue).join('\n')}`);
const { data } = result;
const label = (name: string) => name;
const cert = (id: string) => data.certifications.find((c) => c.id === id) as Certification;
const role = (id: string) => data.roles.find((r) => r.id === id)!;

/** Hosts the 2026-12 data audit found behind junk sources (§3.2): none may come back. */
const AUDITED_JUNK_HOSTS = [
  'precisionmetalworks360.com',
  'ilerngut.de',
  'studentscholarships.org',
  'deweycolorsystem.com',
  'hawksupernova.pages.dev',
  'daysofadomesticdad.com',
  'cleanenergyexcellence.org',
  'visualfoodie.com',
  'eatsip365.com',
  'cissp.app',
  'essaygroom.com',
  'grokipedia.com',
  'cciedump.spoto.net',
  'certempire.com',
];

describe('the shipped graph data', () => {
  it('passes every file and whole-graph check', () => {
    expect(result.ok).toBe(true);
  });

  it('has the roles and certifications people ask about by id, and a starting point outside IT', () => {
    const roles = new Set(data.roles.map((r) => r.id));
    for (const id of [
      'outside-it',
      'it-support-specialist',
      'network-systems-administrator',
      'network-technical-specialist',
      'information-security-analyst',
      'computer-forensics-analyst',
      'information-security-engineer',
      'it-security-manager',
      'cybersecurity-manager',
      'information-security-manager',
      'information-security-officer',
      'information-security-architect',
      'assistant-director-of-information-security',
      'chief-information-security-officer',
    ])
      expect(roles, id).toContain(id);
    const certs = new Set(data.certifications.map((c) => c.id));
    for (const id of [
      'cissp',
      'cism',
      'cysa-plus',
      'cspm',
      'security-plus',
      'cisa',
      'crisc',
      'ccsp',
      'cgrc',
      'gsec',
      'oscp',
      'isc2-cc',
    ])
      expect(certs, id).toContain(id);
    expect(role('outside-it')).toMatchObject({ level: 'start', countsAs: [] });
  });
});

describe('every number from a source a security professional would accept', () => {
  it('cites no source on a refused host, and refuses every host the audit found junk on', () => {
    for (const source of data.sources) expect(refusedHostOf(source.url, data.refusedHosts), source.id).toBeUndefined();
    for (const host of AUDITED_JUNK_HOSTS)
      expect(refusedHostOf(`https://${host}/page`, data.refusedHosts), host).toBeDefined();
    for (const refused of data.refusedHosts) expect(refused.reason).toMatch(/copy|farm|dump|mill|encyclopedia/);
  });

  it('marks every number resting only on secondary sources as low-confidence, and no other', () => {
    expect(checkSourceQuality(data, label)).toEqual([]);
    const tierOf = new Map(data.sources.map((s) => [s.id, s.tier]));
    for (const fact of factsOf(data).filter((f) => f.numeric)) {
      const acceptable = ACCEPTABLE_TIERS.includes(bestTier(fact.sources, tierOf)!);
      expect(fact.value.lowConfidence === true, `${fact.file} ${fact.path.join('.')}`).toBe(!acceptable);
    }
  });

  it('rests most planning numbers on official, survey or publisher sources', () => {
    const counts = factsByBestTier(data);
    const acceptable = counts.official.numbers + counts.survey.numbers + counts.publisher.numbers;
    expect(acceptable / (acceptable + counts.secondary.numbers)).toBeGreaterThan(0.55);
    // The experience rules the planner binds on come from the issuers themselves.
    for (const id of ['cissp', 'cgrc', 'ccsp', 'sscp'])
      expect(bestTier(cert(id).experience.sources, new Map(data.sources.map((s) => [s.id, s.tier]))), id).toBe(
        'official',
      );
  });

  it('pays each role at its own SOC code or says which occupation stands in', () => {
    expect(checkPayCodes(data, label)).toEqual([]);
    expect(role('penetration-tester').pay.find((p) => p.basis === 'wage')?.proxy).toBeTruthy();
    expect(role('chief-information-security-officer').pay.find((p) => p.basis === 'wage')?.proxy).toBeTruthy();
  });

  it('gives May 2024 wages first for roles with a SOC code (or says why none was found), and says how the CISO survey figures are measured', () => {
    for (const r of data.roles) {
      const wage = r.pay.find((p) => p.basis === 'wage');
      if (wage && r.codes.onet.length > 0 && !/2024/.test(wage.period))
        expect(wage.note, r.id).toMatch(/No May 2024 figure|May 2024 figure was seen only/);
    }
    const ciso = role('chief-information-security-officer').pay.filter((p) => p.basis !== 'wage');
    expect(ciso.map((p) => p.basis)).toEqual(expect.arrayContaining(['cash-compensation', 'total-pay']));
  });

  it('resolves the sysadmin outlook dispute in favour of the newer BLS projection', () => {
    const sysadmin = role('network-systems-administrator');
    expect(sysadmin.outlook[0]).toMatchObject({ growthPercent: -4.2, period: '2024-2034' });
    expect(sysadmin.disputes[0]?.resolution).toMatch(/newer/);
  });

  it('records CISSP experience as ISC2 counts it now: part-time work at half, internships counted', () => {
    const cissp = cert('cissp').experience;
    expect(cissp.partTime).toMatchObject({ creditPercent: 50 });
    expect(cissp.internships).toMatchObject({ count: true });
    expect(JSON.stringify(cissp)).not.toMatch(/paid, full-time/i);
    expect(cert('cissp').application).toMatchObject({ withinMonthsOfExam: 9 });
  });

  it('says unknown rather than guessing', () => {
    for (const c of data.certifications)
      expect(c.preparation.typicalMonths === null || c.preparation.sources.length > 0, c.id).toBe(true);
    for (const id of ['crisc', 'oscp', 'gsec', 'cciso']) expect(cert(id).exam.costs, id).toEqual([]);
  });
});

describe('time belongs in the data', () => {
  it('says what people typically bring to every role from mid-career up, with years of managing people for managers', () => {
    for (const r of data.roles.filter((x) => ['mid', 'advanced', 'executive'].includes(x.level))) {
      expect(r.entry?.experience.length, r.id).toBeGreaterThan(0);
      if (r.track === 'management' || r.level === 'executive')
        expect(
          r.entry!.experience.some((e) => e.kinds.includes('people-management')),
          r.id,
        ).toBe(true);
    }
    expect(role('chief-information-security-officer').entry!.experience).toContainEqual(
      expect.objectContaining({ kinds: ['security'], years: { min: 15, max: 20 } }),
    );
  });

  it('lists the moves and roles with no timing evidence, none of them into mid-career or higher roles', () => {
    const gaps = timingGaps(data);
    const level = (id: string) => role(id).level;
    for (const id of gaps.roles) expect(['start', 'feeder', 'entry'], id).toContain(level(id));
    for (const move of gaps.moves) expect(['feeder', 'entry'], move).toContain(level(move.split('->')[1]!));
  });

  it("records the issuers' real experience rules", () => {
    expect(cert('cism').experience.required).toEqual([
      expect.objectContaining({ kinds: ['security'], years: 5 }),
      expect.objectContaining({ kinds: ['security-management'], years: 3 }),
    ]);
    expect(cert('cism').experience.windowYears).toBe(10);
    // ISC2 counts security work done as an auditor; a holder is credited with security work.
    expect(cert('cissp').experience.required).toEqual([
      expect.objectContaining({ kinds: ['security', 'audit'], years: 5, holderCountsAs: ['security'] }),
    ]);
    expect(cert('cissp').experience.maxWaiverYears).toBe(1);
    expect(cert('cissp').experience.beforeEligibility).toMatchObject({ title: 'Associate of ISC2', yearsToQualify: 6 });
    expect(cert('cisa').experience.maxWaiverYears).toBe(3);
    expect(cert('cisa').experience.waivers).toContainEqual(expect.objectContaining({ experience: ['it'], years: 1 }));
    expect(cert('ccsp').experience.waivers).toContainEqual(
      expect.objectContaining({ certification: 'cissp', waivesAll: true }),
    );
    expect(cert('cgrc').experience.required).toEqual([expect.objectContaining({ years: 2 })]);
    expect(cert('security-plus').experience.required).toEqual([]);
  });
});

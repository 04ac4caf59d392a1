import { describe, expect, it } from 'vitest';
import { loadGraphData } from '../../src/data/load.ts';
import { formatIssue } from '../../src/data/issues.ts';
import type { Certification } from '../../src/model/index.ts';
import { readGraphTexts, SHIPPED_GRAPH_DIR } from '../helpers/graph-fixtures.ts';

const result = loadGraphData(readGraphTexts(SHIPPED_GRAPH_DIR));
if (!result.ok) throw new Error(`the shipped graph-data does not load:\n${result.issues.map(formatIssue).join('\n')}`);
const { data } = result;
const cert = (id: string) => data.certifications.find((c) => c.id === id) as Certification;

describe('the shipped graph data', () => {
  it('passes every file and whole-graph check', () => {
    expect(result.ok).toBe(true);
  });

  it('has at least 30 roles, 20 certifications and 60 transitions', () => {
    expect(data.roles.length).toBeGreaterThanOrEqual(30);
    expect(data.certifications.length).toBeGreaterThanOrEqual(20);
    expect(data.transitions.length).toBeGreaterThanOrEqual(60);
  });

  it('has the roles and certifications people ask about by id', () => {
    const roles = new Set(data.roles.map((r) => r.id));
    for (const id of [
      'it-support-specialist', 'network-systems-administrator', 'network-technical-specialist', 'information-security-analyst',
      'computer-forensics-analyst', 'information-security-engineer', 'it-security-manager', 'cybersecurity-manager',
      'information-security-manager', 'information-security-officer', 'information-security-architect',
      'assistant-director-of-information-security', 'chief-information-security-officer',
    ]) expect(roles, id).toContain(id);
    const certs = new Set(data.certifications.map((c) => c.id));
    for (const id of ['cissp', 'cism', 'cysa-plus', 'cspm', 'security-plus', 'cisa', 'crisc', 'ccsp', 'cgrc', 'gsec', 'oscp']) expect(certs, id).toContain(id);
  });

  it('covers every track, from IT feeders to the executive level', () => {
    expect(new Set(data.roles.map((r) => r.level))).toEqual(new Set(['feeder', 'entry', 'mid', 'advanced', 'executive']));
    expect(new Set(data.roles.map((r) => r.track)).size).toBe(9);
  });

  it('gives every role, certification and transition at least one source, each with a URL and the date it was read', () => {
    for (const item of [...data.roles, ...data.certifications, ...data.transitions]) expect(item.sources.length).toBeGreaterThan(0);
    for (const source of data.sources) {
      expect(source.url).toMatch(/^https?:\/\//);
      expect(source.accessed <= '2026-11-25', source.id).toBe(true);
    }
  });

  it('records the issuers\' real experience rules', () => {
    expect(cert('cism').experience.required).toEqual([
      expect.objectContaining({ kinds: ['security'], years: 5 }),
      expect.objectContaining({ kinds: ['security-management'], years: 3 }),
    ]);
    expect(cert('cism').experience.windowYears).toBe(10);
    expect(cert('cissp').experience.required).toEqual([expect.objectContaining({ kinds: ['security'], years: 5 })]);
    expect(cert('cissp').experience.maxWaiverYears).toBe(1);
    expect(cert('cissp').experience.beforeEligibility).toMatchObject({ title: 'Associate of ISC2', yearsToQualify: 6 });
    expect(cert('cisa').experience.required).toEqual([expect.objectContaining({ kinds: ['audit', 'security'], years: 5 })]);
    expect(cert('cisa').experience.maxWaiverYears).toBe(3);
    expect(cert('crisc').experience.required).toEqual([expect.objectContaining({ kinds: ['risk'], years: 3 })]);
    expect(cert('crisc').experience.waivers).toEqual([]);
    expect(cert('ccsp').experience.waivers).toContainEqual(expect.objectContaining({ certification: 'cissp', waivesAll: true }));
    expect(cert('cgrc').experience.required).toEqual([expect.objectContaining({ years: 2 })]);
    expect(cert('cspm').experience.required).toEqual([
      expect.objectContaining({ kinds: ['project-management'], hours: 6000 }),
      expect.objectContaining({ kinds: ['security-project-management'], hours: 3000 }),
    ]);
    expect(cert('security-plus').experience.required).toEqual([]);
  });

  it('keeps both claims where sources disagree, saying which one planning uses', () => {
    const disputes = [...data.roles, ...data.certifications, ...data.transitions].flatMap((x) => x.disputes);
    expect(disputes.length).toBeGreaterThanOrEqual(4);
    for (const dispute of disputes) expect(dispute.claims.length).toBeGreaterThanOrEqual(2);
    expect(cert('cissp').exam.costs.map((c) => c.usd)).toEqual(expect.arrayContaining([699, 749]));
  });

  it('says unknown rather than guessing: certifications without a sourced price have none', () => {
    for (const id of ['crisc', 'oscp', 'gsec', 'sscp']) expect(cert(id).exam.costs, id).toEqual([]);
    expect(cert('oscp').experience.required).toBeNull();
  });
});

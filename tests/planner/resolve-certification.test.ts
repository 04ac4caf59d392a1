import { describe, expect, it } from 'vitest';
import {
  certificationIndex,
  certificationWords,
  matchCertificationName,
  resolveCertification,
} from '../../src/planner/resolve-certification.ts';
import { searchCertifications } from '../../src/ui/plan/certification-search.ts';
import { shippedGraphForTests } from '../helpers/minimal-graph.ts';

const graph = shippedGraphForTests();
const certs = graph.getAttribute('certifications');
const list = graph.getAttribute('data').certifications;
const id = (input: string) => {
  const found = resolveCertification(certs.values(), input);
  return 'id' in found ? found.id : `none (${found.suggestions.join(', ')})`;
};
const match = (input: string) => matchCertificationName(certificationIndex(certs), input);

describe('finding the certification a person means', () => {
  const asWritten: Array<[string, string]> = [
    ['cissp', 'cissp'],
    ['CISSP', 'cissp'],
    ['Security+', 'security-plus'],
    ['CompTIA Security+', 'security-plus'],
    ['CompTIA Security+ ce', 'security-plus'],
    ['CompTIA Security+ (SY0-601)', 'security-plus'],
    ['GIAC Certified Incident Handler (GCIH)', 'gcih'],
    ['SANS GCIH', 'gcih'],
    ['(ISC)² CISSP', 'cissp'],
    ['(ISC)2 CISSP', 'cissp'],
    ['ISC2 CISSP', 'cissp'],
    ['ISC 2 CISSP', 'cissp'],
    ['Certified Information Systems Security Professional', 'cissp'],
    ['CISSP – Certified Information Systems Security Professional', 'cissp'],
    ['ISC2 Certified in Cybersecurity (CC)', 'isc2-cc'],
    ['Certified in Governance, Risk and Compliance (CGRC)', 'cgrc'],
    ['Certified Information Security Manager®', 'cism'],
    ['ISACA CISM #1234567', 'cism'],
    ['CEH v12', 'ceh'],
    ['EC-Council Certified Chief Information Security Officer (C|CISO)', 'cciso'],
    ['Offensive Security Certified Professional (OSCP)', 'oscp'],
    ['ISO/IEC 27001 Lead Auditor (PECB)', 'iso-27001-lead-auditor'],
  ];
  for (const [input, expected] of asWritten) {
    it(`reads "${input}" as ${expected}`, () => expect(id(input)).toBe(expected));
  }

  it('does not take a bracketed abbreviation for a certification the rest of the name contradicts', () => {
    // CAP is CGRC's old name, and also the Certified Analytics Professional.
    expect(match('Certified Analytics Professional (CAP)')).toMatchObject({ ids: [], suggestions: ['cgrc'] });
    expect(match('AWS Certified Cloud Practitioner').ids).toEqual([]);
  });

  it('reads several certifications named in one entry', () => {
    expect(match('CISSP, CISM').ids).toEqual(['cissp', 'cism']);
    expect(match('CRISC and CISA').ids).toEqual(['crisc', 'cisa']);
    expect(match('CompTIA Network+ ce, CompTIA Security+ ce').ids).toEqual(['network-plus', 'security-plus']);
    expect(resolveCertification(certs.values(), 'CISSP, CISM')).toEqual({ suggestions: ['cissp', 'cism'] });
  });

  it('reads what a name says of its state: expired, in progress, an Associate of ISC2', () => {
    expect(match('CISSP (expired)')).toMatchObject({ ids: ['cissp'], status: 'expired' });
    expect(match('CISSP Candidate')).toMatchObject({ ids: ['cissp'], status: 'in-progress' });
    expect(match('Security+ (in progress)')).toMatchObject({ ids: ['security-plus'], status: 'in-progress' });
    expect(match('Associate of ISC2 (CISSP)')).toMatchObject({ ids: ['cissp'], status: 'associate' });
    expect(match('Associate of (ISC)² — CISSP')).toMatchObject({ ids: ['cissp'], status: 'associate' });
    expect(id('CISSP (expired)')).toMatch(/^none/);
  });

  it('suggests close certifications for a typo', () => {
    expect(id('Secuirty+')).toBe('none (security-plus)');
  });

  it('normalizes names one way for every door', () => {
    expect(certificationWords('(ISC)² CISSP')).toEqual(['isc2', 'cissp']);
    expect(certificationWords('CompTIA CySA+')).toEqual(['comptia', 'cysa', 'plus']);
    expect(certificationIndex(certs)).toBe(certificationIndex(certs));
  });
});

describe("the web picker's search uses the same matcher", () => {
  const abbreviations = (query: string) => searchCertifications(list, query).map((c) => c.abbreviation);
  it('puts the certification a whole name names first', () => {
    for (const [input, expected] of [
      ['CompTIA Security+ ce', 'security-plus'],
      ['GIAC Certified Incident Handler (GCIH)', 'gcih'],
      ['(ISC)² CISSP', 'cissp'],
      ['ISC2 Certified in Cybersecurity (CC)', 'isc2-cc'],
    ] as const) {
      expect(searchCertifications(list, input)[0]?.id).toBe(expected);
    }
  });

  it('still finds by the start of words, and by small typos', () => {
    expect(abbreviations('isc cis')).toContain('CISSP');
    expect(abbreviations('cisps')).toContain('CISSP');
    expect(abbreviations('securty+')).toContain('Security+');
    expect(searchCertifications(list, '').length).toBe(list.length);
  });
});

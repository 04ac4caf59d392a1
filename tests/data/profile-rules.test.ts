import { describe, expect, it } from 'vitest';
import {
  checkCertificationCount,
  checkMonthsInRole,
  checkRouteCount,
  checkYears,
  MAX_CERTIFICATIONS,
  MAX_MONTHS_IN_ROLE,
  MAX_YEARS,
} from '../../src/model/profile-rules.ts';

describe('the profile number rules', () => {
  it('take years as plain decimals from 0 to 60', () => {
    for (const [text, value] of [
      ['0', 0],
      ['2', 2],
      ['2.5', 2.5],
      ['.5', 0.5],
      [' 3 ', 3],
      ['60', 60],
      ['007', 7],
    ] as const) {
      expect(checkYears(text)).toEqual({ ok: true, value });
    }
  });

  it('refuse signs, exponents, hex, words, commas and years past a working life, saying what they expect', () => {
    for (const text of [
      '-1',
      '-0',
      '+1',
      '1e3',
      '1e1',
      '0x10',
      '0b1',
      'Infinity',
      'NaN',
      '',
      ' ',
      '2,5',
      '60.5',
      '61',
      '1 2',
      'two',
      '.',
      '٣',
    ]) {
      expect(checkYears(text), text).toEqual({ ok: false, expected: 'a number of years from 0 to 60, such as 2.5' });
    }
  });

  it('take months in the role as whole numbers up to 720', () => {
    expect(checkMonthsInRole('18')).toEqual({ ok: true, value: 18 });
    expect(checkMonthsInRole('720')).toEqual({ ok: true, value: MAX_MONTHS_IN_ROLE });
    for (const text of ['1.5', '721', '-1', '1e2', '0x1'])
      expect(checkMonthsInRole(text)).toEqual({
        ok: false,
        expected: 'a whole number of months from 0 to 720, such as 18',
      });
  });

  it('allow at most 100 certifications', () => {
    expect(checkCertificationCount(MAX_CERTIFICATIONS)).toEqual({ ok: true, value: 100 });
    expect(checkCertificationCount(101)).toEqual({ ok: false, expected: 'at most 100 certifications' });
  });

  it('check a number from a file or the code by its range, and refuse any other type', () => {
    expect(checkYears(2.5)).toEqual({ ok: true, value: 2.5 });
    expect(checkMonthsInRole(720)).toEqual({ ok: true, value: 720 });
    for (const value of [-1, 60.0001, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true, [2], { years: 2 }])
      expect(checkYears(value).ok, String(value)).toBe(false);
    expect(checkMonthsInRole(1.5).ok).toBe(false);
  });

  it('take 1 to 10 routes, whole', () => {
    expect(checkRouteCount('3')).toEqual({ ok: true, value: 3 });
    for (const input of ['0', '11', '2.5', 0, 11])
      expect(checkRouteCount(input)).toEqual({
        ok: false,
        expected: 'a whole number of routes from 1 to 10, such as 3',
      });
  });

  it('name their limits once: 60 years is 720 months', () => {
    expect(MAX_MONTHS_IN_ROLE).toBe(MAX_YEARS * 12);
  });
});

/** Dates in the data: written as text, and real (a pattern alone accepts 2017-13-45). */
import { describe, expect, it } from 'vitest';
import { dateSchema, isCalendarDate, isNotInFuture, partialDateSchema } from '@/lib/graph/dates';

describe('isCalendarDate', () => {
  it.each([
    ['2017-03-01', true],
    ['2016-02-29', true],
    ['2000-02-29', true],
    ['2017-13-45', false],
    ['2017-02-29', false],
    ['1900-02-29', false],
    ['2017-04-31', false],
    ['2017-00-10', false],
    ['2017-3-1', false],
    ['2017', false],
    ['0000-01-01', false],
  ])('%s → %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected));

  it('accepts a month or a year where partial dates are allowed, and still checks them', () => {
    expect(isCalendarDate('2015-01', true)).toBe(true);
    expect(isCalendarDate('2015', true)).toBe(true);
    expect(isCalendarDate('2015-13', true)).toBe(false);
  });
});

describe('date schemas', () => {
  it('say how to write a date YAML read as a number', () => {
    const result = partialDateSchema.safeParse(2015);
    expect(result.error?.issues[0]?.message).toBe('a date is written as text in quotes, e.g. "2015-01" (got 2015)');
  });

  it('refuse a day that does not exist', () => {
    expect(dateSchema.safeParse('2017-02-30').error?.issues[0]?.message).toBe('must be a date YYYY-MM-DD that exists');
  });

  it('refuse a date after today, naming why, and accept today', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(dateSchema.safeParse(today).success).toBe(true);
    expect(dateSchema.safeParse('2999-03-01').error?.issues.map((issue) => issue.message)).toEqual([
      'must not be in the future: a date says when something happened',
    ]);
    expect(partialDateSchema.safeParse('2999').success).toBe(false);
    // An impossible date is reported as impossible only.
    expect(dateSchema.safeParse('2999-02-30').error?.issues).toHaveLength(1);
  });
});

describe('isNotInFuture', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it.each([
    ['2017-03-01', true],
    ['2026-11-28', true], // a day's grace: it is already the 28th east of UTC
    ['2026-11-29', false],
    ['2026-12', false],
    ['2026', true],
    ['2027', false],
  ])('%s → %s', (text, expected) => expect(isNotInFuture(text, now)).toBe(expected));
});

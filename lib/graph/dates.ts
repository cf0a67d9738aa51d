/**
 * Dates in the data
 * =================
 * Dates are written as text (YYYY-MM-DD; a curated fact may be known only to the month or year). A pattern alone
 * accepts 2017-13-45, so each date is also checked against the calendar, and a date is something that has happened:
 * a document's publication or a curated fact's, never after today (a typo such as 2071 for 2017 would otherwise
 * sort the document first in every list and read as a fact).
 */
import { z } from 'zod';

/** True when YYYY-MM-DD, YYYY-MM or YYYY (as allowed) names a day, month or year that exists. */
export function isCalendarDate(text: string, allowPartial = false): boolean {
  const match = (allowPartial ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(text);
  if (!match) return false;
  // The calendar has no year 0 (1 BC is followed by AD 1): 0000 is a placeholder, not a date.
  if (match[1] === '0000') return false;
  const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = [31, isLeap(year as number) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    month - 1
  ] as number;
  return day >= 1 && day <= daysInMonth;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when the date (a partial one from its first day) is not after today, by UTC with a day's grace for zones ahead. */
export function isNotInFuture(text: string, now: Date = new Date()): boolean {
  const [year = '', month = '01', day = '01'] = text.split('-');
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return `${year}-${month}-${day}` <= tomorrow;
}

const FUTURE = { error: 'must not be in the future: a date says when something happened' };

/** In YAML an unquoted 2015 is a number: say how to write it instead of "expected string, received number". */
const asText = (example: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null
    ? undefined
    : `a date is written as text in quotes, e.g. "${example}" (got ${JSON.stringify(issue.input)})`;

/** A day: YYYY-MM-DD, and a real one. */
export const dateSchema = z
  .string({ error: asText('2017-03-01') })
  .refine((text) => isCalendarDate(text), { error: 'must be a date YYYY-MM-DD that exists', abort: true })
  .refine((text) => isNotInFuture(text), FUTURE);

/** A day, a month or a year (YYYY-MM-DD, YYYY-MM or YYYY), and a real one. */
export const partialDateSchema = z
  .string({ error: asText('2015-01') })
  .refine((text) => isCalendarDate(text, true), {
    error: 'must be a date YYYY-MM-DD, YYYY-MM or YYYY that exists',
    abort: true,
  })
  .refine((text) => isNotInFuture(text), FUTURE);

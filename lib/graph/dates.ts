/**
 * Dates in the data
 * =================
 * Dates are written as text (YYYY-MM-DD; a curated fact may be known only to the month or year). A pattern alone
 * accepts 2017-13-45, so each date is also checked against the calendar.
 */
import { z } from 'zod';

/** True when YYYY-MM-DD, YYYY-MM or YYYY (as allowed) names a day, month or year that exists. */
export function isCalendarDate(text: string, allowPartial = false): boolean {
  const match = (allowPartial ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(text);
  if (!match) return false;
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

/** In YAML an unquoted 2015 is a number: say how to write it instead of "expected string, received number". */
const asText = (example: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null
    ? undefined
    : `a date is written as text in quotes, e.g. "${example}" (got ${JSON.stringify(issue.input)})`;

/** A day: YYYY-MM-DD, and a real one. */
export const dateSchema = z
  .string({ error: asText('2017-03-01') })
  .refine((text) => isCalendarDate(text), { error: 'must be a date YYYY-MM-DD that exists' });

/** A day, a month or a year (YYYY-MM-DD, YYYY-MM or YYYY), and a real one. */
export const partialDateSchema = z
  .string({ error: asText('2015-01') })
  .refine((text) => isCalendarDate(text, true), { error: 'must be a date YYYY-MM-DD, YYYY-MM or YYYY that exists' });

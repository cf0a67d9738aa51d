/**
 * Which validation problem to report
 * ==================================
 * Every input (query parameters, named-query parameters, the Cypher console's body) is checked with a strict zod
 * schema and refused naming one problem. A misspelt field (`forom=arf`, `{"quer": …}`) gives two: the unknown
 * field and the real one left missing, and zod lists the missing one first. The typo is the cause, and the only
 * one the user can see in what they wrote, so it is the one reported.
 */
import type { z } from 'zod';

export function reportedIssue(error: z.ZodError): z.core.$ZodIssue | undefined {
  return error.issues.find((issue) => issue.code === 'unrecognized_keys') ?? error.issues[0];
}

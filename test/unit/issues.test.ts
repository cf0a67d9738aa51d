/** The problem reported for a refused input: a misspelt field before the required one it leaves missing. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reportedIssue } from '@/lib/issues';

const schema = z.strictObject({ forum: z.string(), parts: z.boolean().optional() });

describe('reportedIssue', () => {
  it('names the misspelt field, not the missing one zod lists first', () => {
    const result = schema.safeParse({ forom: 'arf' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
    expect(reportedIssue(result.error!)).toMatchObject({ code: 'unrecognized_keys', keys: ['forom'] });
  });

  it('otherwise reports the first problem', () => {
    const result = schema.safeParse({ forum: 'arf', parts: 'maybe' });
    expect(reportedIssue(result.error!)).toMatchObject({ path: ['parts'] });
  });
});

/** Choices in the data files: a refusal quotes what was written, and names the word meant for a slip of case. */
import { describe, expect, it } from 'vitest';
import { choiceSchema } from '@/lib/graph/choices';
import { basisSchema } from '@/lib/graph/schema';

const message = (
  schema: { safeParse(value: unknown): { error?: { issues: Array<{ message: string }> } } },
  value: unknown,
) => schema.safeParse(value).error?.issues[0]?.message;

describe('choiceSchema', () => {
  const kinds = choiceSchema(['principle', 'goal', 'action']);

  it('takes the words as written', () => {
    expect(kinds.safeParse('goal').success).toBe(true);
  });

  it('quotes an unknown word with the words allowed', () => {
    expect(message(kinds, 'aim')).toBe('must be one of principle, goal, action (got "aim")');
    expect(message(kinds, 3)).toBe('must be one of principle, goal, action');
  });

  it('names the word meant when only the case differs (a curated fact written "basis: Curated")', () => {
    expect(message(kinds, 'Goal')).toBe('"Goal" is written "goal" (these words are case-sensitive)');
    expect(message(basisSchema, 'Curated')).toBe('"Curated" is written "curated" (these words are case-sensitive)');
  });
});

/**
 * Choices in the data files
 * =========================
 * A field that takes one of a few words (an entity's type, a relationship's type): zod's own "Invalid option"
 * names neither what was written nor the nearest word, and the commonest slip is the case ("Forum", "part_of").
 */
import { z } from 'zod';

/** One of `values`; a refusal quotes what was written and, for a slip of case alone, the word meant. */
export function choiceSchema<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) => {
      const given = issue.input;
      if (typeof given !== 'string') return `must be one of ${values.join(', ')}`;
      const meant = values.find((value) => value.toLowerCase() === given.trim().toLowerCase());
      return meant
        ? `"${given}" is written "${meant}" (these words are case-sensitive)`
        : `must be one of ${values.join(', ')} (got "${given}")`;
    },
  });
}

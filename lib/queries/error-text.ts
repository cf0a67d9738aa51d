/**
 * Error text for the page
 * =======================
 * API errors are written for a terminal as much as for the page: commands in `backticks`, and often the same words
 * as the heading the page puts above them ("cypher: Cypher needs the Neo4j backend: run …", after the origin every
 * API error starts with). On the page the backticked parts become code and the repeated heading goes, with the
 * origin before it, so a reader sees each thing once and no stray punctuation. A message that does not repeat the
 * heading keeps its origin, as the /query page shows a named query's (`cypher: refused: …`).
 */

export interface TextPart {
  text: string;
  code: boolean;
}

/** The message as plain and code parts, without a leading "[<origin>: ]<heading>: " that the page already shows. */
export function errorTextParts(message: string, heading?: string, origin?: string): TextPart[] {
  let rest = message;
  const afterOrigin = origin && rest.startsWith(`${origin}: `) ? rest.slice(origin.length + 2) : rest;
  if (heading && afterOrigin.toLowerCase().startsWith(`${heading.toLowerCase()}: `)) {
    rest = afterOrigin.slice(heading.length + 2);
    rest = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  // Split on pairs of backticks; an unpaired one stays as written.
  return rest
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? { text: part.slice(1, -1), code: true }
        : { text: part, code: false },
    );
}

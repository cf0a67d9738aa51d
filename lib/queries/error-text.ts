/**
 * Error text for the page
 * =======================
 * API errors are written for a terminal as much as for the page: commands in `backticks`, and often the same words
 * as the heading the page puts above them ("Cypher needs the Neo4j backend: run …"). On the page the backticked
 * parts become code and the repeated heading goes, so a reader sees each thing once and no stray punctuation.
 */

export interface TextPart {
  text: string;
  code: boolean;
}

/** The message as plain and code parts, without a leading "<heading>: " that the page already shows. */
export function errorTextParts(message: string, heading?: string): TextPart[] {
  let rest = message;
  if (heading && rest.toLowerCase().startsWith(`${heading.toLowerCase()}: `)) {
    rest = rest.slice(heading.length + 2);
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

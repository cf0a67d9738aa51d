/**
 * Error text for people
 * =====================
 * A driver error's first line, fit for a log or a terminal: any credentials written into a URI
 * (`scheme://user:secret@host`) are cut. Shared by the API's log and the CLI, so both redact the same way.
 */
export function causeLine(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  return withoutCredentials(text.split('\n')[0] ?? '');
}

/** The text with any `user:secret@` written into a URI cut (`bolt://neo4j:pw@host` → `bolt://host`). */
export function withoutCredentials(text: string): string {
  return text.replace(/(\/\/)[^/\s@]*@/g, '$1');
}

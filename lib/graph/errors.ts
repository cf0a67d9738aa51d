/**
 * Data errors
 * ===========
 * One error type for bad input data: it carries every problem found (not just the first), each naming the file,
 * line and field it concerns, so a curator can fix them all in one pass.
 */

export interface DataIssue {
  /** Path of the input file, relative to the project when possible. */
  file?: string;
  /** 1-based line in that file, when the problem can be located. */
  line?: number;
  /** The field concerned, e.g. `entities[3].aliases[1]`. */
  field?: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = [issue.file, issue.line].filter((part) => part !== undefined).join(':');
  const field = issue.field ? `${issue.field}: ` : '';
  return `${where ? `${where}: ` : ''}${field}${issue.message}`;
}

/** "an instrument", "a state": node types in messages. */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

export class AtlasDataError extends Error {
  readonly issues: DataIssue[];

  constructor(origin: string, issues: DataIssue[]) {
    const shown = issues.slice(0, 50).map((issue) => `  - ${formatIssue(issue)}`);
    const more = issues.length > 50 ? [`  … and ${issues.length - 50} more`] : [];
    super(
      `${origin}: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the data\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'AtlasDataError';
    this.issues = issues;
  }
}

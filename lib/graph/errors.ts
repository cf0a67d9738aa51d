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
  /** What could not be checked because of these problems (a file that does not parse hides what depends on it). */
  readonly notChecked: string[];

  constructor(origin: string, issues: DataIssue[], notChecked: string[] = []) {
    const shown = issues.slice(0, 50).map((issue) => `  - ${formatIssue(issue)}`);
    const more = issues.length > 50 ? [`  … and ${issues.length - 50} more`] : [];
    // Said, so that fixing every listed problem and finding new ones next run is not a surprise.
    const pending = notChecked.length > 0 ? [`  Not checked until these are fixed: ${notChecked.join('; ')}.`] : [];
    super(
      `${origin}: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the data\n${[...shown, ...more, ...pending].join('\n')}`,
    );
    this.name = 'AtlasDataError';
    this.issues = issues;
    this.notChecked = notChecked;
  }
}

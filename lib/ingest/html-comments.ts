/**
 * HTML comments in a source
 * =========================
 * Markdown editors hide `<!-- … -->`, so a note left in a source looks like nothing there; but the reader takes a
 * source's body verbatim, and the note's words would become the strategy's sentences (and a "#" line in it a
 * section). A published strategy has no such notes: each comment is reported at its opening line (source.ts), and
 * its range keeps a "#" line inside from also being reported as a heading.
 */

export interface HtmlComment {
  /** Range in the body, from "<!--" to the end of "-->" (or of the body if never closed). */
  start: number;
  end: number;
  closed: boolean;
}

export function findHtmlComments(body: string): HtmlComment[] {
  const comments: HtmlComment[] = [];
  for (let start = body.indexOf('<!--'); start >= 0; start = body.indexOf('<!--', start + 4)) {
    const close = body.indexOf('-->', start + 4);
    if (close < 0) {
      comments.push({ start, end: body.length, closed: false });
      break;
    }
    comments.push({ start, end: close + 3, closed: true });
    start = close;
  }
  return comments;
}

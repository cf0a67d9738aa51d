/**
 * Fenced code in a source
 * =======================
 * Finds fenced code blocks (``` or ~~~, as CommonMark opens and closes them) in a document's body. A source is the
 * text of a published strategy, which has no code: a fence there is a paste or conversion accident, and its lines
 * would otherwise be read as the strategy's own headings and sentences. The reader refuses them (source.ts); the
 * ranges also keep a "#" line inside a fence from being taken for a heading, so that the one problem is not echoed
 * as a cascade of heading problems.
 */

export interface Fence {
  /** Range in the body, from the opening fence line to the end of the closing one (or of the body if unclosed). */
  start: number;
  end: number;
  /** 0-based line of the opening fence in the body. */
  lineIndex: number;
  /** The fence as written: "```" or "~~~~". */
  marker: string;
  closed: boolean;
}

const OPENING = /^ {0,3}(`{3,}|~{3,})/;

export function findFences(body: string): Fence[] {
  const fences: Fence[] = [];
  let open: Omit<Fence, 'end' | 'closed'> | undefined;
  let offset = 0;
  body.split('\n').forEach((line, lineIndex) => {
    const lineEnd = offset + line.length;
    const marker = OPENING.exec(line)?.[1];
    if (!open) {
      if (marker) open = { start: offset, lineIndex, marker };
    } else if (
      marker &&
      marker[0] === open.marker[0] &&
      marker.length >= open.marker.length &&
      /^[ \t]*$/.test(line.slice(line.indexOf(marker) + marker.length))
    ) {
      fences.push({ ...open, end: lineEnd, closed: true });
      open = undefined;
    }
    offset = lineEnd + 1;
  });
  if (open) fences.push({ ...open, end: body.length, closed: false });
  return fences;
}

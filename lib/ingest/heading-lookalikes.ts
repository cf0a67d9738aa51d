/**
 * Headings the reader would not see
 * =================================
 * A source's sections are its "#" headings at the start of a line (source.ts). Two other ways Markdown writes a
 * heading would otherwise be read as body text, and the section they open would silently merge into the one above
 * (or, before the first heading, be reported only as "text before the first heading"): a title underlined with
 * "===" or "---" (a setext heading), and a "#" heading indented by spaces or a tab. Each is named at its line with
 * the form to write instead. A "---" line after a blank line is a divider, not a heading, and stays allowed.
 */

export interface HeadingLookalike {
  /** 0-based line in the body. */
  lineIndex: number;
  message: string;
}

const UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const INDENTED_HEADING = /^[ \t]+(#{1,6})[ \t]+\S/;
const ATX_HEADING = /^#{1,6}[ \t]/;

/** `skip(lineIndex)`: lines to leave alone (inside a fenced block, already reported). */
export function findHeadingLookalikes(body: string, skip: (lineIndex: number) => boolean = () => false) {
  const found: HeadingLookalike[] = [];
  const lines = body.split('\n');
  lines.forEach((line, lineIndex) => {
    if (skip(lineIndex)) return;
    const underline = UNDERLINE.exec(line)?.[1];
    const above = lineIndex > 0 ? (lines[lineIndex - 1] as string) : '';
    if (underline && above.trim() !== '' && !ATX_HEADING.test(above) && !skip(lineIndex - 1)) {
      const level = underline.startsWith('=') ? '#' : '##';
      found.push({
        lineIndex,
        message: `"${above.trim()}" is underlined with "${underline}" (a Markdown setext heading), which is not read as a heading: write it as "${level} ${above.trim()}" and remove the underline`,
      });
      return;
    }
    const indented = INDENTED_HEADING.exec(line)?.[1];
    if (indented) {
      found.push({
        lineIndex,
        message: `a "${indented}" heading is indented, so it is not read as a heading: start the line with "${indented}"`,
      });
    }
  });
  return found;
}

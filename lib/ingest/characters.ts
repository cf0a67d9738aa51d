/**
 * Characters a data file never holds
 * ==================================
 * A control character other than a tab or a line end (a stray byte of a copy or a conversion), half of a UTF-16
 * surrogate pair (written in YAML as "\ud800"), the noncharacters U+FFFE and U+FFFF, and a byte-order mark past
 * the first character. None is printed, none is
 * text: an XML export cannot hold them (GEXF and GraphML would be invalid), Neo4j's driver sends a lone surrogate as
 * U+FFFD (so the two stores would differ), and a name holding one never matches the text. Refused at their line.
 */

/**
 * Without the `u` flag, so that a lone surrogate half is a character of its own. A byte-order mark is one only at
 * the very start (where it is dropped); anywhere after it, it is the seam of two files joined, and invisible.
 */
const FORBIDDEN =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|(?<=[^])\uFEFF/;

export interface ForbiddenCharacter {
  /** Offset in the text. */
  index: number;
  /** "U+0007". */
  code: string;
  /** What it is, for the message. */
  what: string;
}

/** The first character of `text` a data file may not hold, or undefined. */
export function forbiddenCharacter(text: string): ForbiddenCharacter | undefined {
  const found = FORBIDDEN.exec(text);
  if (!found) return undefined;
  const unit = found[0].charCodeAt(0);
  const code = `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    unit >= 0xd800 && unit <= 0xdfff
      ? 'half of a surrogate pair (not a character)'
      : unit === 0xfeff
        ? 'a byte-order mark inside the text (two files joined?)'
        : unit >= 0xfffe
          ? 'a noncharacter'
          : 'a control character';
  return { index: found.index, code, what };
}

/** "… after "Cyberspace is the"": the words before it, so the place can be found in an editor. */
export function describeForbidden(text: string, found: ForbiddenCharacter, written = ''): string {
  const before = text
    .slice(Math.max(0, found.index - 30), found.index)
    .replace(/^.*\n/s, '')
    .trim();
  const where = before ? ` after "${before}"` : '';
  return `holds ${found.what}, ${found.code}${written}${where}: delete it (it is invisible, and no export or store can keep it)`;
}

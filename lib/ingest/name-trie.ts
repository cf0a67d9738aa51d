/**
 * Name trie
 * =========
 * Finds many names in a text in one left-to-right pass: a trie over the names' characters, walked only from word
 * starts, a match taken only at a word end. It replaces one regular expression per gazetteer (an alternation of every
 * name), which took seconds and hit the engine's size limit with the ≈12,000 names of many strategies, and keeps
 * that expression's answers exactly:
 * - a word start is a position not preceded by a letter or digit (\p{L}, \p{N}), a word end one not followed by one;
 * - whitespace in a name matches any run of whitespace (\s) in the text;
 * - at a word start the name ranked first (the caller's order: longest first) among those that end at a word end is
 *   taken, and the scan goes on after it (a regular expression's leftmost-first alternation);
 * - case-folded tries compare characters as the engine's case-insensitive Unicode mode does: its own verdicts,
 *   asked once per character (`ſ` is `s`, `K` the Kelvin sign is `k`), so no hand-made table can drift from it.
 * Hand-rolled rather than an npm Aho–Corasick: those find every occurrence of raw strings, and the word bounds,
 * the whitespace runs, the case folding and the ranked choice above would all have to be rebuilt around them.
 */

export interface TrieMatch {
  start: number;
  end: number;
  /** Index of the matched name in the list the trie was built from. */
  rank: number;
}

export interface NameTrie {
  /** The matches in text[start, end), in text order; the range is the whole text for its word bounds. */
  scan(text: string, start?: number, end?: number): TrieMatch[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The best (lowest) rank of the names that end here; Infinity when none does. */
  rank: number;
}

/** The edge of a whitespace run (character keys are code points or case classes, never negative). */
const SPACE = -1;
const NO_CLASS = -2;

const WORD = /^[\p{L}\p{N}]$/u;
const WHITESPACE = /^\s$/u;
/** Per BMP character: 1 known, 2 letter or digit, 4 whitespace (astral ones are asked each time: rare). */
const kinds = new Uint8Array(0x10000);

function kindOf(cp: number): number {
  if (cp > 0xffff) {
    const char = String.fromCodePoint(cp);
    return 1 | (WORD.test(char) ? 2 : 0) | (WHITESPACE.test(char) ? 4 : 0);
  }
  let kind = kinds[cp] as number;
  if (kind === 0) {
    const char = String.fromCharCode(cp);
    kind = 1 | (WORD.test(char) ? 2 : 0) | (WHITESPACE.test(char) ? 4 : 0);
    kinds[cp] = kind;
  }
  return kind;
}

const isWord = (cp: number) => (kindOf(cp) & 2) !== 0;
const isSpace = (cp: number) => (kindOf(cp) & 4) !== 0;

/** The code point at `at`, a surrogate pair read whole only if both halves lie before `end` (as in a slice). */
function codePointAt(text: string, at: number, end: number): number {
  const high = text.charCodeAt(at);
  if (high >= 0xd800 && high <= 0xdbff && at + 1 < end) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return high;
}

/** The code point that ends just before `at`, not reaching before `start`. */
function codePointBefore(text: string, at: number, start: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at - 2 >= start) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Case classes as the engine's `iu` mode sees them: a character's class is the index of the first character of the
 * names' alphabet it matches case-insensitively (NO_CLASS if none), asked of the engine once per character. The
 * alphabet is split into patterns of a few hundred groups each, well inside the engine's limits.
 */
function caseClasses(alphabet: readonly number[]): (cp: number) => number {
  const CHUNK = 500;
  const chunks: RegExp[] = [];
  for (let at = 0; at < alphabet.length; at += CHUNK) {
    const groups = alphabet.slice(at, at + CHUNK).map((cp) => `(\\u{${cp.toString(16)}})`);
    chunks.push(new RegExp(`^(?:${groups.join('|')})$`, 'iu'));
  }
  const cache = new Map<number, number>();
  return (cp) => {
    let found = cache.get(cp);
    if (found !== undefined) return found;
    found = NO_CLASS;
    const char = String.fromCodePoint(cp);
    for (let chunk = 0; chunk < chunks.length && found === NO_CLASS; chunk++) {
      const match = (chunks[chunk] as RegExp).exec(char);
      if (match) found = chunk * CHUNK + match.findIndex((group, index) => index > 0 && group !== undefined) - 1;
    }
    cache.set(cp, found);
    return found;
  };
}

/**
 * A trie of `names` (their index is their rank: lower wins where several end at word ends from one start);
 * `foldCase` compares characters case-insensitively. Names are expected as the gazetteer gives them: trimmed, one
 * space between words.
 */
export function createNameTrie(names: readonly string[], foldCase: boolean): NameTrie {
  const words = names.map((name) => name.split(/\s+/).map((word) => [...word].map((c) => c.codePointAt(0) as number)));
  const alphabet = [...new Set(words.flat(2))];
  const keyOf = foldCase ? caseClasses(alphabet) : (cp: number) => cp;
  const root: TrieNode = { next: new Map(), rank: Infinity };
  words.forEach((nameWords, rank) => {
    let node = root;
    nameWords.forEach((word, index) => {
      const keys = index === 0 ? word.map(keyOf) : [SPACE, ...word.map(keyOf)];
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), rank: Infinity }));
        node = child;
      }
    });
    node.rank = Math.min(node.rank, rank);
  });

  /** The best-ranked name from `from` that ends at a word end, or undefined. */
  const walk = (text: string, from: number, end: number): TrieMatch | undefined => {
    let node = root;
    let best: TrieMatch | undefined;
    for (let at = from; at < end;) {
      const cp = codePointAt(text, at, end);
      let key: number;
      let after = at + width(cp);
      if (isSpace(cp)) {
        key = SPACE;
        while (after < end && isSpace(codePointAt(text, after, end))) after += width(codePointAt(text, after, end));
      } else {
        key = keyOf(cp);
      }
      const child = node.next.get(key);
      if (!child) break;
      node = child;
      at = after;
      if (node.rank < (best?.rank ?? Infinity) && (at === end || !isWord(codePointAt(text, at, end)))) {
        best = { start: from, end: at, rank: node.rank };
      }
    }
    return best;
  };

  return {
    scan(text, start = 0, end = text.length) {
      const matches: TrieMatch[] = [];
      for (let at = start; at < end;) {
        if (at === start || !isWord(codePointBefore(text, at, start))) {
          const match = walk(text, at, end);
          if (match) {
            matches.push(match);
            at = match.end;
            continue;
          }
        }
        at += width(codePointAt(text, at, end));
      }
      return matches;
    },
  };
}

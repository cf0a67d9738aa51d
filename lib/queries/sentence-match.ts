/**
 * Sentence matching
 * =================
 * What "a sentence contains the query" means, in one place for the explorer's search box, the table filter and
 * GET /api/commitments?q= on both stores. Text and query are folded the same way: lower case, and every run of
 * characters that are not letters, marks or digits becomes one space, so punctuation never decides a match
 * ("cyber-terrorism" is "cyber terrorism", "China's" is "china s"). The query is split into terms: words, and
 * phrases in double quotes. A sentence matches when its folded text contains every term as a substring.
 *
 * Substring rather than word-prefix: an analyst who is told "no sentence" must be able to trust it, so recall wins
 * ("terrorism" also finds "cyberterrorism", "sovereign" finds "sovereignty"); the explorer's ranking puts whole-word
 * hits first, which keeps the inside-a-word ones from crowding the list. Substring is also what Cypher's regex
 * answers exactly (termPattern), so both stores agree to the sentence.
 */

/** The longest query text taken (the explorer's search box and URL hold no more either). */
export const MAX_SENTENCE_QUERY = 200;

const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
/** A term must hold a letter or digit: marks alone (a stray accent, an emoji's variation selector) ask for nothing. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Straight and typographic double quotes open and close a phrase. */
const PHRASE = /["“”„]([^"“”„]*)["“”„]?/g;

/** Lower case, punctuation and spacing folded to single spaces, trimmed. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(SEPARATORS, ' ').trim();
}

/**
 * The query's terms, folded: each quoted phrase as one term (its words in order, single spaces), every other word
 * as its own term; duplicates removed, longest first (the most selective test runs first). An unclosed quote runs to
 * the end of the query. Empty when the query has no letter or digit. The query is read in NFKC form.
 */
export function sentenceTerms(query: string): string[] {
  const terms: string[] = [];
  // Compatibility forms read as the letters they stand for: full-width ｃｙｂｅｒ (an East Asian keyboard), the ligature
  // ﬁ, a decomposed é are the words the text writes plainly.
  const rest = query.normalize('NFKC').replace(PHRASE, (_whole, phrase: string) => {
    terms.push(foldText(phrase));
    return ' ';
  });
  terms.push(...foldText(rest).split(' '));
  return [...new Set(terms.filter((term) => LETTER_OR_DIGIT.test(term)))].sort((a, b) => b.length - a.length);
}

/** True when the folded text holds every term (an empty list of terms matches nothing: nothing was asked). */
export function containsAllTerms(foldedText: string, terms: readonly string[]): boolean {
  return terms.length > 0 && terms.every((term) => foldedText.includes(term));
}

/** One-shot test for a raw sentence; callers that test many sentences fold each once and use containsAllTerms. */
export function sentenceMatches(text: string, query: string): boolean {
  return containsAllTerms(foldText(text), sentenceTerms(query));
}

/**
 * A term as a regular expression over the unfolded text, for Cypher's `=~` (Java regex, which must match the whole
 * string, hence the `.*` at both ends): the term's words with any run of separators between them. Terms hold
 * letters, marks, digits and single spaces only (sentenceTerms), so no word needs escaping.
 *
 * Case is spelled out in the pattern: each lower-case letter becomes the class of the characters that JavaScript
 * lower-cases to it (`[iI]`, `[kKK]` with the Kelvin sign), which is what foldText does to the text. Neither Cypher's
 * `toLower` (Java's locale-dependent `toLowerCase()`: on a JVM in a Turkish locale "INTERNET" becomes "ınternet" and
 * `internet` found no sentence) nor the `(?iu)` flag (which also equates "ı" and "ſ" with "i" and "s") would agree
 * with the memory store.
 */
export function termPattern(term: string): string {
  const spelled = term
    .split(' ')
    .map((word) => [...word].map(casesPattern).join(''))
    .join('[^\\p{L}\\p{M}\\p{N}]+');
  return `(?s).*${spelled}.*`;
}

/** The characters that lower-case to each lower-case character, built once (the cased scripts lie below U+20000). */
let upperCases: Map<string, string> | undefined;

function casesPattern(char: string): string {
  if (!upperCases) {
    upperCases = new Map([['ς', 'Σ']]); // a final Σ lower-cases to ς, in context only
    for (let code = 0; code < 0x20000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const upper = String.fromCodePoint(code);
      const lower = upper.toLowerCase();
      if (lower !== upper && [...lower].length === 1) upperCases.set(lower, (upperCases.get(lower) ?? '') + upper);
    }
  }
  const others = upperCases.get(char);
  return others ? `[${char}${others}]` : char;
}

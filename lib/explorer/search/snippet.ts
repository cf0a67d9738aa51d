/**
 * Sentence snippet
 * ================
 * The part of a sentence around the first hit of a search, with every hit marked, for the search box's sentence
 * options: the label (the sentence's first ~70 characters) often stops before the word that was asked for. Hits
 * are found on the folded text (lib/queries/sentence-match.ts, as the match itself was) and mapped back to the
 * original characters, so "cyber-terrorism" is marked whole for "cyber terrorism".
 */
import { foldText } from '../../queries/sentence-match';

/** About how many characters of a sentence a snippet shows. */
export const SNIPPET_WIDTH = 140;
/** How much of the sentence before the first hit the snippet keeps, for context. */
const SNIPPET_LEAD = 40;
const ELLIPSIS = '…';
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface SnippetPart {
  text: string;
  /** A hit of the query, shown in <mark>. */
  hit: boolean;
}

interface Token {
  /** Where the word starts in the original text and in the folded one. */
  start: number;
  folded: number;
  /** Its length in each (equal unless lower-casing changed it). */
  length: number;
  foldedLength: number;
}

/** The folded text's words, each with where it stands in the original. */
function tokenize(text: string): { folded: string; tokens: Token[] } {
  const tokens: Token[] = [];
  const words: string[] = [];
  let folded = 0;
  for (const match of text.matchAll(WORD)) {
    const word = foldText(match[0]);
    tokens.push({ start: match.index, folded, length: match[0].length, foldedLength: word.length });
    words.push(word);
    folded += word.length + 1;
  }
  return { folded: words.join(' '), tokens };
}

/** An offset of the folded text as an offset of the original (inside a word only when lower-casing kept lengths). */
function toOriginal(tokens: readonly Token[], offset: number, isEnd: boolean): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (tokens[mid]!.folded <= offset - (isEnd ? 1 : 0)) low = mid;
    else high = mid - 1;
  }
  const token = tokens[low]!;
  const within = Math.min(offset - token.folded, token.foldedLength);
  if (token.length === token.foldedLength) return token.start + within;
  return token.start + (isEnd ? token.length : 0);
}

/** 2 for a whole word, 1 for a word's start, 0 inside a word (the folded text's separators are single spaces). */
function fitAt(folded: string, at: number, length: number): number {
  const starts = at === 0 || folded[at - 1] === ' ';
  const ends = at + length === folded.length || folded[at + length] === ' ';
  return starts ? (ends ? 2 : 1) : 0;
}

/**
 * The original ranges to mark, merged and in order, and where the snippet should centre: the first hit of the first
 * term that has one (terms come longest first, a phrase before its words, so "in" never decides the window).
 */
function hitRanges(
  text: string,
  terms: readonly string[],
): { ranges: Array<[number, number]>; anchor?: [number, number] } {
  const { folded, tokens } = tokenize(text);
  const ranges: Array<[number, number]> = [];
  let anchor: [number, number] | undefined;
  for (const term of terms) {
    if (!term) continue;
    const found: Array<{ at: number; fit: number }> = [];
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      found.push({ at, fit: fitAt(folded, at, term.length) });
    }
    // "in" should light up the word "in", not the start of "international": only a term's best-fitting
    // occurrences are marked (inside a word only when that is all there is, and then it is why the sentence matched).
    const best = Math.max(-1, ...found.map((hit) => hit.fit));
    for (const { at } of found.filter((hit) => hit.fit === best)) {
      const range: [number, number] = [toOriginal(tokens, at, false), toOriginal(tokens, at + term.length, true)];
      anchor ??= range;
      ranges.push(range);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return { ranges: merged, anchor };
}

/** The window to show: from a word start a little before the anchor hit, about `width` long, ending at a word end. */
function snippetWindow(text: string, firstHit: [number, number] | undefined, width: number): [number, number] {
  if (text.length <= width) return [0, text.length];
  let start = Math.max(0, (firstHit?.[0] ?? 0) - SNIPPET_LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < (firstHit?.[0] ?? text.length) ? space + 1 : start;
  }
  let end = Math.max(Math.min(text.length, start + width), firstHit?.[1] ?? 0);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, firstHit?.[1] ?? 0)) end = space;
  }
  return [start, end];
}

/** `fn()` returns the snippet as parts; with no hit (nothing asked, or nothing found) the sentence's start. */
export function sentenceSnippet(text: string, terms: readonly string[], width: number = SNIPPET_WIDTH): SnippetPart[] {
  const { ranges: hits, anchor } = hitRanges(text, terms);
  const [start, end] = snippetWindow(text, anchor, width);
  const parts: SnippetPart[] = [];
  const plain = (from: number, to: number) => {
    if (to > from) parts.push({ text: text.slice(from, to), hit: false });
  };
  let at = start;
  for (const [from, to] of hits) {
    if (to <= start || from >= end) continue;
    plain(at, Math.max(at, from));
    parts.push({ text: text.slice(Math.max(from, at), Math.min(to, end)), hit: true });
    at = Math.min(to, end);
  }
  plain(at, end);
  if (start > 0) parts.unshift({ text: ELLIPSIS, hit: false });
  if (end < text.length) parts.push({ text: ELLIPSIS, hit: false });
  return parts;
}

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

/** The original ranges of every occurrence of every term, merged and in order. */
function hitRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const { folded, tokens } = tokenize(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (!term) continue;
    const found: number[] = [];
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) found.push(at);
    // "un" should light up "UN", not also the "un" of "Council": hits inside a word are marked only when the term
    // is nowhere at a word's start (then they are why the sentence matched).
    const atWordStart = found.filter((at) => at === 0 || folded[at - 1] === ' ');
    for (const at of atWordStart.length ? atWordStart : found) {
      ranges.push([toOriginal(tokens, at, false), toOriginal(tokens, at + term.length, true)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The window to show: from a word start a little before the first hit, about `width` long, ending at a word end. */
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
  const hits = hitRanges(text, terms);
  const [start, end] = snippetWindow(text, hits[0], width);
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

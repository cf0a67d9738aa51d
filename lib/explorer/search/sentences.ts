/**
 * Sentence search
 * ===============
 * Finds the commitments whose whole sentence holds every word of the search text, in the client graph the explorer
 * already has (GET /api/graph sends each commitment's `text`; name search cannot see past its ~70-character label).
 * Each sentence is folded once per graph (lib/queries/sentence-match.ts, the same rule as GET /api/commitments?q=),
 * so a keystroke costs one substring test per term and sentence. Ranked best first: the whole text as a phrase,
 * then terms that are whole words, then word starts, then the earliest hit; shown with a snippet around the first hit.
 */
import { containsAllTerms, foldText, sentenceTerms } from '../../queries/sentence-match';
import type { ClientGraph } from '../graph/client-graph';
import { sentenceSnippet, type SnippetPart } from './snippet';

export type { SnippetPart };

/** Sentences shown under the names; the rest are a count that leads to the table. */
export const SENTENCE_LIMIT = 8;

export interface SentenceEntry {
  id: string;
  label: string;
  text: string;
  /** "self" (the issuer's own) or "others" (asked of others), when the graph says. */
  kind?: string;
  /** The folded text (foldText), computed once per graph. */
  folded: string;
}

export interface SentenceHit {
  id: string;
  label: string;
  kind?: string;
  snippet: SnippetPart[];
}

export interface SentenceResults {
  /** How many sentences match in all. */
  total: number;
  /** The best of them, at most the limit asked for. */
  hits: SentenceHit[];
}

export const NO_SENTENCES: SentenceResults = { total: 0, hits: [] };

const indexes = new WeakMap<ClientGraph, SentenceEntry[]>();

/** The graph's sentence index, built on first use and kept while the graph lives. */
export function sentenceIndexOf(graph: ClientGraph): SentenceEntry[] {
  let index = indexes.get(graph);
  if (!index) {
    index = buildSentenceIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

/** Every commitment that carries its sentence, folded once (run when a graph arrives, not per keystroke). */
export function buildSentenceIndex(graph: ClientGraph): SentenceEntry[] {
  const entries: SentenceEntry[] = [];
  graph.forEachNode((id, { nodeType, label, meta }) => {
    if (nodeType !== 'commitment' || !meta.text) return;
    entries.push({ id, label, text: meta.text, kind: meta.kind, folded: foldText(meta.text) });
  });
  return entries;
}

interface Ranked {
  entry: SentenceEntry;
  phrase: boolean;
  wholeWords: number;
  wordStarts: number;
  first: number;
}

/** How well a folded text holds a term: 2 as a whole word, 1 at a word's start, 0 inside a word; -1 not at all. */
function termFit(folded: string, term: string): { fit: number; first: number } {
  let best = -1;
  const first = folded.indexOf(term);
  for (let at = first; at >= 0 && best < 2; at = folded.indexOf(term, at + 1)) {
    const starts = at === 0 || folded[at - 1] === ' ';
    const ends = at + term.length === folded.length || folded[at + term.length] === ' ';
    best = Math.max(best, starts ? (ends ? 2 : 1) : 0);
  }
  return { fit: best, first };
}

function rank(entry: SentenceEntry, terms: readonly string[], phrase: string | null): Ranked {
  let wholeWords = 0;
  let wordStarts = 0;
  let first = Infinity;
  for (const term of terms) {
    const fit = termFit(entry.folded, term);
    if (fit.fit === 2) wholeWords += 1;
    if (fit.fit >= 1) wordStarts += 1;
    first = Math.min(first, fit.first);
  }
  return { entry, phrase: phrase !== null && entry.folded.includes(phrase), wholeWords, wordStarts, first };
}

function compareRanked(a: Ranked, b: Ranked): number {
  return (
    Number(b.phrase) - Number(a.phrase) ||
    b.wholeWords - a.wholeWords ||
    b.wordStarts - a.wordStarts ||
    a.first - b.first ||
    a.entry.folded.length - b.entry.folded.length ||
    a.entry.id.localeCompare(b.entry.id)
  );
}

/** The sentences holding every term of the query, best first, cut at `limit`, each with its snippet. */
export function searchSentences(
  index: readonly SentenceEntry[],
  query: string,
  limit: number = SENTENCE_LIMIT,
): SentenceResults {
  const terms = sentenceTerms(query);
  if (terms.length === 0) return NO_SENTENCES;
  // Several words typed without quotes still rank a sentence that has them together, in order, first.
  const whole = foldText(query);
  const phrase = terms.length > 1 && !terms.includes(whole) ? whole : null;
  const ranked: Ranked[] = [];
  for (const entry of index) {
    if (containsAllTerms(entry.folded, terms)) ranked.push(rank(entry, terms, phrase));
  }
  ranked.sort(compareRanked);
  return {
    total: ranked.length,
    hits: ranked.slice(0, limit).map(({ entry }) => ({
      id: entry.id,
      label: entry.label,
      ...(entry.kind ? { kind: entry.kind } : {}),
      snippet: sentenceSnippet(entry.text, phrase ? [phrase, ...terms] : terms),
    })),
  };
}

/**
 * Search box logic
 * ================
 * The state machine behind the autocomplete, kept apart from the view: the options in the order the arrow keys walk
 * them (names first, then sentences, then the "more sentences" link), which one is active, and what Enter selects
 * (the active option, else the best name, else the best sentence). Names come from GET /api/search, which ranks
 * them over labels and aliases; sentences from the client graph (./sentences.ts).
 */
import { matchRanker, WORD_START_RANK } from '../../queries/search';
import type { SearchResult } from '../api/client';
import type { SentenceHit, SentenceResults } from './sentences';

export const SEARCH_LIMIT = 8;
export const SEARCH_DEBOUNCE_MS = 120;

export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

/** Arrow-key movement over the options, wrapping; -1 means "no option active" (focus stays in the input). */
export function moveActive(active: number, delta: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}

/** One option of the list: a node by name, a sentence (commitment) by its text, or the way to the rest of those. */
export type SearchOption =
  | { kind: 'name'; id: string; result: SearchResult }
  | { kind: 'sentence'; id: string; hit: SentenceHit }
  | { kind: 'more-sentences'; count: number };

/**
 * The options in list order: every name, then every sentence shown, then "N more sentences" when some are left. A
 * commitment whose label matched and whose sentence is shown is listed once, as the sentence (with the words
 * marked), not also by its label cut at ~70 characters.
 */
export function searchOptions(names: readonly SearchResult[], sentences: SentenceResults): SearchOption[] {
  const shown = new Set(sentences.hits.map((hit) => hit.id));
  const options: SearchOption[] = names
    .filter((result) => !shown.has(result.id))
    .map((result) => ({ kind: 'name', id: result.id, result }));
  for (const hit of sentences.hits) options.push({ kind: 'sentence', id: hit.id, hit });
  const more = sentences.total - sentences.hits.length;
  if (more > 0) options.push({ kind: 'more-sentences', count: more });
  return options;
}

/**
 * What Enter selects: the active option when there is one, else the best name, else (no name matches) the best
 * sentence; never the "more" link unasked, since it leaves the graph for the table.
 */
export function enterTarget(options: readonly SearchOption[], active: number): SearchOption | undefined {
  const chosen = options[active];
  if (chosen) return chosen;
  return options.find((option) => option.kind !== 'more-sentences');
}

/**
 * What a screen reader hears once the list has settled ("3 names and 5 sentences, 12 more in the table: arrow keys
 * to choose"): focus stays in the input, so without it the list's arrival is silent and its size unknown until one
 * arrows through it. Said once per settled query, not per keystroke (the names arrive after the debounce).
 */
export function resultsSummary(options: readonly SearchOption[]): string {
  const count = (kind: SearchOption['kind']) => options.filter((option) => option.kind === kind).length;
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const names = count('name');
  const sentences = count('sentence');
  if (names + sentences === 0) return 'No match';
  const parts = [names ? plural(names, 'name') : '', sentences ? plural(sentences, 'sentence') : ''].filter(Boolean);
  const more = options.find((option) => option.kind === 'more-sentences');
  const rest = more?.kind === 'more-sentences' ? `, ${more.count} more in the table` : '';
  return `${parts.join(' and ')}${rest}: arrow keys to choose`;
}

/** The node ids the list shows (names and sentences), for the graph to emphasise. */
export function optionIds(options: readonly SearchOption[]): string[] {
  return options.flatMap((option) => (option.kind === 'more-sentences' ? [] : [option.id]));
}

/**
 * The alias that matched, when the label itself does not match at the start of a word ("ARF" for ASEAN Regional
 * Forum; "UN Human Rights Council" for "UN", whose label has "un" only inside "Council"): the ranking put the
 * result there for the alias, so the option must say so or it looks like noise.
 */
export function matchedAlias(result: SearchResult, query: string): string | undefined {
  const q = normaliseQuery(query);
  if (!q) return undefined;
  const rankOf = matchRanker(q);
  const labelRank = rankOf([result.label]);
  if (labelRank !== undefined && labelRank <= WORD_START_RANK) return undefined;
  let best: { alias: string; rank: number } | undefined;
  for (const alias of result.aliases) {
    const rank = rankOf([alias]);
    if (rank !== undefined && rank < (best?.rank ?? labelRank ?? Infinity)) best = { alias, rank };
  }
  return best?.alias;
}

/** A tiny most-recent cache so that Enter right after typing does not wait for a second identical request. */
export class SearchCache {
  private readonly entries = new Map<string, SearchResult[]>();
  constructor(private readonly capacity = 50) {}

  get(query: string): SearchResult[] | undefined {
    return this.entries.get(normaliseQuery(query).toLowerCase());
  }

  set(query: string, results: SearchResult[]): void {
    const key = normaliseQuery(query).toLowerCase();
    this.entries.delete(key);
    this.entries.set(key, results);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

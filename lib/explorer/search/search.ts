/**
 * Search box logic
 * ================
 * The state machine behind the autocomplete, kept apart from the view: which option is active as the arrow keys
 * move, and what Enter selects (the active option, else the best match). Results come from GET /api/search, which
 * already ranks them best first over labels and aliases.
 */
import { matchRanker, WORD_START_RANK } from '../../queries/search';
import type { SearchResult } from '../api/client';

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

/** What Enter selects: the active option when there is one, else the best (first) result. */
export function enterTarget(results: readonly SearchResult[], active: number): SearchResult | undefined {
  return results[active] ?? results[0];
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

/**
 * Search ranking
 * ==============
 * One ranking for both stores: exact name first, then names that start with the query, then a word of the name,
 * then anywhere in it. Entities rank above structure (a commitment's label is its sentence) on equal terms.
 */
import type { SearchResult } from '../store/types';

export const SEARCH_LIMIT_DEFAULT = 10;
export const SEARCH_LIMIT_MAX = 100;

/** The rank of a name matching at the start of one of its words; lower ranks are exact and prefix matches. */
export const WORD_START_RANK = 2;

/** A ranker for one query: lower is better; undefined when no name matches. */
export function matchRanker(query: string): (names: readonly string[]) => number | undefined {
  const q = query.trim().toLowerCase();
  const wordStart = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(q)}`, 'u');
  return (names) => {
    if (!q) return undefined;
    let best: number | undefined;
    for (const name of names) {
      const n = name.toLowerCase();
      const rank =
        n === q ? 0 : n.startsWith(q) ? 1 : !n.includes(q) ? undefined : wordStart.test(n) ? WORD_START_RANK : 3;
      if (rank !== undefined && (best === undefined || rank < best)) best = rank;
    }
    return best;
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A Java regex for Cypher's `=~` that holds every name containing the query, case aside: the store's prefilter
 * before rankSearch decides. Case is ignored by the pattern (`(?iu)`, the same in every locale), never by Cypher's
 * `toLower` (Java's locale-dependent `toLowerCase()`: in a Turkish locale "Internet" becomes "ınternet" and
 * `internet` found neither the IGF nor "Internet Plus"). Every character but a letter or digit is written as
 * `\x{…}`, so no query is read as a pattern.
 */
export function searchPattern(query: string): string {
  const literal = [...query.trim().toLowerCase()]
    .map((ch) => (/[\p{L}\p{N}]/u.test(ch) ? ch : `\\x{${ch.codePointAt(0)!.toString(16)}}`))
    .join('');
  return `(?siu).*${literal}.*`;
}

const TYPE_ORDER: Record<string, number> = { commitment: 3, section: 2, document: 1 };

/** Orders candidates best first and cuts to the limit. */
export function rankSearch(query: string, candidates: readonly SearchResult[], limit: number): SearchResult[] {
  const rankOf = matchRanker(query);
  return candidates
    .map((candidate) => ({ candidate, rank: rankOf([candidate.label, ...candidate.aliases, candidate.id]) }))
    .filter((entry): entry is { candidate: SearchResult; rank: number } => entry.rank !== undefined)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (TYPE_ORDER[a.candidate.type] ?? 0) - (TYPE_ORDER[b.candidate.type] ?? 0) ||
        a.candidate.label.length - b.candidate.label.length ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

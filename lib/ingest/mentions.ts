/**
 * Mention finding
 * ===============
 * Finds where the text names a gazetteer entity: longest name first, whole words only, acronyms case-sensitive.
 * So "UN" is never found inside "UNGGE", and "UN Charter" is the instrument, not a mention of the UN. The names are
 * matched by a trie (name-trie.ts) in one pass over the text, however many there are.
 */
import { normaliseName } from '../graph/names';
import { isAcronym, type GazetteerEntity } from './gazetteer';
import { namesIn } from './local-aliases';
import { createNameTrie } from './name-trie';

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** The name as written in the text. */
  text: string;
}

export interface MentionMatcher {
  find(text: string, start?: number, end?: number): Mention[];
}

/**
 * The matcher of `entities`' names in one document's text (`documentId`: their local aliases there too). Where two
 * names of one entity differ only in case, or (outside a validated gazetteer) two entities share a name, the name's
 * owner is the last entity that gives it.
 */
export function createMentionMatcher(entities: readonly GazetteerEntity[], documentId?: string): MentionMatcher {
  const owner = new Map<string, string>();
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  for (const entity of entities) {
    const explicit = new Set((entity.caseSensitive ?? []).map(normaliseName));
    for (const name of new Set(namesIn(entity, documentId).map(normaliseName))) {
      if (isAcronym(name) || explicit.has(name)) {
        owner.set(name, entity.id);
        sensitive.push(name);
      } else {
        owner.set(name.toLowerCase(), entity.id);
        insensitive.push(name);
      }
    }
  }
  const byRank = (names: string[]) => [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const tries = [
    { names: byRank(sensitive), fold: false },
    { names: byRank(insensitive), fold: true },
  ].map(({ names, fold }) => ({ names, fold, trie: createNameTrie(names, fold) }));

  return {
    find(text, start = 0, end = text.length) {
      const candidates: Mention[] = [];
      for (const { names, fold, trie } of tries) {
        for (const match of trie.scan(text, start, end)) {
          const name = names[match.rank] as string;
          const entityId = owner.get(fold ? name.toLowerCase() : name) as string;
          candidates.push({ entityId, start: match.start, end: match.end, text: text.slice(match.start, match.end) });
        }
      }
      return dropParentheticalRepeats(text, longestOfOverlapping(candidates));
    },
  };
}

/**
 * Across the case-sensitive and insensitive names, the longest of overlapping mentions (the earlier of two as
 * long; a case-sensitive one before an insensitive one at the same place), in text order.
 */
function longestOfOverlapping(candidates: Mention[]): Mention[] {
  // A stable sort: candidates come case-sensitive first.
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept mentions never overlap, so sorted by start they are sorted by end too: the first that ends after a
  // candidate's start is the only one that can overlap it.
  const kept: Mention[] = [];
  for (const candidate of byLength) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((kept[middle] as Mention).end > candidate.start) high = middle;
      else low = middle + 1;
    }
    const next = kept[low];
    if (next && next.start < candidate.end) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}

/** "United Nations Governmental Groups of Experts (UNGGE)" names one entity once, not twice. */
function dropParentheticalRepeats(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((mention, index) => {
    const previous = mentions[index - 1];
    if (!previous || previous.entityId !== mention.entityId) return true;
    const between = text.slice(previous.end, mention.start);
    return !(/^\s*\($/.test(between) && text[mention.end] === ')');
  });
}

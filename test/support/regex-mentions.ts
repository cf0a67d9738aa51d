/**
 * Regular-expression mention finding (the test oracle)
 * ====================================================
 * lib/ingest/mentions.ts as it was before the name trie (commit 2c68ac5), kept verbatim but for its imports and
 * name: one alternation of every name per case mode. The differential tests check the trie against it; it is slow
 * and breaks on a large gazetteer, which is why it was replaced.
 */
import { AtlasDataError } from '@/lib/graph/errors';
import { isAcronym, type GazetteerEntity } from '@/lib/ingest/gazetteer';
import type { Mention, MentionMatcher } from '@/lib/ingest/mentions';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whitespace in a name matches any run of whitespace in the text (line wraps, double spaces). */
function namePattern(name: string): string {
  return name.split(/\s+/).map(escapeRegExp).join('\\s+');
}

function alternation(names: string[]): string | undefined {
  if (names.length === 0) return undefined;
  // Longest first: at any position the alternation then prefers "UN Charter" over "UN".
  const sorted = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return sorted.map(namePattern).join('|');
}

/** `file` (the gazetteer) is named if the names are too many or too long for one pattern. */
export function createRegexMentionMatcher(entities: readonly GazetteerEntity[], file?: string): MentionMatcher {
  const owner = new Map<string, string>();
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  for (const entity of entities) {
    const explicit = new Set(entity.caseSensitive ?? []);
    for (const name of new Set([entity.label, ...entity.aliases])) {
      if (isAcronym(name) || explicit.has(name)) {
        owner.set(name, entity.id);
        sensitive.push(name);
      } else {
        owner.set(name.toLowerCase(), entity.id);
        insensitive.push(name);
      }
    }
  }
  // The engine's limits ("Regular expression too large" when it compiles, at the first search; a stack overflow for
  // a name thousands of words long) are reached only by a gazetteer far beyond any document's: the data's problem
  // to name, not a crash.
  const beyondLimits = (error: unknown) => {
    const names = [...sensitive, ...insensitive];
    const longest = names.reduce((max, name) => Math.max(max, name.length), 0);
    const reason = error instanceof Error ? error.message.replace(/^.*: /s, '') : String(error);
    return new AtlasDataError('lib/ingest', [
      {
        file,
        message: `the names cannot be matched in the text (${reason}): ${names.length} name${names.length === 1 ? '' : 's'}, the longest ${longest} characters; fewer or shorter names`,
      },
    ]);
  };
  const wrap = (source: string, flags: string) => {
    try {
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
    } catch (error) {
      throw beyondLimits(error);
    }
  };
  const sensitiveSource = alternation(sensitive);
  const insensitiveSource = alternation(insensitive);
  const patterns = [
    sensitiveSource ? { regex: wrap(sensitiveSource, 'gu'), fold: false } : undefined,
    insensitiveSource ? { regex: wrap(insensitiveSource, 'giu'), fold: true } : undefined,
  ].filter((pattern) => pattern !== undefined);

  const ownerOf = (written: string, fold: boolean): string | undefined => {
    const normalised = written.replace(/\s+/g, ' ');
    return owner.get(fold ? normalised.toLowerCase() : normalised);
  };

  return {
    find(text, start = 0, end = text.length) {
      const slice = text.slice(start, end);
      const candidates: Mention[] = [];
      for (const { regex, fold } of patterns) {
        regex.lastIndex = 0;
        let matches: RegExpMatchArray[];
        try {
          matches = [...slice.matchAll(regex)];
        } catch (error) {
          throw beyondLimits(error);
        }
        for (const match of matches) {
          const entityId = ownerOf(match[0], fold);
          if (!entityId) continue;
          const at = start + (match.index as number);
          candidates.push({ entityId, start: at, end: at + match[0].length, text: match[0] });
        }
      }
      // Across the two patterns, keep the longest of overlapping names; then restore text order.
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: Mention[] = [];
      for (const candidate of candidates) {
        if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
      }
      kept.sort((a, b) => a.start - b.start);
      return dropParentheticalRepeats(text, kept);
    },
  };
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

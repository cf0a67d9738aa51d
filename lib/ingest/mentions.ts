/**
 * Mention finding
 * ===============
 * Finds where the text names a gazetteer entity: longest name first, whole words only, acronyms case-sensitive.
 * So "UN" is never found inside "UNGGE", and "UN Charter" is the instrument, not a mention of the UN.
 */
import { isAcronym, type GazetteerEntity } from './gazetteer';

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

export function createMentionMatcher(entities: readonly GazetteerEntity[]): MentionMatcher {
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
  const wrap = (source: string, flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
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
        for (const match of slice.matchAll(regex)) {
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

/**
 * Generated mention-finding cases
 * ===============================
 * Seeded random gazetteers and texts for the differential tests of mention finding (trie against the regular
 * expressions it replaced): names as the gazetteer gives them (acronyms inside longer acronyms, names with
 * characters that are special in a regular expression, accented, Greek, Cyrillic and astral letters), and texts
 * that name them in every way that has a rule (case variants, any whitespace between their words, letters or digits
 * glued to them, "Name (ACRONYM)"), among near misses. Made up here: no real data.
 */
import { seededRandom } from '@/lib/graph/layout';
import { nameKey, normaliseName } from '@/lib/graph/names';
import type { GazetteerEntity } from '@/lib/ingest/gazetteer';

const NAME_PARTS = [
  'UN',
  'UNGGE',
  'UNGA',
  'UN-GGE',
  'U.N.',
  'UNESCO',
  'ITU',
  'ITU-T',
  'G20',
  'G7',
  'BRICS',
  'SCO',
  'ARF',
  'ASEAN',
  'C++',
  '(ISC)²',
  'A&B',
  'x|y',
  '[brackets]',
  'back\\slash',
  'a*b',
  '^caret',
  'Q?',
  '$dollar',
  'dot.com',
  '1+1',
  'United',
  'Nations',
  'General',
  'Assembly',
  'Group',
  'of',
  'Governmental',
  'Experts',
  'Internet',
  'Forum',
  'Cyberspace',
  'Security',
  'Charter',
  'Code',
  'Conduct',
  'the',
  'Regional',
  'Union',
  'Sécurité',
  'Über',
  'Straße',
  'Ελλάδα',
  'Κώδικας',
  'Россия',
  'Безопасность',
  '中国',
  '网络',
  'İstanbul',
  'ǅemal',
  '𝐀lpha',
  'naïve',
  'Øresund',
];

/** Characters glued to a name (it must then not be found) or beside it (it must). */
const WORD_CHARS = ['a', 'Z', 'é', 'ß', 'Ж', 'λ', '中', '𝐀', '٣', '²', '7', 'ǅ'];
const NON_WORD_CHARS = [' ', ',', '.', '-', '_', '(', ')', "'", '’', '"', '/', '\u00ad', '\u200b', '🙂', '—'];
const WHITESPACE = [' ', ' ', '  ', '\n', '\t', '\u00a0', ' \n  ', '\u2003', '\u3000', '\r\n', '\ufeff'];
const FILLER = ['the', 'and', 'of', 'uniform', 'nationsx', 'will', 'support', 'un', 'Un', 'UNited', 'forum.', 'C+'];

export interface MentionCase {
  entities: GazetteerEntity[];
  text: string;
}

export function generateMentionCase(seed: number, size: { names: number; tokens: number }): MentionCase {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  // Names, distinct as the gazetteer requires (ignoring case and spacing); written with stray spacing first, then
  // normalised as the gazetteer reads them.
  const names: string[] = [];
  const keys = new Set<string>();
  for (let tries = 0; names.length < size.names && tries < size.names * 20; tries++) {
    const words = Array.from({ length: 1 + Math.floor(random() * random() * 4) }, () => pick(NAME_PARTS));
    const name = normaliseName(words.map((word, i) => (i === 0 ? word : `${pick(WHITESPACE)}${word}`)).join(''));
    if (keys.has(nameKey(name))) continue;
    keys.add(nameKey(name));
    names.push(name);
  }
  const entities: GazetteerEntity[] = [];
  for (let at = 0; at < names.length;) {
    const own = names.slice(at, at + 1 + Math.floor(random() * 3));
    at += own.length;
    const [label, ...aliases] = own as [string, ...string[]];
    const sensitive = own.filter(() => random() < 0.15);
    entities.push({
      id: `e${entities.length}`,
      type: 'organization',
      label,
      aliases,
      basis: 'text',
      ...(sensitive.length > 0 ? { caseSensitive: sensitive } : {}),
    });
  }

  const variant = (name: string): string => {
    const words = name.split(' ');
    const spaced = words.map((word, i) => (i === 0 ? word : `${pick(WHITESPACE)}${word}`)).join('');
    const choice = random();
    if (choice < 0.4) return spaced;
    if (choice < 0.55) return spaced.toUpperCase();
    if (choice < 0.7) return spaced.toLowerCase();
    // Character by character, where the other case is one character too (not "ß" → "SS"); the Kelvin sign is a
    // "k" to the engine's case folding.
    return [...spaced]
      .map((c) => {
        const other = random() < 0.5 ? c.toUpperCase() : c.toLowerCase();
        if (c === 'k' && random() < 0.3) return '\u212a';
        return [...other].length === 1 ? other : c;
      })
      .join('');
  };

  const tokens: string[] = [];
  for (let i = 0; i < size.tokens; i++) {
    const choice = random();
    const entity = pick(entities);
    const name = pick([entity.label, ...entity.aliases]);
    if (choice < 0.35) tokens.push(variant(name));
    else if (choice < 0.45) tokens.push(`${pick(WORD_CHARS)}${variant(name)}`);
    else if (choice < 0.55) tokens.push(`${variant(name)}${pick(WORD_CHARS)}`);
    else if (choice < 0.62) {
      // "Full Name (ACRONYM)": the same entity twice, or another one in the brackets.
      const other = pick([...entity.aliases, entity.label, pick(names)]);
      tokens.push(`${variant(name)}${pick(['', ' ', '  ', '\n'])}(${variant(other)})`);
    } else if (choice < 0.7) tokens.push(name.slice(0, Math.max(1, Math.floor(random() * name.length))));
    else if (choice < 0.8) tokens.push(pick(NON_WORD_CHARS));
    else tokens.push(pick(FILLER));
    tokens.push(random() < 0.7 ? pick(WHITESPACE) : pick(NON_WORD_CHARS));
  }
  return { entities, text: tokens.join('') };
}

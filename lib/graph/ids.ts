/**
 * Stable ids
 * ==========
 * Human-readable slugs for nodes and deterministic keys for edges, so that a fact keeps its id from one build
 * (and one load into Neo4j) to the next. Never random, never a database id.
 */

/** "The Principle of Peace" → "the-principle-of-peace". Diacritics are folded; anything else becomes a hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "IV" → 4; undefined when the text is not a roman numeral. */
export function romanToInt(text: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i] as string] as number;
    const next = i + 1 < text.length ? (ROMAN[text[i + 1] as string] as number) : 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * An id as a person writes or pastes it, read as the slug it names: ids are lower-case slugs, so `ARF` and ` arf`
 * name `arf`. Every reader of ids from outside (API paths and parameters, the explorer's URL) goes through this.
 */
export function normaliseId(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * An edge key as a person writes or pastes it (`part_of:ARF->ASEAN`), read as the key it names
 * (`PART_OF:arf->asean`): relationship types are upper case and node ids lower-case slugs, as in normaliseId.
 * Text that is not shaped like a key is only trimmed (and then names no edge).
 */
export function normaliseEdgeKey(text: string): string {
  const key = /^([A-Za-z_]+):(.+?)->(.+)$/.exec(text.trim());
  if (!key) return text.trim();
  const [, type, source, target] = key as unknown as [string, string, string, string];
  return edgeKey(type.toUpperCase(), normaliseId(source), normaliseId(target));
}

/** The key of an edge: one edge per (type, source, target), so loads can MERGE on it. */
export function edgeKey(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

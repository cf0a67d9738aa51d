/**
 * Attribute flattening
 * ====================
 * GEXF, GraphML and CSV hold only primitive values, while the atlas keeps lists (aliases, spans) and provenance
 * objects on its nodes and edges. Anything that is not a string, number or boolean is written as JSON text, so
 * nothing is lost and a script can read it back with one JSON.parse.
 */

export type Primitive = string | number | boolean;

export function flattenValue(value: unknown): Primitive | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return JSON.stringify(value);
}

export function flattenAttributes(attributes: Record<string, unknown> | undefined): Record<string, Primitive> {
  const flat: Record<string, Primitive> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    const primitive = flattenValue(value);
    if (primitive !== undefined) flat[name] = primitive;
  }
  return flat;
}

/** Attribute names in a stable order: the leading ones as given, the rest alphabetically, the trailing ones last. */
export function orderedNames(
  names: Iterable<string>,
  leading: readonly string[],
  trailing: readonly string[] = [],
): string[] {
  const all = new Set(names);
  const middle = [...all].filter((name) => !leading.includes(name) && !trailing.includes(name)).sort();
  return [...leading, ...middle, ...trailing.filter((name) => all.has(name))];
}

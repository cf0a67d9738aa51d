/**
 * Node names in query forms
 * =========================
 * Analysts know ASEAN by its name, not by its id `asean`. The /query forms therefore take a node's name, one of its
 * aliases ("ARF") or its id, and this turns each into the id the named query wants, among the node types the
 * parameter allows. What names nothing, names a node of the wrong type, or names several nodes is refused in the
 * analyst's words, naming the parameter: 'from: no node is named "Foo" — pick one from the list'.
 */
import { echo, NotFoundError } from '../store/errors';
import { typeName } from '../explorer/graph/kinds';
import { normaliseId } from '../graph/ids';
import type { NodeName } from './result-view';
import type { QueryParameter } from './types';

/** A node as the forms take it (by label or alias) and the result tables name it (./result-view's NodeName). */
export interface NamedNode extends NodeName {
  id: string;
  aliases: readonly string[];
}

/** The parameter types whose value names a node. */
const NODE_PARAMETER_TYPES: ReadonlySet<string> = new Set(['node', 'entity', 'action']);

/** What the parameter's nodes are called in a sentence: "node", "forum, organisation or process". */
function kindOf(parameter: QueryParameter): string {
  if (parameter.type === 'action') return 'plan-of-action item';
  if (parameter.type === 'entity') return 'forum, organisation or process';
  return 'node';
}

/** Names compare without case, and with runs of spaces as one. */
function folded(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function refuse(parameter: QueryParameter, detail: string): NotFoundError {
  return new NotFoundError(`${parameter.name}: ${detail} — pick one from the list`);
}

/** The id that `text` names for `parameter`: an id, else a name, else an alias (a name wins over an alias). */
export function resolveNodeName(parameter: QueryParameter, text: string, nodes: readonly NamedNode[]): string {
  const allowed = (node: NamedNode) =>
    !parameter.nodeTypes || (parameter.nodeTypes as readonly string[]).includes(node.type);
  const wanted = folded(text);
  const byId = nodes.find((node) => node.id === normaliseId(text));
  const byName = nodes.filter((node) => folded(node.label) === wanted);
  const byAlias = nodes.filter((node) => node.aliases.some((alias) => folded(alias) === wanted));
  for (const found of [byId ? [byId] : [], byName, byAlias]) {
    if (found.length === 0) continue;
    const fitting = found.filter(allowed);
    if (fitting.length === 1) return fitting[0]!.id;
    if (fitting.length > 1) {
      const which = fitting.map((node) => `${node.label} (${node.id})`).join(', ');
      throw refuse(parameter, `"${echo(text, 80)}" names several: ${which}`);
    }
    const other = found[0]!;
    throw refuse(parameter, `${other.label} is ${article(typeName(other.type))}, not a ${kindOf(parameter)}`);
  }
  throw refuse(parameter, `no ${kindOf(parameter)} is named "${echo(text, 80)}"`);
}

function article(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word.toLowerCase()}`;
}

/**
 * Every node-naming parameter of `raw` as an id; other values as they are. Blank values stay blank (the query's
 * own validation says "required").
 */
export function resolveNodeNames(
  parameters: readonly QueryParameter[],
  raw: Readonly<Record<string, string>>,
  nodes: readonly NamedNode[],
): Record<string, string> {
  const resolved: Record<string, string> = { ...raw };
  for (const parameter of parameters) {
    const value = raw[parameter.name];
    if (!NODE_PARAMETER_TYPES.has(parameter.type) || value === undefined || value.trim() === '') continue;
    resolved[parameter.name] = resolveNodeName(parameter, value, nodes);
  }
  return resolved;
}

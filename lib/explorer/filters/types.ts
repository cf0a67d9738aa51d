/**
 * Type filters
 * ============
 * Which node types the legend shows. The URL stores the visible types (null = all); these helpers toggle one type,
 * solo it or show it again without ever producing an unordered or duplicated list.
 */
import type { NodeType } from '@/lib/graph/schema';
import { isNodeType, NODE_TYPE_ORDER } from '../graph/kinds';
import { normaliseTypes } from '../url/state';

export function isTypeVisible(visible: readonly NodeType[] | null, type: string): boolean {
  return visible === null || (visible as readonly string[]).includes(type);
}

export function toggleType(visible: readonly NodeType[] | null, type: NodeType): NodeType[] | null {
  const current = visible ?? NODE_TYPE_ORDER;
  return normaliseTypes(current.includes(type) ? current.filter((t) => t !== type) : [...current, type]);
}

/** Only this type; soloing the only visible type again shows everything. */
export function soloType(visible: readonly NodeType[] | null, type: NodeType): NodeType[] | null {
  if (visible && visible.length === 1 && visible[0] === type) return null;
  return normaliseTypes([type]);
}

/** Shows these types as well (no change for those shown already). */
export function showTypes(visible: readonly NodeType[] | null, types: readonly NodeType[]): NodeType[] | null {
  return visible === null ? null : normaliseTypes([...visible, ...types]);
}

/**
 * The type of a selected node when the filter hides it (a link such as `/?node=arf&types=commitment`), so the
 * details can say why the node is not on the canvas; null when it is shown or not a known type.
 */
export function hiddenType(visible: readonly NodeType[] | null, type: string): NodeType | null {
  return isNodeType(type) && !isTypeVisible(visible, type) ? type : null;
}

/**
 * The hidden ones among the types of a selection's nodes (a relationship's two ends), each once, in the legend's
 * order: the canvas draws a relationship only when both its ends are shown.
 */
export function hiddenTypes(visible: readonly NodeType[] | null, types: readonly string[]): NodeType[] {
  const hidden = new Set(types.map((type) => hiddenType(visible, type)));
  return NODE_TYPE_ORDER.filter((type) => hidden.has(type));
}

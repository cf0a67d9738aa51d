/**
 * Type filters
 * ============
 * Which node types the legend shows. The URL stores the visible types (null = all); these helpers toggle one type
 * or solo it without ever producing an unordered or duplicated list.
 */
import type { NodeType } from '@/lib/graph/schema';
import { NODE_TYPE_ORDER } from '../graph/kinds';
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

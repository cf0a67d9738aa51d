/**
 * Node kinds for the browser
 * ==========================
 * The node types in legend order and the "forum" types, without importing lib/graph/schema (whose zod schemas
 * would otherwise be shipped to every browser). A unit test keeps these lists equal to the schema's.
 */
import type { NodeType } from '@/lib/graph/schema';
import { TYPE_STYLE } from '@/lib/graph/style';

/** Legend order: the order of TYPE_STYLE, which follows NODE_TYPES. */
export const NODE_TYPE_ORDER = Object.keys(TYPE_STYLE) as NodeType[];

/** The institutional venues (organization, forum, process), as FORUM_TYPES in lib/graph/schema. */
export const FORUM_NODE_TYPES: readonly NodeType[] = ['organization', 'forum', 'process'];

export function isNodeType(value: string): value is NodeType {
  return Object.hasOwn(TYPE_STYLE, value);
}

export function typeName(type: string): string {
  return isNodeType(type) ? TYPE_STYLE[type].name : type;
}

export function typeColor(type: string): string {
  return isNodeType(type) ? TYPE_STYLE[type].color : '#999999';
}

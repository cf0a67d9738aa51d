/**
 * Type swatch
 * ===========
 * The colour dot of a node type. Decorative: the type's name is always written next to it, so no information is
 * carried by colour alone.
 */
import { typeColor } from '@/lib/explorer/graph/kinds';

export function TypeSwatch({ type }: { type: string }) {
  return <span className="swatch" aria-hidden="true" style={{ background: typeColor(type) }} />;
}

/**
 * Hidden-type notice
 * ==================
 * Said at the top of the details when the selection is not on the canvas because the legend's filter hides a type:
 * the selected node's own (a link such as `/?node=arf&types=commitment`), or that of an end of the selected
 * relationship (the canvas draws a relationship only when both its ends are shown). Otherwise the panel describes
 * something the canvas and the table do not show, with no reason given. One button shows those types again. A
 * polite status, so it is announced without interrupting.
 */
'use client';

import type { NodeType } from '@/lib/graph/schema';
import { TYPE_STYLE } from '@/lib/graph/style';

interface Props {
  /** The hidden types (one for a node; one or two for a relationship's ends). */
  types: readonly NodeType[];
  subject: 'node' | 'relationship';
  onShow: (types: readonly NodeType[]) => void;
}

export function HiddenTypeNotice({ types, subject, onShow }: Props) {
  const names = types.map((type) => TYPE_STYLE[type].name).join(', ');
  const plurals = types.map((type) => TYPE_STYLE[type].plural.toLowerCase()).join(' and ');
  return (
    <div className="details-notice" role="status">
      <p>
        {subject === 'node'
          ? `This node’s type (${names}) is hidden in the graph: the node is not drawn there, nor listed in the table.`
          : `This relationship is not drawn in the graph: the type of ${types.length === 1 ? 'an end' : 'its ends'} (${names}) is hidden.`}
      </p>
      <button type="button" onClick={() => onShow(types)}>
        Show {plurals}
      </button>
    </div>
  );
}

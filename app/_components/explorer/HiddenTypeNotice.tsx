/**
 * Hidden-type notice
 * ==================
 * Said at the top of the details when the selected node's type is filtered out (a link such as
 * `/?node=arf&types=commitment`): otherwise the panel describes a node the canvas and the table do not show, with
 * no reason given. One button shows that type again. A polite status, so it is announced without interrupting.
 */
'use client';

import type { NodeType } from '@/lib/graph/schema';
import { TYPE_STYLE } from '@/lib/graph/style';

export function HiddenTypeNotice({ type, onShow }: { type: NodeType; onShow: (type: NodeType) => void }) {
  const style = TYPE_STYLE[type];
  return (
    <div className="details-notice" role="status">
      <p>
        This node’s type ({style.name}) is hidden in the graph: the node is not drawn there, nor listed in the table.
      </p>
      <button type="button" onClick={() => onShow(type)}>
        Show {style.plural.toLowerCase()}
      </button>
    </div>
  );
}

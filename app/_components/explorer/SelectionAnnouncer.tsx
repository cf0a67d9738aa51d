/**
 * Selection announcer
 * ===================
 * A polite live region that tells screen-reader users what is now selected, wherever focus is (a click on the
 * canvas moves none), and whether the filter keeps it off the canvas.
 */
'use client';

import type { NodeType } from '@/lib/graph/schema';
import { TYPE_STYLE } from '@/lib/graph/style';
import { hiddenType, hiddenTypes } from '@/lib/explorer/filters/types';
import { relationSentence } from '@/lib/explorer/selection/relations';
import type { SelectionDetails } from '@/lib/explorer/selection/useSelectionDetails';

export function SelectionAnnouncer({
  selection,
  visibleTypes,
}: {
  selection: SelectionDetails;
  visibleTypes: NodeType[] | null;
}) {
  let text = '';
  if (selection.status === 'node') {
    const { label, type, text: sentence } = selection.details.node;
    const hidden = hiddenType(visibleTypes, type);
    // A commitment's label is its sentence cut at ~70 characters ("… international organizations, Intern…"): heard,
    // the cut word means nothing, so the whole sentence is read, as the details show it.
    const name = type === 'commitment' && typeof sentence === 'string' ? `commitment: ${sentence}` : label;
    text = `Selected ${name}${hidden ? `. Its type, ${TYPE_STYLE[hidden].name}, is hidden in the graph.` : ''}`;
  } else if (selection.status === 'edge') {
    const { edge, source, target } = selection.details;
    const hidden = hiddenTypes(visibleTypes, [source.type, target.type]).map((type) => TYPE_STYLE[type].name);
    text = `Selected relationship: ${relationSentence(edge.type, source.label, target.label)}${hidden.length > 0 ? `. It is not drawn: ${hidden.join(' and ')} hidden in the graph.` : ''}`;
  }
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}

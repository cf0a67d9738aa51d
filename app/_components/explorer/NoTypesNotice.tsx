/**
 * No types shown
 * ==============
 * Every node type filtered out (by the legend, or a link whose ?types= names none) leaves a blank canvas: say so,
 * with a way back to all types.
 */
'use client';

export function NoTypesNotice({ onShowAll }: { onShowAll: () => void }) {
  return (
    <p className="graph-empty" role="status">
      No node types are shown.{' '}
      <button type="button" className="link-button" onClick={onShowAll}>
        Show all types
      </button>
    </p>
  );
}

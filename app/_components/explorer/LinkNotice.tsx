/**
 * Link notice
 * ===========
 * Says what the link the explorer was opened with asked for and did not get (lib/explorer/url/ignored.ts), so a
 * cut or hand-edited link does not open a plain explorer as if it had asked for nothing. A status in the explorer
 * bar beside the highlight chip, closed by its button (focus then goes to the search, where one goes next).
 */
'use client';

interface Props {
  ignored: readonly string[];
  onDismiss: () => void;
}

export function LinkNotice({ ignored, onDismiss }: Props) {
  return (
    <div className="highlight-chip link-notice" data-testid="link-notice">
      <span role="status">Ignored from the link: {ignored.join('; ')}.</span>
      <button type="button" className="chip-clear" onClick={onDismiss} aria-label="Dismiss the note on the link">
        ×
      </button>
    </div>
  );
}

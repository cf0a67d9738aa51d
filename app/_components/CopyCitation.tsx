'use client';
/**
 * Copy citation
 * =============
 * A button that puts a quote's citation on the clipboard and says so (to screen readers too). Where the page may
 * not write the clipboard (a plain-http address other than localhost, a refused permission) the citation appears
 * in a read-only field, selected, to copy by hand: the analyst always gets the text.
 */
import { useEffect, useRef, useState } from 'react';

type State = 'idle' | 'copied' | 'manual';

export function CopyCitation({ citation, label }: { citation: string; label: string }) {
  const [state, setState] = useState<State>('idle');
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state === 'manual') field.current?.select();
    if (state !== 'copied') return;
    const reset = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(reset);
  }, [state]);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(citation);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <>
      <button type="button" className="link-button" aria-label={label} onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : 'Copy citation'}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Citation copied to the clipboard' : ''}
      </span>
      {state === 'manual' ? (
        <label className="citation-field">
          Citation (the clipboard is not available here: copy it from this field)
          <textarea ref={field} readOnly rows={4} value={citation} />
        </label>
      ) : null}
    </>
  );
}

/**
 * Citation bar
 * ============
 * A bar at the foot of the reader that cites the passage in view: the sentence the URL's #anchor names (a
 * commitment, or the passage an explorer quote marked), or the text the reader selects, which replaces it. It
 * stays until another passage is chosen or it is closed (× or Escape): clicking Copy must not lose a selection
 * that the click itself collapses. The quote is read from the rendered text (without the ◆ links), and the
 * section from the heading above it, so any sentence of any document can be cited.
 */
'use client';

import { useCallback, useEffect, useState } from 'react';
import { citePassage, type ReaderCitationContext, type ReaderPassage } from '@/lib/explorer/document/citing';
import { CopyCitation } from '../CopyCitation';

const TEXT = '.reader-text';
const HEADING = 'h2[id], h3[id], h4[id]';
/** Link glyphs inside the text that are not part of it. */
const NOT_TEXT = '.commitment-link';

/** The text of a fragment or element as the document has it, without the reader's own link glyphs. */
function textWithout(node: DocumentFragment | Element): string {
  const copy = node.cloneNode(true) as DocumentFragment | Element;
  copy.querySelectorAll(NOT_TEXT).forEach((glyph) => glyph.remove());
  return copy.textContent ?? '';
}

/** The id of the section `node` stands in: its own heading's, or the nearest heading's before its block. */
function sectionOf(node: Node, root: Element): string | null {
  let block: Element | null = node instanceof Element ? node : node.parentElement;
  while (block && block.parentElement !== root) block = block.parentElement;
  for (let at = block; at; at = at.previousElementSibling) if (at.matches(HEADING)) return at.id;
  return null;
}

function targetPassage(): ReaderPassage | null {
  const root = document.querySelector(TEXT);
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!root || !target || !root.contains(target) || target.matches(HEADING)) return null;
  return { quote: textWithout(target), sectionId: sectionOf(target, root), kind: 'sentence' };
}

function selectedPassage(): ReaderPassage | null {
  const root = document.querySelector(TEXT);
  const selection = document.getSelection();
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const quote = textWithout(range.cloneContents());
  if (!quote.trim()) return null;
  return { quote, sectionId: sectionOf(range.startContainer, root), kind: 'selection' };
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

export function CitationBar({ context }: { context: ReaderCitationContext }) {
  const [passage, setPassage] = useState<ReaderPassage | null>(null);
  const close = useCallback(() => setPassage(null), []);

  useEffect(() => {
    const fromTarget = () => setPassage(targetPassage());
    const fromSelection = () => {
      const selected = selectedPassage();
      if (selected) setPassage(selected);
    };
    // A selection made while the page was still loading (before this listened) counts as one made after.
    const fromPage = () => setPassage(selectedPassage() ?? targetPassage());
    fromPage();
    window.addEventListener('hashchange', fromTarget);
    document.addEventListener('selectionchange', fromSelection);
    return () => {
      window.removeEventListener('hashchange', fromTarget);
      document.removeEventListener('selectionchange', fromSelection);
    };
  }, []);

  useEffect(() => {
    if (!passage) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [passage, close]);

  const citation = passage ? citePassage(context, passage) : undefined;
  if (!passage || !citation) return null;
  const section = passage.sectionId ? context.sectionPaths[passage.sectionId] : undefined;
  const what = passage.kind === 'selection' ? 'the selected text' : 'the linked sentence';
  return (
    <aside className="citation-bar" aria-label="Citation">
      <p className="citation-bar-quote">
        <span className="visually-hidden">{passage.kind === 'selection' ? 'Selected: ' : 'Linked: '}</span>“
        {excerpt(passage.quote)}”
        {section && section.length > 0 ? <span className="muted"> · {section.join(' › ')}</span> : null}
      </p>
      <div className="citation-bar-actions">
        <CopyCitation key={citation} citation={citation} label={`Copy citation of ${what}`} />
        <button
          type="button"
          className="link-button citation-bar-close"
          aria-label="Close the citation bar"
          onClick={close}
        >
          ×
        </button>
      </div>
    </aside>
  );
}

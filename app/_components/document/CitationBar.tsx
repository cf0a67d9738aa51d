/**
 * Citation bar
 * ============
 * A bar at the foot of the reader that cites the passage in view: what the URL's #anchor names (a commitment
 * sentence, the passage an explorer quote marked, a paragraph, a whole section), or the text the reader selects,
 * which replaces it. It stays until another passage is chosen or it is closed (× or Escape): clicking Copy must not
 * lose a selection that the click itself collapses. The quote is read from the rendered text (without the ◆ and ¶
 * links), and the section from the block it stands in, so any sentence of any document can be cited. A selection
 * that starts or ends inside a word is cited from or to that word's edge (lib/explorer/document/words.ts): a drag
 * that missed a letter must not misquote the document.
 *
 * Following a paragraph's ¶ or a section's § link (Reader.tsx) is how a keyboard cites: the bar then takes the
 * focus, on its Copy button, since it stands before the text in the Tab order and the reader would otherwise have
 * to go back through every link above; closing it gives the focus back to the link.
 */
'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { citePassage, type ReaderCitationContext, type ReaderPassage } from '@/lib/explorer/document/citing';
import { snapToWords } from '@/lib/explorer/document/words';
import { fragmentTarget } from '@/lib/explorer/document/fragment';
import { CopyCitation } from '../CopyCitation';

const TEXT = '.reader-text';
const HEADING = 'h2[id], h3[id], h4[id]';
const PARAGRAPH = 'p[id]';
/** A block's ¶ or § link (Reader.tsx). */
const PERMALINK = 'a.permalink';
/** Link glyphs inside the text that are not part of it (a ¶ link has no text, but a quote must not rely on it). */
const NOT_TEXT = `.commitment-link, ${PERMALINK}`;

/** The reader's blocks (Reader.tsx): each ends a line of the text. */
const BLOCK = 'p, h2, h3, h4';

/**
 * The text of a fragment or element as the document has it, without the reader's own link glyphs. Each block in it
 * ends with a line break, as in the source: the DOM has none between blocks, and a selection over the end of one
 * paragraph and a heading would otherwise read "…system.Chapter I. Opportunities and ChallengesWith the".
 */
function textWithout(node: DocumentFragment | Element): string {
  const copy = node.cloneNode(true) as DocumentFragment | Element;
  copy.querySelectorAll(NOT_TEXT).forEach((glyph) => glyph.remove());
  copy.querySelectorAll(BLOCK).forEach((block) => block.append('\n'));
  return copy.textContent ?? '';
}

/** The id of the section `node` stands in, as its block names it (Reader.tsx); null before the first heading. */
function sectionOf(node: Node, root: Element): string | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest('[data-section]');
  return block && root.contains(block) ? block.getAttribute('data-section') : null;
}

function targetPassage(): ReaderPassage | null {
  const root = document.querySelector(TEXT);
  const target = fragmentTarget(window.location.hash, (id) => document.getElementById(id));
  if (!root || !target || !root.contains(target)) return null;
  const sectionId = sectionOf(target, root);
  if (target.matches(HEADING)) return { quote: '', sectionId, kind: 'section' };
  const kind = target.matches(PARAGRAPH) ? 'paragraph' : 'sentence';
  return { quote: textWithout(target), sectionId, kind };
}

/**
 * The text of the block holding `node` before (`side` "before") or after the point `node`/`offset`: what a word cut
 * at a selection's edge continues with. Empty outside a block.
 */
function blockTextBeside(node: Node, offset: number, side: 'before' | 'after', root: Element): string {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCK);
  if (!block || !root.contains(block)) return '';
  const range = document.createRange();
  range.selectNodeContents(block);
  if (side === 'before') range.setEnd(node, offset);
  else range.setStart(node, offset);
  return textWithout(range.cloneContents());
}

function selectedPassage(): ReaderPassage | null {
  const root = document.querySelector(TEXT);
  const selection = document.getSelection();
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const quote = snapToWords(
    {
      before: blockTextBeside(range.startContainer, range.startOffset, 'before', root),
      selected: textWithout(range.cloneContents()),
      after: blockTextBeside(range.endContainer, range.endOffset, 'after', root),
    },
    // The document's language (Reader.tsx) decides what a word is.
    root.getAttribute('lang') ?? undefined,
  );
  if (!quote.trim()) return null;
  return { quote, sectionId: sectionOf(range.startContainer, root), kind: 'selection' };
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

const WHAT: Record<ReaderPassage['kind'], string> = {
  sentence: 'the linked sentence',
  paragraph: 'the linked paragraph',
  section: 'the linked section',
  selection: 'the selected text',
};

export function CitationBar({ context }: { context: ReaderCitationContext }) {
  const [passage, setPassage] = useState<ReaderPassage | null>(null);
  /** Bumped when a followed ¶ / § link hands the focus to the bar. */
  const [focusRequest, setFocusRequest] = useState(0);
  const bar = useRef<HTMLElement>(null);
  /** The ¶ / § link the bar was opened from, which gets the focus back when the bar closes. */
  const opener = useRef<HTMLAnchorElement | null>(null);

  const close = useCallback(() => {
    const focused = bar.current?.contains(document.activeElement) ?? false;
    setPassage(null);
    if (focused && opener.current?.isConnected) opener.current.focus();
  }, []);

  useEffect(() => {
    /** The ¶ / § link just followed, until its fragment is the URL's. */
    let followed: HTMLAnchorElement | null = null;
    const fromTarget = () => {
      const next = targetPassage();
      setPassage(next);
      const link = followed;
      followed = null;
      if (next && link && link.hash === window.location.hash) {
        opener.current = link;
        setFocusRequest((n) => n + 1);
      }
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(PERMALINK) : null;
      // A modified click opens the link elsewhere: this page's fragment does not change.
      if (!link || event.defaultPrevented || event.button !== 0) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      followed = link;
      // Following the fragment the URL has already changes nothing, so no hashchange follows: cite it all the same
      // (the reader closed the bar and asks for it again), once the link's own navigation is done, as that takes
      // the focus away from whatever this handler would give it to.
      if (link.hash === window.location.hash) setTimeout(fromTarget, 0);
    };
    const fromSelection = () => {
      const selected = selectedPassage();
      if (selected) setPassage(selected);
    };
    // A selection made while the page was still loading (before this listened) counts as one made after.
    const fromPage = () => setPassage(selectedPassage() ?? targetPassage());
    fromPage();
    window.addEventListener('hashchange', fromTarget);
    document.addEventListener('click', onClick);
    document.addEventListener('selectionchange', fromSelection);
    return () => {
      window.removeEventListener('hashchange', fromTarget);
      document.removeEventListener('click', onClick);
      document.removeEventListener('selectionchange', fromSelection);
    };
  }, []);

  useEffect(() => {
    if (focusRequest > 0) bar.current?.querySelector<HTMLElement>('button')?.focus();
  }, [focusRequest]);

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
  const where = section && section.length > 0 ? section.join(' › ') : '';
  return (
    <aside ref={bar} className="citation-bar" aria-label="Citation">
      <p className="citation-bar-quote">
        <span className="visually-hidden">{passage.kind === 'selection' ? 'Selected: ' : 'Linked: '}</span>
        {passage.kind === 'section' ? (
          <>Section: {where}</>
        ) : (
          <>
            “{excerpt(passage.quote)}”{where ? <span className="muted"> · {where}</span> : null}
          </>
        )}
      </p>
      <div className="citation-bar-actions">
        <CopyCitation key={citation} citation={citation} label={`Copy citation of ${WHAT[passage.kind]}`} />
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

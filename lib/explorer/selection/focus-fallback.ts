/**
 * Focus after a selection change
 * ==============================
 * Where focus goes when a new selection removed the element that held it: the relationships table of the Table view
 * is rebuilt for the new node (or goes, for a relationship), and Back/Forward replace the details' links. The
 * browser would drop focus to <body>: a screen reader loses its place and the next Tab starts over. Instead focus
 * lands on what took the removed element's place, in the same part of the page. Browser-only.
 */
import type { SelectionDetails } from './useSelectionDetails';

export interface FocusAtChange {
  element: Element | null;
  /** Whether it was in the Table view's panel (read now: once removed, its ancestors are gone too). */
  inTable: boolean;
}

export const SEARCH_INPUT = '[role="searchbox"]';

/** What has focus now, as the selection is about to change. */
export function noteFocus(): FocusAtChange {
  const element = document.activeElement;
  return { element, inTable: element?.closest('#view-panel-table') != null };
}

/**
 * A selector for the element to focus once the new selection is shown, or null when focus was not lost: it was on
 * <body> already (a click on the canvas moves none), or its element is still in the page.
 */
export function focusTargetAfterSelection(before: FocusAtChange, status: SelectionDetails['status']): string | null {
  const { element } = before;
  if (!element || element === document.body || element.isConnected) return null;
  const now = document.activeElement;
  if (now && now !== document.body) return null;
  if (status === 'none') return SEARCH_INPUT;
  // In the Table view a node's relationships table was rebuilt: stay in the table rather than jump to the details.
  if (before.inTable && status === 'node' && document.getElementById('relations-table-title')) {
    return '#relations-table-title';
  }
  return status === 'node' || status === 'edge' ? '#details-title' : '#details';
}

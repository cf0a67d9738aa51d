/**
 * Matrix explorer
 * ===============
 * The /matrix page's client root: the forum × plan-of-action table with its controls (forum types, sort, the bodies
 * within each forum, one document's items when several are loaded, CSV download) and the open cell's commitments. The URL is the state (lib/queries/matrix-url):
 * opening a cell pushes a history entry, filters, sort and the switch replace the current one.
 */
'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { TYPE_STYLE } from '@/lib/graph/style';
import { buildMatrixTable, cellKey, matrixCsv, matrixCsvFilename } from '@/lib/queries/matrix-table';
import {
  MATRIX_FORUM_TYPES,
  matrixHref,
  missingCellMessage,
  parseMatrixState,
  unreadCellMessage,
  type MatrixForumType,
  type MatrixState,
} from '@/lib/queries/matrix-url';
import type { MatrixView } from '@/lib/store/types';
import { saveCsv } from '@/lib/browser/save-file';
import { DocumentSelect } from '../_components/DocumentSelect';
import { CellDetails } from './CellDetails';
import { MatrixTable } from './MatrixTable';
import styles from './matrix.module.css';

export interface CommitmentQuote {
  id: string;
  text: string;
  modality: string;
  /** Every modality the sentence states, `modality` first. */
  modalities: string[];
  kind: string;
  documentId: string;
  /** The sentence as a one-line citation (lib/graph/citation.ts), when its document is in the store. */
  citation?: string;
}

function navigate(patch: Partial<MatrixState>, mode: 'push' | 'replace'): void {
  const next = { ...parseMatrixState(window.location.search), ...patch };
  const href = matrixHref(next);
  if (href === `${window.location.pathname}${window.location.search}`) return;
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(null, '', href);
}

interface Props {
  /** The matrix without and with the bodies within each forum (GET /api/matrix, ?parts=true). */
  views: { direct: MatrixView; parts: MatrixView };
  quotes: Record<string, CommitmentQuote>;
  /** The name of each body a cell counts a commitment through. */
  partLabels: Record<string, string>;
  /** The documents by short name when several are loaded ("China 2017"); empty with one, which shows nothing new. */
  documents: ReadonlyArray<{ id: string; name: string }>;
}

export function MatrixExplorer({ views, quotes, partLabels, documents }: Props) {
  const searchParams = useSearchParams();
  const state = useMemo(() => parseMatrixState(searchParams), [searchParams]);
  const documentNames = useMemo(() => new Map(documents.map((d) => [d.id, d.name])), [documents]);
  const view = state.parts ? views.parts : views.direct;
  const table = useMemo(() => buildMatrixTable(view, state), [view, state]);
  const opener = useRef<string | null>(null);
  const focusDetails = useRef(false);

  const open = useCallback((forum: string, action: string) => {
    opener.current = cellKey(forum, action);
    focusDetails.current = true;
    navigate({ forum, action }, 'push');
  }, []);

  useEffect(() => {
    // Once the opened cell's details are rendered, their heading takes focus so a screen reader reads them.
    if (!focusDetails.current || !state.forum || !state.action) return;
    focusDetails.current = false;
    document.getElementById('cell-details-title')?.focus();
  }, [state.forum, state.action]);

  useEffect(() => {
    // A shared link to an open cell (/matrix?forum=…&action=…) would show the page's top, with the cell's sentences
    // below every row: bring them into view and to the keyboard once, on arrival, as /query does with its result.
    const heading = document.getElementById('cell-details-title');
    heading?.focus({ preventScroll: true });
    heading?.closest('section')?.scrollIntoView({ block: 'start' });
    // Only on arrival: a cell opened or closed here moves focus itself (open, close).
  }, []);

  // Back/Forward open or close a cell without a press here: if that removed what had focus (a link in the closed
  // cell's sentences), focus the cell's button or the opened cell's heading, not <body>, where a screen reader loses
  // its place and the next Tab starts over.
  const shownCell = state.forum && state.action ? cellKey(state.forum, state.action) : null;
  const lastCell = useRef(shownCell);
  useEffect(() => {
    const previous = lastCell.current;
    lastCell.current = shownCell;
    if (previous === shownCell || (document.activeElement && document.activeElement !== document.body)) return;
    const target = shownCell
      ? document.getElementById('cell-details-title')
      : previous
        ? document.querySelector<HTMLButtonElement>(`button[data-cell="${CSS.escape(previous)}"]`)
        : null;
    target?.focus();
  }, [shownCell]);

  const close = useCallback(() => {
    const key = opener.current ?? cellKey(state.forum ?? '', state.action ?? '');
    // The cell's button stays in the table: focus it before the details (which hold the focus) go away.
    document.querySelector<HTMLButtonElement>(`button[data-cell="${CSS.escape(key)}"]`)?.focus();
    navigate({ forum: null, action: null }, 'push');
  }, [state.forum, state.action]);

  const toggleType = (type: MatrixForumType, on: boolean) => {
    const current = state.types ?? [...MATRIX_FORUM_TYPES];
    navigate({ types: on ? [...current, type] : current.filter((t) => t !== type) }, 'replace');
  };

  const forum = view.forums.find((f) => f.id === state.forum);
  const action = view.actions.find((a) => a.id === state.action);
  const cell = view.cells.find((c) => c.forum === state.forum && c.action === state.action);
  const missingCell = missingCellMessage(view, state) ?? unreadCellMessage(searchParams);

  return (
    <div className={styles.page}>
      <header className={styles.intro}>
        <h1>Forums × plan-of-action items</h1>
        <p>
          Each cell counts the commitments of the plan of action that name a forum, organisation or process (or that a
          curator links to one, marked as such). Open a cell to read its sentences, verbatim, with links to the document
          and the explorer.
        </p>
        <p id="matrix-parts-help">
          With &ldquo;Include bodies within each forum&rdquo;, a forum&apos;s row also counts the sentences naming a
          body that is part of it, at any depth (the General Assembly or the IGF for the United Nations), each once; an
          opened cell says which body a sentence was counted through.
        </p>
      </header>

      <form className={styles.controls} aria-label="Matrix view" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Forum types</legend>
          {MATRIX_FORUM_TYPES.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={!state.types || state.types.includes(type)}
                onChange={(event) => toggleType(type, event.target.checked)}
              />{' '}
              {TYPE_STYLE[type].plural}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Order</legend>
          <label>
            <input
              type="radio"
              name="sort"
              checked={state.sort === 'name'}
              onChange={() => navigate({ sort: 'name' }, 'replace')}
            />{' '}
            By name and document order
          </label>
          <label>
            <input
              type="radio"
              name="sort"
              checked={state.sort === 'total'}
              onChange={() => navigate({ sort: 'total' }, 'replace')}
            />{' '}
            By totals
          </label>
        </fieldset>
        {documents.length > 0 ? (
          <fieldset>
            <legend>Plan-of-action items</legend>
            <label htmlFor="matrix-document">Document</label>{' '}
            <DocumentSelect
              id="matrix-document"
              documents={documents}
              value={state.document && documentNames.has(state.document) ? state.document : null}
              onChange={(document) => navigate({ document }, 'replace')}
            />
          </fieldset>
        ) : null}
        <fieldset>
          <legend>Rows</legend>
          <label>
            <input
              type="checkbox"
              checked={state.parts}
              aria-describedby="matrix-parts-help"
              onChange={(event) => navigate({ parts: event.target.checked }, 'replace')}
            />{' '}
            Include bodies within each forum
          </label>
        </fieldset>
        <button
          type="button"
          className={styles.button}
          onClick={() => saveCsv(matrixCsv(table, documentNames), matrixCsvFilename(state))}
        >
          Download CSV
        </button>
      </form>

      <div className={styles.layout}>
        <MatrixTable
          table={table}
          parts={state.parts}
          documentNames={documentNames}
          selected={state.forum && state.action ? { forum: state.forum, action: state.action } : null}
          onOpen={open}
        />
        {forum && action ? (
          <CellDetails
            forum={forum}
            action={action}
            documentName={documentNames.get(action.documentId)}
            commitments={(cell?.commitments ?? []).map((id) => quotes[id]).filter((q) => q !== undefined)}
            curated={cell?.curated ?? []}
            via={cell?.via ?? []}
            partLabels={partLabels}
            onClose={close}
          />
        ) : missingCell ? (
          <section className={styles.details} aria-labelledby="cell-details-title">
            <div className={styles.detailsHead}>
              <h2 id="cell-details-title" tabIndex={-1}>
                No such cell
              </h2>
              <button type="button" className={styles.button} onClick={close}>
                Close
              </button>
            </div>
            <p>{missingCell}</p>
          </section>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Cypher console
 * ==============
 * Read-only Cypher for those who write it (POST /api/cypher): the query, its parameters as JSON, Run (or
 * Ctrl+Enter), the answer as a table, and what went wrong in plain words — 501 on the memory backend says how to
 * start Neo4j, 400 why a query was refused, 504 that it ran out of time. Examples to start from; an answer with
 * nodes links to the explorer as a subgraph.
 */
'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { CypherExample } from '@/lib/queries/cypher-examples';
import { collectNodeIds, formatCypherValue } from '@/lib/queries/cypher-values';
import { errorTextParts } from '@/lib/queries/error-text';
import { apiOrigin } from '@/scripts/api-origin.mjs';
import { explorerHighlightHref } from '@/lib/queries/links';
import type { QueryResult } from '@/lib/store/types';
import { ResultTable } from './ResultTable';
import styles from './query.module.css';

type Outcome = { kind: 'result'; result: QueryResult } | { kind: 'error'; status: number; message: string } | null;

/** What every error of POST /api/cypher starts with (scripts/api-origin.mjs); gone where the heading follows it. */
const CYPHER_ORIGIN = apiOrigin('/api/cypher');

const HEADINGS: Record<number, string> = {
  400: 'The query was refused',
  501: 'Cypher needs the Neo4j backend',
  503: 'Neo4j is unavailable',
  504: 'The query ran out of time',
};

export function CypherConsole({ examples, backend }: { examples: readonly CypherExample[]; backend: string }) {
  const [query, setQuery] = useState(examples[0]?.query ?? '');
  const [paramsText, setParamsText] = useState(JSON.stringify(examples[0]?.params ?? {}, null, 2));
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function run() {
    let params: unknown;
    try {
      params = paramsText.trim() ? JSON.parse(paramsText) : {};
    } catch (error) {
      setOutcome({
        kind: 'error',
        status: 400,
        message: `Parameters must be a JSON object: ${(error as Error).message}`,
      });
      return;
    }
    if (running) return;
    setRunning(true);
    // Cleared first, so that the same error again is a new alert that is announced again, not an unchanged one.
    setOutcome(null);
    try {
      const response = await fetch('/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, params }),
      });
      const body = (await response.json().catch(() => ({}))) as QueryResult & { error?: string };
      if (response.ok) setOutcome({ kind: 'result', result: body });
      else
        setOutcome({
          kind: 'error',
          status: response.status,
          message: body.error ?? `${response.status} ${response.statusText}`,
        });
    } catch (error) {
      setOutcome({ kind: 'error', status: 0, message: `The server did not answer: ${(error as Error).message}` });
    } finally {
      setRunning(false);
    }
  }

  // The store names the nodes of its answer; rows are searched too, for answers that do not say.
  const ids =
    outcome?.kind === 'result'
      ? outcome.result.nodes?.length
        ? outcome.result.nodes
        : collectNodeIds(outcome.result.rows)
      : [];

  const rows = outcome?.kind === 'result' ? outcome.result.rows.length : null;
  const rowCount = rows === null ? '' : `${rows} row${rows === 1 ? '' : 's'}`;

  return (
    <section aria-labelledby="cypher-title" id="cypher" className={styles.console}>
      <h2 id="cypher-title">Cypher console</h2>
      <p className={styles.lead}>
        Read-only: writes, schema and admin commands are refused, each query has a time limit and answers are capped.
        {backend === 'memory' ? ' This server runs on the embedded memory store, so Cypher is not available here.' : ''}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <fieldset className={styles.examples}>
          <legend>Examples</legend>
          {examples.map((example) => (
            <button
              key={example.title}
              type="button"
              className="link-button"
              onClick={() => {
                setQuery(example.query);
                setParamsText(JSON.stringify(example.params, null, 2));
              }}
            >
              {example.title}
            </button>
          ))}
        </fieldset>
        <div className={styles.consoleInputs}>
          <div className={styles.field}>
            <label htmlFor="cypher-query">Query</label>
            <textarea
              id="cypher-query"
              value={query}
              rows={7}
              spellCheck={false}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  void run();
                }
              }}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="cypher-params">Parameters (JSON object)</label>
            <textarea
              id="cypher-params"
              value={paramsText}
              rows={7}
              spellCheck={false}
              onChange={(event) => setParamsText(event.target.value)}
            />
          </div>
        </div>
        {/* Not `disabled` while running: a disabled button loses focus to <body>, and a keyboard user with it. */}
        <button
          type="submit"
          className={styles.run}
          disabled={!query.trim()}
          aria-disabled={running ? 'true' : undefined}
        >
          {running ? 'Running…' : 'Run'}
        </button>{' '}
        <small className="muted">Ctrl+Enter runs the query.</small>
      </form>

      {/* The error is an alert and the row count a status: one live region each, never one inside the other, which
          some screen readers announce twice. The status is always in the page: a live region that arrives with its
          text is often not read. */}
      <p role="status" className="visually-hidden">
        {rowCount}
      </p>
      <div>
        {outcome?.kind === 'error' ? (
          <div role="alert" className={styles.error}>
            <strong>
              {HEADINGS[outcome.status] ?? 'The query failed'}
              {outcome.status ? ` (${outcome.status})` : ''}
            </strong>
            <p>
              {errorTextParts(outcome.message, HEADINGS[outcome.status], CYPHER_ORIGIN).map((part, index) =>
                part.code ? <code key={index}>{part.text}</code> : part.text,
              )}
            </p>
          </div>
        ) : null}
        {outcome?.kind === 'result' ? (
          <>
            <p className={styles.resultLinks}>
              <span>{rowCount}</span>
              {ids.length > 0 ? (
                <Link prefetch={false} href={explorerHighlightHref(ids)}>
                  Show {ids.length} nodes in explorer
                </Link>
              ) : null}
            </p>
            {outcome.result.truncated ? (
              <p className={styles.notice} role="status">
                {outcome.result.truncatedBy === 'size'
                  ? `Truncated: the answer passed the console's size limit; only the first ${outcome.result.rows.length} rows are shown. Return fewer or smaller values.`
                  : `Truncated: the answer had more rows than the cap; only the first ${outcome.result.rows.length} are shown. Add a LIMIT or narrow the query.`}
              </p>
            ) : null}
            {outcome.result.rows.length > 0 ? (
              <ResultTable
                label="Cypher result table"
                caption="Cypher result"
                columns={outcome.result.columns}
                rows={outcome.result.rows}
                renderCell={formatCypherValue}
              />
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

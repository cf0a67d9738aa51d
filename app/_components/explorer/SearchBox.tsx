/**
 * Search box
 * ==========
 * Autocomplete over node labels and aliases (GET /api/search ranks them) and, in a group of its own below them,
 * over commitments' whole sentences (searched in the client graph: a label is only the sentence's first ~70
 * characters). An input of role "searchbox" owns a listbox of both groups: arrow keys move the active option
 * (aria-activedescendant) across them, Enter selects it or else the best name, else the best sentence; Escape
 * closes. "N more sentences" opens the table filtered by the text. The text is mirrored into the URL (`q=`). A
 * visually hidden status says how many options the list holds once it settles, as focus never enters it.
 */
'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fetchSearch, isAbortError, userMessage, type SearchResult } from '@/lib/explorer/api/client';
import { MAX_QUERY } from '@/lib/explorer/url/state';
import {
  enterTarget,
  moveActive,
  normaliseQuery,
  optionIds,
  resultsSummary,
  SearchCache,
  searchOptions,
  SEARCH_DEBOUNCE_MS,
  SEARCH_LIMIT,
  type SearchOption,
} from '@/lib/explorer/search/search';
import { NO_SENTENCES, searchSentences, type SentenceEntry } from '@/lib/explorer/search/sentences';
import { optionId, SearchOptions } from './SearchOptions';

interface Props {
  query: string;
  /** Commitments with their folded sentences (buildSentenceIndex), or null until the graph has arrived. */
  sentences: readonly SentenceEntry[] | null;
  onQueryChange: (query: string) => void;
  onSelect: (id: string) => void;
  onResults: (ids: string[]) => void;
  /** "N more sentences": show every sentence with the text (the table, filtered). */
  onShowSentences: (query: string) => void;
}

interface Found {
  query: string;
  results: SearchResult[];
  error?: string;
}

export function SearchBox({ query, sentences, onQueryChange, onSelect, onResults, onShowSentences }: Props) {
  const id = useId();
  const listId = `${id}-results`;
  const cache = useRef(new SearchCache());
  const [found, setFound] = useState<Found>({ query: '', results: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const normalised = normaliseQuery(query);
  // Names arrive after a debounce; sentences at once. Both groups appear together, so the options never shift
  // under an arrow key.
  const settled = found.query === normalised && normalised !== '';
  const sentenceResults = useMemo(
    () => (sentences && normalised ? searchSentences(sentences, normalised) : NO_SENTENCES),
    [sentences, normalised],
  );
  const options = useMemo(
    () => (settled ? searchOptions(found.results, sentenceResults) : []),
    [settled, found.results, sentenceResults],
  );
  const shownIds = optionIds(options).join(',');

  useEffect(() => {
    if (!normalised) return;
    const cached = cache.current.get(normalised);
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        const request = cached ? Promise.resolve(cached) : fetchSearch(normalised, SEARCH_LIMIT, controller.signal);
        request.then(
          (results) => {
            cache.current.set(normalised, results);
            setFound({ query: normalised, results });
          },
          (error: unknown) => {
            if (!isAbortError(error)) setFound({ query: normalised, results: [], error: userMessage(error) });
          },
        );
      },
      cached ? 0 : SEARCH_DEBOUNCE_MS,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [normalised]);

  useEffect(() => {
    // The graph emphasises what the list shows, names and sentences alike.
    if (settled) onResults(shownIds ? shownIds.split(',') : []);
  }, [settled, shownIds, onResults]);

  const choose = (option: SearchOption | undefined) => {
    if (!option) return;
    setOpen(false);
    setActive(-1);
    if (option.kind === 'more-sentences') onShowSentences(normalised);
    else onSelect(option.id);
  };

  const onKeyDown = async (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => moveActive(a, event.key === 'ArrowDown' ? 1 : -1, options.length));
    } else if (event.key === 'Escape') {
      // An open list closes and keeps the text; only a second Escape clears it (the search input's own behaviour).
      if (open) event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!normalised) return;
      if (settled) {
        choose(enterTarget(options, active));
        return;
      }
      // Enter may come before the debounced request: ask now (or from the cache) rather than select nothing.
      let results = cache.current.get(normalised);
      if (!results) {
        try {
          results = await fetchSearch(normalised, SEARCH_LIMIT);
          cache.current.set(normalised, results);
          setFound({ query: normalised, results });
        } catch (error) {
          setFound({ query: normalised, results: [], error: userMessage(error) });
          // The store may be down while the graph (and its sentences) is here: the best sentence still answers.
          choose(enterTarget(searchOptions([], sentenceResults), -1));
          return;
        }
      }
      choose(enterTarget(searchOptions(results, sentenceResults), -1));
    }
  };

  const failure = settled ? found.error : undefined;
  // A failed name search says so even when sentences (from the graph already here) fill the list.
  const notice = failure
    ? `Search failed: ${failure}.${options.length ? ' Sentences below are from the graph already loaded.' : ''}`
    : settled && options.length === 0
      ? 'No match'
      : null;
  const expanded = open && settled;
  const activeId = expanded && active >= 0 && options[active] ? optionId(id, active) : undefined;

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search nodes by name or acronym, and sentences by their words
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="searchbox"
        placeholder="Search: ARF, sovereignty, terrorism…"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={failure ? `${id}-error` : undefined}
        value={query}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setOpen(true);
          setActive(-1);
          if (!normaliseQuery(event.target.value)) onResults([]);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <SearchOptions
        idPrefix={id}
        listId={listId}
        hidden={!expanded}
        query={normalised}
        options={options}
        active={active}
        notice={notice}
        onChoose={choose}
      />
      <p className="visually-hidden" role="status">
        {expanded && !failure ? resultsSummary(options) : ''}
      </p>
      {failure ? (
        <p id={`${id}-error`} className="search-error error" role="alert">
          Search failed: {failure}.
        </p>
      ) : null}
    </div>
  );
}

/**
 * Search box
 * ==========
 * Autocomplete over node labels and aliases (GET /api/search ranks them). An input of role "searchbox" owns a
 * listbox of results: arrow keys move the active option (aria-activedescendant), Enter selects it or else the best
 * match, Escape closes. The text is mirrored into the URL (`q=`) so a shared link restores it.
 */
'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { fetchSearch, isAbortError, userMessage, type SearchResult } from '@/lib/explorer/api/client';
import { typeName } from '@/lib/explorer/graph/kinds';
import { MAX_QUERY } from '@/lib/explorer/url/state';
import {
  enterTarget,
  matchedAlias,
  moveActive,
  normaliseQuery,
  SearchCache,
  SEARCH_DEBOUNCE_MS,
  SEARCH_LIMIT,
} from '@/lib/explorer/search/search';
import { TypeSwatch } from './TypeSwatch';

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  onSelect: (id: string) => void;
  onResults: (ids: string[]) => void;
}

interface Found {
  query: string;
  results: SearchResult[];
  error?: string;
}

export function SearchBox({ query, onQueryChange, onSelect, onResults }: Props) {
  const id = useId();
  const listId = `${id}-results`;
  const cache = useRef(new SearchCache());
  const [found, setFound] = useState<Found>({ query: '', results: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const normalised = normaliseQuery(query);
  const current = found.query === normalised ? found.results : [];

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
            onResults(results.map((r) => r.id));
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
  }, [normalised, onResults]);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    setOpen(false);
    setActive(-1);
    onSelect(result.id);
  };

  const onKeyDown = async (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => moveActive(a, event.key === 'ArrowDown' ? 1 : -1, current.length));
    } else if (event.key === 'Escape') {
      // An open list closes and keeps the text; only a second Escape clears it (the search input's own behaviour).
      if (open) event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!normalised) return;
      // Enter may come before the debounced request: ask now (or from the cache) rather than select nothing.
      let results = found.query === normalised ? found.results : cache.current.get(normalised);
      if (!results) {
        try {
          results = await fetchSearch(normalised, SEARCH_LIMIT);
          cache.current.set(normalised, results);
          setFound({ query: normalised, results });
        } catch (error) {
          setFound({ query: normalised, results: [], error: userMessage(error) });
          return;
        }
      }
      choose(enterTarget(results, found.query === normalised ? active : -1));
    }
  };

  const expanded = open && normalised !== '' && (current.length > 0 || found.query === normalised);
  const failure = found.query === normalised && normalised !== '' ? found.error : undefined;
  const activeId = expanded && active >= 0 && current[active] ? `${id}-option-${active}` : undefined;

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search nodes by name or acronym
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="searchbox"
        placeholder="Search: ARF, sovereignty, UN…"
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
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!expanded}>
        {current.map((result, index) => {
          const alias = matchedAlias(result, normalised);
          return (
            <li
              key={result.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'is-active' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(result);
              }}
            >
              <TypeSwatch type={result.type} />
              <span className="search-label">{result.label}</span>
              <span className="search-meta">
                {typeName(result.type)}
                {alias ? ` · “${alias}”` : ''}
              </span>
            </li>
          );
        })}
        {found.query === normalised && current.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
            {found.error ? `Search failed: ${found.error}.` : 'No match'}
          </li>
        ) : null}
      </ul>
      {failure ? (
        <p id={`${id}-error`} className="search-error error" role="alert">
          Search failed: {failure}.
        </p>
      ) : null}
    </div>
  );
}

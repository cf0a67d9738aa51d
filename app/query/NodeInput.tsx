/**
 * Node input
 * ==========
 * A text field for any node by its name, with suggestions from GET /api/search as the reader types (a <datalist>
 * of names, each with its type), so nobody has to know that ARF's id is "arf". The field sends what it holds (a
 * name, an alias such as "ARF", or an id); the page reads it as the node's id (lib/queries/node-names), so the form
 * works without JavaScript too. Two suggestions with the same name offer their ids instead, to stay apart.
 */
'use client';

import { useEffect, useId, useState } from 'react';
import { typeName } from '@/lib/explorer/graph/kinds';

interface Suggestion {
  id: string;
  label: string;
  type: string;
  aliases?: string[];
}

export function NodeInput({
  name,
  label,
  defaultValue,
  required,
  describedBy,
}: {
  name: string;
  label: string;
  defaultValue: string;
  required: boolean;
  /** The id of the field's hint, read with the field. */
  describedBy?: string;
}) {
  const [text, setText] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  // Prefilled values need no suggestions: search only once the reader types.
  const [typed, setTyped] = useState(false);
  const listId = useId();
  const inputId = useId();

  useEffect(() => {
    const query = text.trim();
    if (!typed || query.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?${new URLSearchParams({ q: query, limit: '8' })}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ results: Suggestion[] }>) : { results: [] }))
        .then((body) => setSuggestions(body.results))
        .catch(() => {
          // Aborted or offline: suggestions are a convenience, typing an id still works.
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, typed]);

  return (
    <>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={name}
        type="text"
        list={listId}
        value={text}
        required={required}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setTyped(true);
          setText(event.target.value);
        }}
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s.id} value={suggestions.some((o) => o !== s && o.label === s.label) ? s.id : s.label}>
            {/* The type as the legend names it ("Organization"); the aliases too, since the browser shows only the
                suggestions whose text holds what was typed ("ARF"). */}
            {[typeName(s.type), ...(s.aliases ?? []).filter((a) => a !== s.label)].join(' · ')}
          </option>
        ))}
      </datalist>
    </>
  );
}

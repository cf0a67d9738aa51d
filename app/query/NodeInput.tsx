/**
 * Node input
 * ==========
 * A text field for any node id, with suggestions from GET /api/search as the reader types (a <datalist>: the
 * value is the id, the suggestion shows the name), so nobody has to know that ARF's id is "arf".
 */
'use client';

import { useEffect, useId, useState } from 'react';
import { typeName } from '@/lib/explorer/graph/kinds';

interface Suggestion {
  id: string;
  label: string;
  type: string;
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
          <option key={s.id} value={s.id}>
            {/* The type as the legend names it ("Organization"), not its enum value. */}
            {s.label} ({typeName(s.type)})
          </option>
        ))}
      </datalist>
    </>
  );
}

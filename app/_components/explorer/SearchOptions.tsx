/**
 * Search options
 * ==============
 * The search box's list: a group of nodes by name, then a group of sentences whose whole text holds every word, then
 * a link-like option to the rest of those in the table. One listbox with labelled groups (the APG's "grouped
 * listbox"), so a screen reader announces "Names" or "Sentences" as the arrow keys cross into a group, and the input
 * keeps focus (aria-activedescendant names the active option's id, `${idPrefix}-option-${index}`).
 */
'use client';

import { useEffect } from 'react';
import { typeName } from '@/lib/explorer/graph/kinds';
import { matchedAlias, type SearchOption } from '@/lib/explorer/search/search';
import type { SnippetPart } from '@/lib/explorer/search/sentences';
import { kindWords } from '@/lib/explorer/selection/relations';
import { TypeSwatch } from './TypeSwatch';

interface Props {
  idPrefix: string;
  listId: string;
  hidden: boolean;
  query: string;
  options: readonly SearchOption[];
  active: number;
  /** Shown first, as a disabled option: "No match", or why the name search failed. */
  notice: string | null;
  onChoose: (option: SearchOption) => void;
}

export function optionId(idPrefix: string, index: number): string {
  return `${idPrefix}-option-${index}`;
}

function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="search-snippet">
      {parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : part.text))}
    </span>
  );
}

function OptionContent({ option, query }: { option: SearchOption; query: string }) {
  if (option.kind === 'name') {
    const alias = matchedAlias(option.result, query);
    return (
      <>
        <TypeSwatch type={option.result.type} />
        <span className="search-label">{option.result.label}</span>
        <span className="search-meta">
          {typeName(option.result.type)}
          {alias ? ` · “${alias}”` : ''}
        </span>
      </>
    );
  }
  if (option.kind === 'sentence') {
    return (
      <>
        <TypeSwatch type="commitment" />
        <Snippet parts={option.hit.snippet} />
        <span className="search-meta">{option.hit.kind ? kindWords(option.hit.kind) : typeName('commitment')}</span>
      </>
    );
  }
  return (
    <span className="search-more">
      {option.count} more {option.count === 1 ? 'sentence' : 'sentences'}: show all in the table
    </span>
  );
}

export function SearchOptions({ idPrefix, listId, hidden, query, options, active, notice, onChoose }: Props) {
  const firstSentence = options.findIndex((option) => option.kind !== 'name');
  const groups = [
    { key: 'names', label: 'Names', from: 0, to: firstSentence < 0 ? options.length : firstSentence },
    {
      key: 'sentences',
      label: 'Sentences (commitments) containing every word',
      from: firstSentence < 0 ? options.length : firstSentence,
      to: options.length,
    },
  ].filter((group) => group.to > group.from);
  useEffect(() => {
    // Focus stays in the input (aria-activedescendant), so the browser never scrolls the list to the active option:
    // arrowing down to the sentences below its fold showed nothing.
    if (hidden || active < 0) return;
    document.getElementById(optionId(idPrefix, active))?.scrollIntoView({ block: 'nearest' });
  }, [active, hidden, idPrefix]);
  return (
    <div id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={hidden}>
      {notice !== null ? (
        <div role="option" aria-selected={false} aria-disabled="true" className="search-empty">
          {notice}
        </div>
      ) : null}
      {groups.map((group) => (
        <ul key={group.key} role="group" aria-labelledby={`${idPrefix}-${group.key}`} className="search-group">
          <li role="presentation" id={`${idPrefix}-${group.key}`} className="search-group-label">
            {group.label}
          </li>
          {options.slice(group.from, group.to).map((option, offset) => {
            const index = group.from + offset;
            return (
              <li
                key={option.kind === 'more-sentences' ? 'more' : option.id}
                id={optionId(idPrefix, index)}
                role="option"
                aria-selected={index === active}
                className={[`search-${option.kind}`, index === active ? 'is-active' : ''].join(' ').trim()}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  onChoose(option);
                }}
              >
                <OptionContent option={option} query={query} />
              </li>
            );
          })}
        </ul>
      ))}
    </div>
  );
}

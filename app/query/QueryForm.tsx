/**
 * Named query form
 * ================
 * One GET form per named query, its inputs typed by the query's parameters: forums, plan-of-action items and
 * modalities as choices from the data, node ids with search suggestions, integers with their range. Submitting
 * navigates to `/query?name=…&…`, so every answer has a URL of its own (and works without JavaScript).
 */
import Form from 'next/form';
import type { QueryDescription, QueryParameter } from '@/lib/queries/types';
import { actionChoiceGroups } from '@/lib/queries/action-choices';
import { parameterHint, parameterLabel } from '@/lib/queries/wording';
import { NodeInput } from './NodeInput';
import styles from './query.module.css';

export interface QueryChoices {
  forums: Array<{ id: string; label: string; aliases: string[] }>;
  actions: Array<{ id: string; label: string; documentId?: string }>;
  /** Document id → short name when several are loaded ("China 2017"): the items are grouped by document. */
  documentNames: Array<[string, string]>;
  modalities: Array<{ modality: string; count: number }>;
}

/** "ARF", "UNGA", "G20", "BRICS": short, no spaces. */
const ACRONYM = /^[A-Z0-9][A-Za-z0-9&.-]{1,9}$/;

/** Forums and plan-of-action items have long names: their forms take two columns, so the chosen name shows whole. */
const WIDE_TYPES: ReadonlySet<string> = new Set(['entity', 'action']);

interface Props {
  query: QueryDescription;
  values: Record<string, string>;
  choices: QueryChoices;
  active: boolean;
}

function Field({
  query,
  parameter,
  value,
  choices,
}: {
  query: string;
  parameter: QueryParameter;
  value: string;
  choices: QueryChoices;
}) {
  const id = `${query}-${parameter.name}`;
  // In words ("Plan-of-action item"), as on /matrix; the field's name, and so the URL, keeps the parameter's.
  const label = parameterLabel(parameter);
  // Tied to its field (aria-describedby): "how many steps out" is what a screen reader user needs on focus too.
  const hintId = `${id}-hint`;
  const hint = (
    <small id={hintId} className={styles.hint}>
      {parameterHint(parameter)}
    </small>
  );
  if (parameter.type === 'node') {
    return (
      <div className={styles.field}>
        <NodeInput
          // Remounted when the page's value changes (a run by name comes back by id, under the node's name).
          key={value}
          name={parameter.name}
          label={label}
          defaultValue={value}
          required={parameter.required}
          describedBy={hintId}
        />
        {hint}
      </div>
    );
  }
  if (parameter.type === 'boolean') {
    return (
      <div className={styles.field}>
        <label>
          <input
            type="checkbox"
            name={parameter.name}
            value="true"
            defaultChecked={value === 'true'}
            aria-describedby={hintId}
          />{' '}
          {label}
        </label>
        {hint}
      </div>
    );
  }
  if (parameter.type === 'integer') {
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          name={parameter.name}
          aria-describedby={hintId}
          type="number"
          inputMode="numeric"
          step={1}
          min={parameter.min}
          max={parameter.max}
          defaultValue={value}
          placeholder={parameter.default !== undefined ? String(parameter.default) : undefined}
        />
        {hint}
      </div>
    );
  }
  // Plan-of-action items in one group per document when several are loaded (lib/queries/action-choices.ts).
  const groups =
    parameter.type === 'action' ? actionChoiceGroups(choices.actions, new Map(choices.documentNames)) : null;
  const options =
    parameter.type === 'entity'
      ? choices.forums.map((f) => ({
          value: f.id,
          // An acronym helps find a forum ("ASEAN Regional Forum (ARF)"); a long alias would only widen the select.
          text: f.aliases[0] && ACRONYM.test(f.aliases[0]) ? `${f.label} (${f.aliases[0]})` : f.label,
        }))
      : groups
        ? groups.flatMap((group) => group.options)
        : choices.modalities.map((m) => ({ value: m.modality, text: `${m.modality} (${m.count})` }));
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={parameter.name}
        defaultValue={value}
        required={parameter.required}
        aria-describedby={hintId}
      >
        <option value="">Choose…</option>
        {groups?.some((group) => group.label)
          ? groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.text}
                  </option>
                ))}
              </optgroup>
            ))
          : options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
      </select>
      {hint}
    </div>
  );
}

export function QueryForm({ query, values, choices, active }: Props) {
  return (
    <Form
      action="/query"
      className={styles.form}
      aria-labelledby={`${query.name}-title`}
      data-active={active || undefined}
      data-wide={query.parameters.some((parameter) => WIDE_TYPES.has(parameter.type)) || undefined}
    >
      {/* The title as a reader says it; the name as the URL, the API and the CLI write it. */}
      <h3 id={`${query.name}-title`}>
        {query.title} <code className={styles.queryName}>{query.name}</code>
      </h3>
      <p className={styles.description}>{query.description}</p>
      <input type="hidden" name="name" value={query.name} />
      {query.parameters.map((parameter) => (
        <Field
          key={parameter.name}
          query={query.name}
          parameter={parameter}
          value={values[parameter.name] ?? ''}
          choices={choices}
        />
      ))}
      {/* Six forms, six Run buttons: each is named by its query, starting with the word shown (WCAG 2.5.3). */}
      <button type="submit" className={styles.run} aria-label={`Run: ${query.title}`}>
        Run
      </button>
    </Form>
  );
}

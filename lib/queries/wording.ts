/**
 * Query wording
 * =============
 * The words the /query page shows for the named queries' parameters and result columns. The API, the CLI and the
 * URLs keep the parameter and column names (`parts`, `commitmentIds`), which scripts rely on; a reader sees the
 * terms the rest of the atlas uses ("plan-of-action item", "Include bodies within the forum", as on /matrix).
 */
import type { QueryParameter } from './types';

const PARAMETER_LABELS: Record<string, string> = {
  forum: 'Forum',
  action: 'Plan-of-action item',
  // The same switch as the matrix's "Include bodies within each forum", for one forum.
  parts: 'Include bodies within the forum',
  from: 'From',
  to: 'To',
  id: 'Node',
  depth: 'Depth',
  modality: 'Modality',
  limit: 'How many',
};

const COLUMN_HEADERS: Record<string, string> = {
  action: 'Plan-of-action item',
  forum: 'Forum',
  label: 'Name',
  type: 'Type',
  commitments: 'Commitments',
  commitmentIds: 'Commitment sentences',
  mentions: 'Mentions',
  step: 'Step',
  id: 'Node',
  edge: 'Relationship',
  distance: 'Distance',
  commitment: 'Commitment',
  modality: 'Modality',
  modalities: 'Modalities',
  kind: 'Kind',
  subject: 'Subject as written',
  text: 'Sentence',
  under: 'Under',
  documentId: 'Document',
  start: 'Offset',
  rank: 'Rank',
  centrality: 'Centrality',
  degree: 'Relationships',
};

/** A column or parameter name as words: `commitmentIds` → "Commitment ids", for names this file does not list. */
function spelled(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : name;
}

/** A parameter's name in words, as its field is labelled: "Plan-of-action item" for `action`. */
export function parameterName(name: string): string {
  return PARAMETER_LABELS[name] ?? spelled(name);
}

/** A form field's label; "(optional)" for an optional value, but not for a checkbox, which is always optional. */
export function parameterLabel(parameter: Pick<QueryParameter, 'name' | 'type' | 'required'>): string {
  const label = parameterName(parameter.name);
  return parameter.required || parameter.type === 'boolean' ? label : `${label} (optional)`;
}

export function columnHeader(column: string): string {
  return COLUMN_HEADERS[column] ?? spelled(column);
}

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

/**
 * The form's hint under a field, where the API's description (written for scripts: "any node id") would mislead: the
 * forms take a node's name or an acronym and offer the matching names as the reader types.
 */
const PARAMETER_HINTS: Record<string, string> = {
  from: 'where the path starts: type a name or an acronym (such as ARF) and pick it from the list',
  to: 'where the path ends: a name or an acronym, not the start',
  id: 'the node at the centre: type a name or an acronym and pick it from the list',
  forum: 'the forum, organisation or process',
  action: 'an item of the plan of action',
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
  // Folded into the cells they qualify on /query; named in case a table shows them on their own.
  curatedCommitmentIds: 'Curated links',
  basis: 'Basis',
  note: 'Curator’s note',
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

/** A form field's hint: the analyst's words where this file has them, else the parameter's own description. */
export function parameterHint(parameter: Pick<QueryParameter, 'name' | 'description'>): string {
  return PARAMETER_HINTS[parameter.name] ?? parameter.description;
}

export function columnHeader(column: string): string {
  return COLUMN_HEADERS[column] ?? spelled(column);
}

/**
 * A refusal as the form's reader reads it: the API's `neighborhood: invalid parameter "depth": must be at most 3`
 * (scripts need the parameter's name) becomes `Depth: must be at most 3`, the field named by its label. Any other
 * message is kept as it is.
 */
export function refusalInWords(message: string): string {
  const match = /^(?:[a-z0-9-]+: )?invalid parameter "([^"]+)": ([\s\S]*)$/.exec(message);
  if (!match) return message;
  const [, field = '', rest = ''] = match;
  return `${parameterName(field)}: ${rest}`;
}

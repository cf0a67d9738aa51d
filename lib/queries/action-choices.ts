/**
 * Plan-of-action choices
 * ======================
 * The query forms' list of plan-of-action items. With one document it is one numbered list, as the document
 * numbers them; with several (`documentNames`, id → "China 2017"), one group per document, numbered from 1 in
 * each: a flat list would run one plan into the next ("10. Peace and Stability …" for China's first item), and two
 * plans may name an item alike. No JSX here, so it is tested as it is.
 */

export interface ActionChoiceGroup {
  /** The document's short name; absent with one document (no group drawn). */
  label?: string;
  options: Array<{ value: string; text: string }>;
}

export function actionChoiceGroups(
  actions: ReadonlyArray<{ id: string; label: string; documentId?: string }>,
  documentNames: ReadonlyMap<string, string>,
): ActionChoiceGroup[] {
  if (documentNames.size === 0) {
    return [{ options: actions.map((a, index) => ({ value: a.id, text: `${index + 1}. ${a.label}` })) }];
  }
  const groups = new Map<string, ActionChoiceGroup>();
  for (const action of actions) {
    const key = action.documentId ?? '';
    const group = groups.get(key) ?? { label: documentNames.get(key) ?? key, options: [] };
    group.options.push({ value: action.id, text: `${group.options.length + 1}. ${action.label}` });
    groups.set(key, group);
  }
  return [...groups.values()];
}

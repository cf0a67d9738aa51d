/**
 * Cypher console values
 * =====================
 * How the console shows what Neo4j answers. The Neo4j store presents nodes as their properties plus `labels`,
 * relationships as their properties plus `relationship` (the type), and paths as `{path, relationships}`; the
 * driver-level tagged form (`__kind`) is understood too. Values are written compactly for a table cell (a node by
 * its label first, its labels and id after it; a path by its nodes' labels), and the
 * atlas ids of the nodes they contain are gathered so an answer can be shown as a subgraph in the explorer.
 */

type Map = Record<string, unknown>;

function isMap(value: unknown): value is Map {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node as the store presents it ({labels, ...properties}) or as tagged driver output. */
function asNode(value: Map): { labels: string[]; properties: Map } | undefined {
  if (value.__kind === 'node') {
    return {
      labels: Array.isArray(value.labels) ? value.labels.map(String) : [],
      properties: isMap(value.properties) ? value.properties : {},
    };
  }
  if (Array.isArray(value.labels) && typeof value.id === 'string') {
    const { labels, ...properties } = value;
    return { labels: (labels as unknown[]).map(String), properties };
  }
  return undefined;
}

function relationshipType(value: Map): string | undefined {
  if (value.__kind === 'relationship') return typeof value.type === 'string' ? value.type : '?';
  return typeof value.relationship === 'string' ? value.relationship : undefined;
}

function pathNodes(value: Map): unknown[] | undefined {
  if (value.__kind === 'path') return Array.isArray(value.nodes) ? value.nodes : [];
  return Array.isArray(value.path) && Array.isArray(value.relationships) ? value.path : undefined;
}

/** Label first, as everywhere in the atlas; the Neo4j labels and the id after it, for whoever writes the next query. */
function nodeName(node: { labels: string[]; properties: Map }): string {
  const labels = node.labels
    .filter((label) => label !== 'Atlas')
    .map((label) => `:${label}`)
    .join('');
  const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
  const label = typeof node.properties.label === 'string' ? node.properties.label : undefined;
  const inner = `(${labels}${id ? `${labels ? ' ' : ''}${id}` : ''})`;
  return label && label !== id ? `${label} ${inner}` : inner;
}

export function formatCypherValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return `[${value.map(formatCypherValue).join(', ')}]`;
  if (!isMap(value)) return String(value);
  const node = asNode(value);
  if (node) return nodeName(node);
  const type = relationshipType(value);
  if (type) return `[:${type}]`;
  const path = pathNodes(value);
  if (path) {
    return path
      .map((step) => {
        const n = isMap(step) ? asNode(step) : undefined;
        const name = n?.properties.label ?? n?.properties.id;
        return typeof name === 'string' ? name : '?';
      })
      .join(' – ');
  }
  return JSON.stringify(value);
}

/** The atlas ids of every node found in the rows (nested lists, maps and paths included), in first-seen order. */
export function collectNodeIds(rows: readonly unknown[][]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 20 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const node = asNode(value as Map);
    if (node) {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      return;
    }
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  for (const row of rows) visit(row, 0);
  return [...ids];
}

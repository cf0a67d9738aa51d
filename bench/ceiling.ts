/**
 * The in-engine ceiling
 * =====================
 * Server-side Cypher (UNWIND range(…) … CREATE in CALL {…} IN TRANSACTIONS) that creates a graph inside Neo4j, for
 * loader-vs-ceiling: the most a client loader could approach, with no data crossing the wire.
 *
 * Two ceilings. `sameGraph`: the synthetic graph's counts per node type and relationship type, each element with
 * the labels and property keys our loader stores for its type, the constant values taken from a real element of
 * that type and the distinct ones (id, label, text, key) made from the row number, so Neo4j stores as much per
 * element as in our load. `countsOnly`: the same numbers of nodes and relationships with 7 and 2 small properties
 * (the first version of this benchmark): it measures the schema's size as much as the loader.
 * Endpoints are spread by arithmetic over all nodes in both, without the synthetic graph's hubs.
 *
 * Numbers from JavaScript arrive as floats: every one is cast with toInteger(), or `'c' + (j % $nodes)` reads
 * 'c5.0', matches no node, and the ceiling creates no relationship at all (the first version of this benchmark
 * did exactly that, so its ceiling was nodes only; bench/loader.ts now counts what a ceiling created).
 */
import type { KnowledgeGraph } from '../lib/graph/knowledge-graph';
import { NODE_TYPES, RELATION_TYPES } from '../lib/graph/schema';
import { CONSTRAINTS } from '../lib/store/neo4j/loader';
import { edgeFields, labelsOf, nodeFields, type EdgeRow, type NodeRow } from '../lib/store/neo4j/records';

export interface CeilingStatement {
  query: string;
  params: Record<string, unknown>;
}

/** Made from the row number, so each element stores its own value (as each of ours does). */
const DISTINCT_NODE_KEYS = new Set(['id', 'label', 'text']);
const BATCH = 'IN TRANSACTIONS OF 10000 ROWS';
/** Our loader stamps every element with the load's 20-character content hash. */
const LOAD_ID = 'b7e1c0ffee5eed5a1a5d';

const key = (name: string) => `\`${name.replaceAll('`', '``')}\``;
const nodeId = (index: string) => `'syn-node-' + ${index}`;

/** The properties our loader stores for a row, without nulls (a missing property is not stored). */
function storedProperties<Row>(row: Row, fields: ReadonlyArray<{ key: string; read: (row: Row) => unknown }>) {
  return Object.fromEntries(
    fields.map((field) => [field.key, field.read(row)]).filter(([, value]) => value !== undefined && value !== null),
  ) as Record<string, unknown>;
}

/** `{k: expression, …}` with the constant values read from `$template`. */
function mapLiteral(template: Record<string, unknown>, distinct: Record<string, string>): string {
  const entries = Object.keys(template).map((name) => `${key(name)}: ${distinct[name] ?? `$template.${key(name)}`}`);
  return `{${[...entries, `loadId: '${LOAD_ID}'`].join(', ')}}`;
}

/** Per type: how many elements there are, and the first one (made only then), whose properties the ceiling copies. */
function tallyByType<Row>() {
  const byType = new Map<string, { example: Row; count: number }>();
  return {
    add(type: string, make: () => Row): void {
      const tally = byType.get(type);
      if (tally) tally.count += 1;
      else byType.set(type, { example: make(), count: 1 });
    },
    get: (type: string) => byType.get(type),
  };
}

export function constraintStatements(): CeilingStatement[] {
  return CONSTRAINTS.map((query) => ({ query, params: {} }));
}

/** The synthetic graph's shape, generated in Neo4j: a statement per node type, then per relationship type. */
export function sameGraphStatements(kg: KnowledgeGraph): CeilingStatement[] {
  const statements = constraintStatements();
  const nodesByType = tallyByType<NodeRow>();
  kg.graph.forEachNode((id, attributes) =>
    nodesByType.add(attributes.type, () => {
      const text = attributes.type === 'document' ? kg.texts.get(id)?.text : undefined;
      return { id, attributes, text };
    }),
  );
  let offset = 0;
  for (const type of NODE_TYPES) {
    const tally = nodesByType.get(type);
    if (!tally) continue;
    const { example, count } = tally;
    const template = storedProperties(example, nodeFields([example]));
    const distinct = Object.fromEntries(
      Object.keys(template)
        .filter((name) => DISTINCT_NODE_KEYS.has(name))
        .map((name) => [name, name === 'id' ? nodeId('i') : `$template.${key(name)} + ' ' + i`]),
    );
    statements.push({
      query: `UNWIND range(toInteger($from), toInteger($to) - 1) AS i
CALL (i) { CREATE (:${labelsOf(type).join(':')} ${mapLiteral(template, distinct)}) } ${BATCH}`,
      params: { from: offset, to: offset + count, template },
    });
    offset += count;
  }
  const nodes = offset;
  const edgesByType = tallyByType<EdgeRow>();
  kg.graph.forEachEdge((edgeKey, attributes, source, target) =>
    edgesByType.add(attributes.type, () => ({ key: edgeKey, attributes, source, target })),
  );
  let first = 0;
  for (const type of RELATION_TYPES) {
    const tally = edgesByType.get(type);
    if (!tally) continue;
    const { example, count } = tally;
    const template = storedProperties(example, edgeFields([example]));
    const distinct = { key: `'${type}:' + a.id + '->' + b.id` };
    statements.push({
      query: `UNWIND range(toInteger($from), toInteger($to) - 1) AS j
CALL (j) {
  MATCH (a:Atlas {id: ${nodeId('(j % toInteger($nodes))')}}) MATCH (b:Atlas {id: ${nodeId('((j * 7919 + 1) % toInteger($nodes))')}})
  CREATE (a)-[:${type} ${mapLiteral(template, distinct)}]->(b)
} ${BATCH}`,
      params: { from: first, to: first + count, nodes, template },
    });
    first += count;
  }
  return statements;
}

/** The same numbers of nodes and relationships, with few and small properties. */
export function countsOnlyStatements(nodes: number, relationships: number): CeilingStatement[] {
  return [
    ...constraintStatements(),
    {
      query: `UNWIND range(0, toInteger($nodes) - 1) AS i
CALL (i) { CREATE (:Atlas:Commitment {id: 'c' + i, type: 'commitment', label: 'Synthetic commitment ' + i, x: i * 1.0, y: i * 2.0, size: 3.0, synthetic: true}) } ${BATCH}`,
      params: { nodes },
    },
    {
      query: `UNWIND range(0, toInteger($relationships) - 1) AS j
CALL (j) {
  MATCH (a:Atlas {id: 'c' + (j % toInteger($nodes))}) MATCH (b:Atlas {id: 'c' + ((j * 7919 + 1) % toInteger($nodes))})
  CREATE (a)-[:INVOLVES {basis: 'text', synthetic: true}]->(b)
} ${BATCH}`,
      params: { nodes, relationships },
    },
  ];
}

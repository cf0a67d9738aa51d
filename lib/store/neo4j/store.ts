/**
 * Neo4j store
 * ===========
 * Answers the store contract with parameterised Cypher against Neo4j: one driver, each read an auto-commit READ
 * transaction on the explicit database in a session closed in `finally` (not `executeQuery`: see `read`), integers
 * converted in one place (./convert), driver errors mapped to domain errors (./errors). The whole-graph answers
 * (/api/graph, exports) are cached per load id, so they are read once per load.
 */
import neo4j, { type Driver, type ResultSummary } from 'neo4j-driver';
import type { SerializedGraph } from 'graphology-types';
import type { AtlasConfig } from '../../config';
import { createAtlasGraph, type KnowledgeGraph } from '../../graph/knowledge-graph';
import { RELATION_TYPES, type Provenance, type RelationType } from '../../graph/schema';
import { nodeDetailAttributes, toApiGraph } from '../../graph/serialize';
import { sortNeighbors } from '../neighbors';
import { rankSearch, searchPattern } from '../../queries/search';
import type {
  AtlasStore,
  CommitmentFilter,
  CommitmentRow,
  DocumentSummary,
  DocumentView,
  EdgeDetails,
  MatrixOptions,
  MatrixView,
  NodeDetails,
  NodeRef,
  ProvenanceView,
  QueryResult,
  SearchResult,
} from '../types';
import { recordToObject } from './convert';
import { createDriver, type Neo4jSettings } from './driver';
import { readDocument, readDocuments } from './documents';
import { readMatrix } from './matrix';
import { readCommitments } from './commitments';
import { mapNeo4jError } from './errors';
import { withinDeadline } from './deadline';
import { assertReadableFormat, STORED_META_QUERY, storedMeta, type StoredMeta } from './format';
import { ATLAS_LABEL, propertiesToEdge, propertiesToNode } from './records';
import { runCypherConsole } from './console';
import { runNamedQueryOnNeo4j } from './named-queries';

type Row = Record<string, unknown>;

/** App reads get a server-side time limit too, so one slow request cannot hold a connection for long. */
const READ_TIMEOUT_MS = 15_000;

export class Neo4jStore implements AtlasStore {
  readonly backend = 'neo4j' as const;
  readonly driver: Driver;
  private readonly settings: Neo4jSettings;
  private readonly cypherLimits: AtlasConfig['cypher'];
  private cachedGraph: { loadId: string; kg: KnowledgeGraph; api: SerializedGraph } | undefined;
  /** Set once a read has found data this version can read (checked again by health and the whole-graph reads). */
  private formatVerified = false;

  constructor(settings: Neo4jSettings, cypherLimits: AtlasConfig['cypher'], driver = createDriver(settings)) {
    this.settings = settings;
    this.cypherLimits = cypherLimits;
    this.driver = driver;
  }

  get database(): string {
    return this.settings.database;
  }

  /**
   * Runs a read query and returns plain rows; `observe` sees the server's summary (timings, for benchmarks).
   * An auto-commit transaction in READ mode: one network round trip instead of executeQuery's BEGIN/RUN/COMMIT,
   * which halved the client-side cost of a named query (bench: query-client-vs-server). App reads are single
   * statements, and the app driver does not retry anyway (it answers 503 at once instead).
   */
  async read(
    query: string,
    params: Record<string, unknown> = {},
    observe?: (summary: ResultSummary) => void,
  ): Promise<Row[]> {
    if (!this.formatVerified) await this.storedMeta();
    return this.readUnchecked(query, params, observe);
  }

  /** The meta node, checked: throws (503, "load it again") when the data is in a format this version cannot read. */
  private async storedMeta(): Promise<StoredMeta> {
    const meta = storedMeta((await this.readUnchecked(STORED_META_QUERY))[0]);
    assertReadableFormat(meta, this.settings.database);
    this.formatVerified = true;
    return meta;
  }

  /**
   * Neo4j ends a read at READ_TIMEOUT_MS itself; one that has not answered shortly after is hung (or its network is):
   * 503 then, rather than a request that never answers (the driver bounds connecting, not a taken connection).
   */
  private readUnchecked(
    query: string,
    params: Record<string, unknown> = {},
    observe?: (summary: ResultSummary) => void,
  ): Promise<Row[]> {
    const deadline = READ_TIMEOUT_MS + this.settings.connectTimeoutMs + 500;
    return withinDeadline(this.runRead(query, params, observe), deadline);
  }

  private async runRead(
    query: string,
    params: Record<string, unknown>,
    observe?: (summary: ResultSummary) => void,
  ): Promise<Row[]> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(query, params, { timeout: READ_TIMEOUT_MS });
      observe?.(result.summary);
      return result.records.map(recordToObject);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Health's question: answered within the connect timeout (+ the pool's wait), or 503, even if Neo4j hangs. */
  async stats() {
    return withinDeadline(this.countStats(), this.settings.connectTimeoutMs + 500);
  }

  private async countStats() {
    await this.storedMeta();
    const [row] = await this.read(
      `MATCH (n:${ATLAS_LABEL}) WITH count(n) AS nodes
       CALL () { MATCH ()-[r]->() RETURN count(r) AS edges }
       RETURN nodes, edges`,
    );
    return { nodes: Number(row?.nodes ?? 0), edges: Number(row?.edges ?? 0) };
  }

  /** The whole graph, read once per completed load (the meta node's load id says when it changed). */
  private async fullGraph(): Promise<{ kg: KnowledgeGraph; api: SerializedGraph }> {
    const loadId = (await this.storedMeta()).loadId ?? '';
    if (this.cachedGraph && this.cachedGraph.loadId === loadId && loadId) return this.cachedGraph;
    const [nodes, edges] = await Promise.all([
      this.read(`MATCH (n:${ATLAS_LABEL}) RETURN properties(n) AS p ORDER BY n.id`),
      this.read(
        `MATCH (a:${ATLAS_LABEL})-[r]->(b:${ATLAS_LABEL}) RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS p`,
      ),
    ]);
    const graph = createAtlasGraph();
    const texts: KnowledgeGraph['texts'] = new Map();
    for (const { p } of nodes) {
      const properties = p as Row;
      const attributes = propertiesToNode(properties);
      graph.addNode(attributes.id, attributes);
      if (attributes.type === 'document' && typeof properties.text === 'string')
        texts.set(attributes.id, { id: attributes.id, text: properties.text });
    }
    // Edges in a stable order (by key), like the memory store's insertion order is stable.
    const parsed = edges
      .map((row) => ({ row, ...propertiesToEdge(String(row.type), row.p as Row) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { row, key, attributes } of parsed)
      graph.addDirectedEdgeWithKey(key, String(row.source), String(row.target), attributes);
    const kg = { graph, texts };
    this.cachedGraph = { loadId, kg, api: toApiGraph(graph) };
    return this.cachedGraph;
  }

  async graph(): Promise<SerializedGraph> {
    return (await this.fullGraph()).api;
  }

  async exportGraph(): Promise<SerializedGraph> {
    return (await this.fullGraph()).kg.graph.export();
  }

  private async sectionTitles(provenance: readonly Provenance[]): Promise<ProvenanceView[]> {
    const ids = [...new Set(provenance.map((p) => p.sectionId))];
    const rows = ids.length
      ? await this.read('MATCH (s:Section) WHERE s.id IN $ids RETURN s.id AS id, s.label AS label', { ids })
      : [];
    const titles = new Map(rows.map((row) => [String(row.id), String(row.label)]));
    return provenance.map((p) => ({
      documentId: p.documentId,
      sectionId: p.sectionId,
      sectionTitle: titles.get(p.sectionId) ?? p.sectionId,
      quote: p.quote,
      start: p.start,
      end: p.end,
    }));
  }

  async node(id: string): Promise<NodeDetails | undefined> {
    const [row] = await this.read(
      `MATCH (n:${ATLAS_LABEL} {id: $id})
       OPTIONAL MATCH (n)-[r]-(m:${ATLAS_LABEL})
       RETURN properties(n) AS node,
              collect(CASE WHEN r IS NULL THEN null ELSE {id: m.id, label: m.label, type: m.type, relation: type(r),
                out: startNode(r) = n, basis: r.basis, note: r.note, edge: r.key} END) AS neighbors`,
      { id },
    );
    if (!row) return undefined;
    const attributes = propertiesToNode(row.node as Row);
    const neighbors = (row.neighbors as Row[]).map((n) => ({
      id: String(n.id),
      label: String(n.label),
      type: n.type as NodeRef['type'],
      relation: n.relation as RelationType,
      direction: (n.out ? 'out' : 'in') as 'out' | 'in',
      basis: n.basis as 'text' | 'curated',
      ...(n.note ? { note: String(n.note) } : {}),
      edge: String(n.edge),
    }));
    sortNeighbors(neighbors);
    return {
      node: nodeDetailAttributes(attributes) as NodeDetails['node'],
      neighbors,
      provenance: await this.sectionTitles(attributes.provenance),
    };
  }

  async edge(id: string): Promise<EdgeDetails | undefined> {
    const match = /^([A-Z_]+):([^>]+)->(.+)$/.exec(id);
    if (!match || !(RELATION_TYPES as readonly string[]).includes(match[1]!)) return undefined;
    const [, type, source, target] = match as unknown as [string, RelationType, string, string];
    // The type is one of the closed list checked above; the ids are parameters.
    const [row] = await this.read(
      `MATCH (a:${ATLAS_LABEL} {id: $source})-[r:${type}]->(b:${ATLAS_LABEL} {id: $target})
       RETURN properties(r) AS p, a {.id, .label, .type} AS source, b {.id, .label, .type} AS target`,
      { source, target },
    );
    if (!row) return undefined;
    const { attributes } = propertiesToEdge(type, row.p as Row);
    return {
      edge: {
        id,
        type,
        basis: attributes.basis,
        ...(attributes.note ? { note: attributes.note } : {}),
        ...(attributes.count !== undefined ? { count: attributes.count } : {}),
        ...(attributes.date ? { date: attributes.date } : {}),
      },
      source: row.source as NodeRef,
      target: row.target as NodeRef,
      provenance: await this.sectionTitles(attributes.provenance),
    };
  }

  async search(query: string, limit: number): Promise<SearchResult[]> {
    if (!query.trim()) return [];
    const rows = await this.read(
      `MATCH (n:${ATLAS_LABEL})
       WHERE n.label =~ $pattern OR n.id =~ $pattern OR any(a IN n.aliases WHERE a =~ $pattern)
       RETURN n.id AS id, n.label AS label, n.type AS type, n.aliases AS aliases`,
      { pattern: searchPattern(query) },
    );
    return rankSearch(query, rows as unknown as SearchResult[], limit);
  }

  async matrix(options: MatrixOptions = {}): Promise<MatrixView> {
    return readMatrix((query, params) => this.read(query, params), options);
  }

  async commitments(filter: CommitmentFilter): Promise<CommitmentRow[]> {
    return readCommitments((query, params) => this.read(query, params), filter);
  }

  async documents(): Promise<DocumentSummary[]> {
    return readDocuments((query, params) => this.read(query, params));
  }

  async document(id: string): Promise<DocumentView | undefined> {
    return readDocument((query, params) => this.read(query, params), id);
  }

  async runQuery(name: string, params: Record<string, unknown>): Promise<QueryResult> {
    return runNamedQueryOnNeo4j(this, name, params);
  }

  async cypher(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    return runCypherConsole(this.driver, this.settings.database, this.cypherLimits, query, params);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Store contract
 * ==============
 * The questions the app asks, answered identically by the embedded memory store and by Neo4j. Shapes are the
 * public HTTP API of ARCHITECTURE.md; the contract suite runs the same cases against both implementations.
 */
import type { SerializedGraph } from 'graphology-types';
import type { CommitmentKind, NodeType, RelationType } from '../graph/schema';

export type Backend = 'memory' | 'neo4j';

export interface NodeRef {
  id: string;
  label: string;
  type: NodeType;
}

export interface SearchResult extends NodeRef {
  aliases: string[];
}

export interface ProvenanceView {
  documentId: string;
  sectionId: string;
  sectionTitle: string;
  quote: string;
  start: number;
  end: number;
}

export interface Neighbor extends NodeRef {
  relation: RelationType;
  direction: 'out' | 'in';
  basis: 'text' | 'curated';
  note?: string;
  /** The edge's key, for GET /api/edges/:id. */
  edge: string;
}

export interface NodeDetails {
  /** Every attribute of the node but its provenance (returned apart) and layout coordinates. */
  node: NodeRef & { aliases: string[]; [attribute: string]: unknown };
  neighbors: Neighbor[];
  provenance: ProvenanceView[];
}

export interface EdgeDetails {
  edge: { id: string; type: RelationType; basis: 'text' | 'curated'; note?: string; count?: number; date?: string };
  source: NodeRef;
  target: NodeRef;
  provenance: ProvenanceView[];
}

/** What GET /api/matrix is asked: `parts` counts, in a forum's row, the bodies within it too (PART_OF, any depth). */
export interface MatrixOptions {
  parts?: boolean;
}

/** A commitment that a forum's row counts through bodies within the forum, and the ones it involves (ids, sorted). */
export interface MatrixVia {
  commitment: string;
  parts: string[];
}

export interface MatrixCell {
  action: string;
  forum: string;
  commitments: string[];
  /**
   * Those of the cell's commitments whose every link to the forum (or, with `parts`, to a body within it) is curated
   * knowledge (their sentence does not name it; the INVOLVES edge's note says why), so a reader never cites them as
   * the text's own.
   */
  curated: string[];
  /**
   * Only with `parts` (absent otherwise): each commitment whose sentence does not name the forum itself, with the
   * bodies within it that it does involve, so the reader sees why it counts ("via UN General Assembly").
   */
  via?: MatrixVia[];
}

export interface MatrixView {
  /** The plan-of-action items, by document, each in its document's order; `documentId` says whose it is. */
  actions: Array<{ id: string; label: string; documentId: string }>;
  forums: Array<SearchResult>;
  cells: MatrixCell[];
}

export interface CommitmentFilter {
  forum?: string;
  action?: string;
  /** Matches a commitment that states it among its `modalities`, not only as its first. */
  modality?: string;
  kind?: CommitmentKind;
  /** The id of the document the commitment is in. */
  document?: string;
  /** Every word (or "quoted phrase") of it occurs in the sentence, case and punctuation aside (sentence-match.ts). */
  q?: string;
}

export interface CommitmentRow {
  id: string;
  text: string;
  /** The first verb's modality. */
  modality: string;
  /** Every modality the sentence states, `modality` first. */
  modalities: string[];
  kind: CommitmentKind;
  subject: string;
  documentId: string;
  sectionId: string;
  /** The plan-of-action item, goal or principle the commitment is UNDER, if any. */
  actionId: string | null;
  start: number;
  end: number;
  involves: string[];
  /** Those of `involves` linked by curation, not named in the sentence. */
  curatedInvolves: string[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  issuer: string;
  date: string;
  language: string;
  /** Where the document is published, when its source says. */
  url?: string;
}

export interface DocumentView {
  document: DocumentSummary & { sourceFile: string };
  text: string;
  sections: Array<{
    id: string;
    parentId: string | null;
    title: string;
    heading: string;
    number: string;
    level: number;
    start: number;
    end: number;
    defines: string | null;
  }>;
  mentions: Array<{ entityId: string; start: number; end: number }>;
  commitments: Array<{
    id: string;
    start: number;
    end: number;
    modality: string;
    modalities: string[];
    kind: CommitmentKind;
  }>;
}

/** A table answer: one row per result, cells aligned with `columns`; `nodes`/`edges` name a subgraph to highlight. */
/** A relationship the text does not state, with the curator's note saying where the knowledge comes from. */
export interface CuratedEdge {
  edge: string;
  note: string;
}

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  nodes?: string[];
  edges?: string[];
  /** Named queries: the curated relationships among `edges` (key order), each with its note; the rest are the text's. */
  curated?: CuratedEdge[];
  /** Set when a row cap cut the answer. */
  truncated?: boolean;
  /** Cypher console: what cut it, the row cap or the answer's size limit (a few huge values). */
  truncatedBy?: 'rows' | 'size';
}

export interface GraphStats {
  nodes: number;
  edges: number;
}

export interface AtlasStore {
  readonly backend: Backend;
  /** Throws StoreUnavailableError when the store cannot answer. */
  stats(): Promise<GraphStats>;
  graph(): Promise<SerializedGraph>;
  node(id: string): Promise<NodeDetails | undefined>;
  edge(id: string): Promise<EdgeDetails | undefined>;
  search(query: string, limit: number): Promise<SearchResult[]>;
  matrix(options?: MatrixOptions): Promise<MatrixView>;
  commitments(filter: CommitmentFilter): Promise<CommitmentRow[]>;
  documents(): Promise<DocumentSummary[]>;
  document(id: string): Promise<DocumentView | undefined>;
  /** The whole graph with every attribute, provenance included (exports). */
  exportGraph(): Promise<SerializedGraph>;
  /** A named query of lib/queries, parameters already validated by its definition. */
  runQuery(name: string, params: Record<string, unknown>): Promise<QueryResult>;
  /** User-supplied Cypher: read-only, with a timeout and a row cap. 501 on the memory store. */
  cypher(query: string, params: Record<string, unknown>): Promise<QueryResult>;
  close(): Promise<void>;
}

/**
 * Client graph
 * ============
 * Turns GET /api/graph's serialised graph into the graphology instance sigma draws. Sigma reads the `type`
 * attribute of nodes and edges to pick a WebGL program, so our domain types move to `nodeType` / `meta.relation` and
 * `type` names a registered program. The server's deterministic positions are kept as `x0`/`y0` so the
 * "initial" layout can restore them after a ForceAtlas2 run. Sigma copies every item's attributes on each pass over
 * the graph, so they hold only what it and the display rules read; the rest sits in one `meta` object per item
 * (measured: a 10k-node graph with fifteen flat node attributes took sigma twice as long to set up).
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { EDGE_DEPICTION } from './edges';
import type { CitedDocument } from '@/lib/graph/citation';
import { shortName, tallyKinds, type KindTally } from '@/lib/graph/commitment-kinds';
import { typeColor } from './kinds';

/** Sigma program names registered by the explorer (see app/_components/explorer/GraphView.tsx). */
export const NODE_PROGRAM = 'circle';
export const EDGE_PROGRAM = { text: EDGE_DEPICTION.text.program, curated: EDGE_DEPICTION.curated.program } as const;

/** What the explorer knows of a node beyond drawing it (read by the table, the reader links, the layouts). */
export interface NodeMeta {
  /** The server's position, which the "initial" layout restores. */
  x0: number;
  y0: number;
  centrality: number;
  aliases: string[];
  /** The gazetteer's name for it in running text, when it gives one (commitment-kinds.ts shortName). */
  shortName?: string;
  basis: 'text' | 'curated';
  documentId?: string;
  start?: number;
  end?: number;
  /** A commitment's verbs (will, supports …; the first is the main one) and whose it is ("self" or "others"). */
  modalities?: string[];
  kind?: string;
  /** A commitment's whole sentence (its label is cut to ~70 characters): what sentence search and the table match. */
  text?: string;
  /** A document's title, issuer, date and address: what a citation of its sentences needs. */
  document?: CitedDocument;
}

export interface ClientNodeAttributes {
  label: string;
  /** Our node type (state, forum, commitment…). */
  nodeType: string;
  /** Sigma's program name. */
  type: string;
  x: number;
  y: number;
  size: number;
  color: string;
  meta: NodeMeta;
}

export interface EdgeMeta {
  /** Our relationship type (INVOLVES, PART_OF…). */
  relation: string;
  note?: string;
  count?: number;
}

export interface ClientEdgeAttributes {
  /** Sigma's program name. */
  type: string;
  basis: 'text' | 'curated';
  color: string;
  size: number;
  meta: EdgeMeta;
}

export type ClientGraph = MultiDirectedGraph<ClientNodeAttributes, ClientEdgeAttributes>;

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function citedDocument(attributes: Record<string, unknown>): CitedDocument {
  const document: CitedDocument = {
    title: str(attributes.title) ?? str(attributes.label) ?? '',
    issuer: str(attributes.issuer) ?? '',
    date: str(attributes.date) ?? '',
  };
  const url = str(attributes.url);
  if (url) document.url = url;
  return document;
}

/** `fn()` returns a new graph; the input is not modified. */
export function buildClientGraph(serialized: SerializedGraph): ClientGraph {
  if (!serialized || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    throw new Error('lib/explorer/graph: expected a serialised graph with nodes and edges arrays');
  }
  const graph: ClientGraph = new MultiDirectedGraph();
  for (const { key, attributes = {} } of serialized.nodes) {
    const nodeType = str(attributes.type) ?? 'unknown';
    const x = num(attributes.x, 0);
    const y = num(attributes.y, 0);
    const meta: NodeMeta = {
      x0: x,
      y0: y,
      centrality: num(attributes.centrality, 0),
      aliases: Array.isArray(attributes.aliases)
        ? attributes.aliases.filter((a): a is string => typeof a === 'string')
        : [],
      basis: attributes.basis === 'curated' ? 'curated' : 'text',
      documentId: str(attributes.documentId),
      start: typeof attributes.start === 'number' ? attributes.start : undefined,
      end: typeof attributes.end === 'number' ? attributes.end : undefined,
    };
    if (Array.isArray(attributes.modalities))
      meta.modalities = attributes.modalities.filter((m): m is string => typeof m === 'string');
    const kind = str(attributes.kind);
    if (kind) meta.kind = kind;
    const text = nodeType === 'commitment' ? str(attributes.text) : undefined;
    if (text) meta.text = text;
    if (nodeType === 'document') meta.document = citedDocument(attributes);
    const given = str(attributes.shortName);
    if (given) meta.shortName = given;
    graph.addNode(key, {
      label: str(attributes.label) ?? key,
      nodeType,
      type: NODE_PROGRAM,
      x,
      y,
      size: num(attributes.size, 4),
      color: str(attributes.color) ?? typeColor(nodeType),
      meta,
    });
  }
  for (const { key, source, target, attributes = {} } of serialized.edges) {
    const basis = attributes.basis === 'curated' ? 'curated' : 'text';
    const meta: EdgeMeta = { relation: str(attributes.type) ?? 'RELATED' };
    const note = str(attributes.note);
    if (note) meta.note = note;
    if (typeof attributes.count === 'number') meta.count = attributes.count;
    const { program, color, size } = EDGE_DEPICTION[basis];
    const edge: ClientEdgeAttributes = { type: program, basis, color, size, meta };
    try {
      if (key) graph.addEdgeWithKey(key, source, target, edge);
      else graph.addEdge(source, target, edge);
    } catch (error) {
      // graphology checks both ends as it adds the edge (a lookup per end per edge saved at 50k edges).
      if (error instanceof Error && error.name === 'NotFoundGraphError') {
        throw new Error(`lib/explorer/graph: edge "${key ?? '?'}" joins an unknown node`);
      }
      throw error;
    }
  }
  return graph;
}

/** Commitments by the exact character range of their sentence, to link a provenance quote to its anchor. */
export function commitmentRangeIndex(graph: ClientGraph): Map<string, string> {
  const index = new Map<string, string>();
  graph.forEachNode((node, { nodeType, meta }) => {
    if (nodeType === 'commitment' && meta.documentId && meta.start !== undefined && meta.end !== undefined) {
      index.set(rangeKey(meta.documentId, meta.start, meta.end), node);
    }
  });
  return index;
}

export function rangeKey(documentId: string, start: number, end: number): string {
  return `${documentId}:${start}-${end}`;
}

/** Node counts per type, for the legend. */
export function countByType(graph: ClientGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, { nodeType }) => counts.set(nodeType, (counts.get(nodeType) ?? 0) + 1));
  return counts;
}

/**
 * The commitments by kind, the parties' own by who MAKES them: the legend's "83 by China, 38 asked of others", so an
 * analyst sees at once how much is the issuer's own word and how much is asked of others.
 */
export function tallyCommitmentKinds(graph: ClientGraph): KindTally {
  const commitments: Array<{ kind: unknown; maker: string | undefined }> = [];
  graph.forEachNode((node, { nodeType, meta }) => {
    if (nodeType !== 'commitment') return;
    const makes = graph.findInEdge(node, (_edge, attributes) => attributes.meta.relation === 'MAKES');
    const party = makes === undefined ? undefined : graph.getNodeAttributes(graph.source(makes));
    // By the name the text calls it ("China", not "People's Republic of China"), as the reader says it.
    const maker = party ? shortName(party.label, party.meta.aliases, party.meta.shortName) : undefined;
    commitments.push({ kind: meta.kind, maker });
  });
  return tallyKinds(commitments);
}

/**
 * Tiny made-up graphs
 * ===================
 * Hand-drawn knowledge graphs (not from any document) small enough that the exact answer of a path or
 * neighbourhood question can be worked out on paper; attributes are the few the queries read.
 */
import {
  createAtlasGraph,
  type EdgeAttributes,
  type KnowledgeGraph,
  type NodeAttributes,
} from '@/lib/graph/knowledge-graph';
import { edgeKey } from '@/lib/graph/ids';
import type { RelationType } from '@/lib/graph/schema';

type Extra = Record<string, unknown>;

export function tinyGraph(
  nodes: Array<[string, string, Extra?]>,
  edges: Array<[RelationType, string, string, Extra?]>,
): KnowledgeGraph {
  const graph = createAtlasGraph();
  for (const [id, type, extra] of nodes) {
    graph.addNode(id, {
      id,
      label: id.toUpperCase(),
      type,
      aliases: [],
      basis: 'text',
      provenance: [],
      ...extra,
    } as unknown as NodeAttributes);
  }
  for (const [type, source, target, extra] of edges) {
    graph.addDirectedEdgeWithKey(edgeKey(type, source, target), source, target, {
      type,
      basis: 'text',
      provenance: [],
      ...extra,
    } as EdgeAttributes);
  }
  return { graph, texts: new Map() };
}

/**
 *   a ── b ── d ── f
 *   │         │
 *   c ────────┘        e (isolated)
 * Two shortest a→d paths (a-b-d, a-c-d) and two relationships between b and d (MENTIONS b→d, PART_OF d→b).
 */
export function diamond(): KnowledgeGraph {
  return tinyGraph(
    [
      ['a', 'forum'],
      ['b', 'organization'],
      ['c', 'state'],
      ['d', 'process'],
      ['e', 'forum'],
      ['f', 'instrument'],
    ],
    [
      ['MEMBER_OF', 'c', 'a'],
      ['PART_OF', 'a', 'b'],
      ['MENTIONS', 'b', 'd'],
      ['PART_OF', 'd', 'b'],
      ['INVOLVES', 'c', 'd'],
      ['PART_OF', 'f', 'd'],
    ],
  );
}

/**
 * A made-up plan of action: items p1..p3 defined by sections s1..s3 (s3 has a subsection s3a); forum "fx" is
 * INVOLVED by commitments under p2 (two) and p1 (one), and only MENTIONED in s3a (3 times) and s1 (once); "fy" is MENTIONED in s3 (4 times).
 */
export function planOfAction(): KnowledgeGraph {
  const action = (n: number) => ({ documentId: 'doc', number: n });
  const commitment = (start: number) => ({
    documentId: 'doc',
    start,
    text: 'x',
    modality: 'will',
    modalities: ['will'],
    kind: 'self',
    subject: 'X',
  });
  return tinyGraph(
    [
      ['doc', 'document'],
      ['s1', 'section'],
      ['s2', 'section'],
      ['s3', 'section'],
      ['s3a', 'section'],
      ['p1', 'action', action(1)],
      ['p2', 'action', action(2)],
      ['p3', 'action', action(3)],
      ['c1', 'commitment', commitment(10)],
      ['c2', 'commitment', commitment(30)],
      ['c3', 'commitment', commitment(20)],
      ['fx', 'forum'],
      ['fy', 'organization'],
      ['st', 'state'],
    ],
    [
      ['HAS_SECTION', 'doc', 's1'],
      ['HAS_SECTION', 'doc', 's2'],
      ['HAS_SECTION', 'doc', 's3'],
      ['HAS_SECTION', 's3', 's3a'],
      ['DEFINES', 's1', 'p1'],
      ['DEFINES', 's2', 'p2'],
      ['DEFINES', 's3', 'p3'],
      ['UNDER', 'c1', 'p1'],
      ['UNDER', 'c2', 'p2'],
      ['UNDER', 'c3', 'p2'],
      ['INVOLVES', 'c1', 'fx'],
      ['INVOLVES', 'c2', 'fx'],
      ['INVOLVES', 'c3', 'fx'],
      ['INVOLVES', 'c3', 'fy'],
      ['INVOLVES', 'c3', 'st'],
      ['MENTIONS', 's1', 'fx', { count: 1 }],
      ['MENTIONS', 's3a', 'fx', { count: 3 }],
      ['MENTIONS', 's3', 'fy', { count: 4 }],
    ],
  );
}

/**
 * Deterministic layout
 * ====================
 * Positions and sizes every node before the first paint: seeded random start, ForceAtlas2 for a fixed number of
 * iterations, size by PageRank. The same graph always gets the same picture, so the explorer paints fast and
 * stable and screenshots can be compared.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import random from 'graphology-layout/random';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { AtlasGraph } from './knowledge-graph';
import { TYPE_STYLE } from './style';

export const LAYOUT_SEED = 20170301;
const MIN_SIZE = 3;
const MAX_SIZE = 16;

/** mulberry32: a tiny seeded PRNG, so the starting positions never depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Iterations shrink as graphs grow so a 100k-node synthetic graph still builds in seconds. */
export function layoutIterations(order: number): number {
  if (order <= 1000) return 400;
  if (order <= 20000) return 100;
  return 20;
}

/** Mutates the graph: x, y, size, centrality and colour on nodes; colour on edges. */
export function assignLayout(graph: AtlasGraph, seed = LAYOUT_SEED): void {
  if (graph.order === 0) return;
  random.assign(graph, { rng: seededRandom(seed), scale: 100, center: 0 });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 };
  forceAtlas2.assign(graph, { iterations: layoutIterations(graph.order), settings });

  // PageRank on the simple undirected projection: importance by connection, whatever the edge direction.
  const simple = new UndirectedGraph();
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_key, _attributes, source, target) => simple.mergeEdge(source, target));
  const scores = simple.size > 0 ? pagerank(simple, { getEdgeWeight: null }) : {};
  const values = Object.values(scores);
  const max = Math.max(...values, Number.MIN_VALUE);
  const min = Math.min(...values, 0);
  graph.forEachNode((key, attributes) => {
    const score = scores[key] ?? 0;
    const scaled = max > min ? Math.sqrt((score - min) / (max - min)) : 0;
    graph.mergeNodeAttributes(key, {
      x: round(attributes.x ?? 0),
      y: round(attributes.y ?? 0),
      centrality: round(score, 6),
      size: round(MIN_SIZE + scaled * (MAX_SIZE - MIN_SIZE), 2),
      color: TYPE_STYLE[attributes.type]?.color ?? '#999999',
    });
  });
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Synthetic graphs
 * ================
 * Generates a knowledge graph of N nodes and about 5N relationships in the real schema (documents, sections,
 * actions, commitments, entities; MAKES, UNDER, INVOLVES, MENTIONS …), every node and edge marked synthetic, from
 * a fixed seed: the same N always gives the same ids. For benchmarks and fault tests on throw-away databases.
 */
import { createAtlasGraph, type KnowledgeGraph } from './knowledge-graph';
import { seededRandom } from './layout';
import { ACTOR_TYPES, ENTITY_TYPES, type EntityType } from './schema';
import { TYPE_STYLE } from './style';

const INVOLVES_PER_COMMITMENT = 3;
const MENTIONS_PER_SECTION = 12;

export function generateSyntheticGraph(order: number, seed = 42): KnowledgeGraph {
  if (!Number.isInteger(order) || order < 20) {
    throw new Error(`lib/graph/synthetic: the order must be an integer of at least 20 (got ${order})`);
  }
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const graph = createAtlasGraph();
  const texts: KnowledgeGraph['texts'] = new Map();

  const documents = Math.max(1, Math.round(order * 0.005));
  const entities = Math.max(ACTOR_TYPES.length, Math.round(order * 0.1));
  const sections = Math.max(documents, Math.round(order * 0.1));
  const actions = Math.max(1, Math.min(sections, Math.round(order * 0.09)));
  const commitments = order - documents - entities - sections - actions;

  const common = (id: string, label: string) => ({
    id,
    label,
    aliases: [],
    basis: 'text' as const,
    synthetic: true,
    provenance: [],
    x: Math.round((random() * 2000 - 1000) * 100) / 100,
    y: Math.round((random() * 2000 - 1000) * 100) / 100,
  });

  const documentIds: string[] = [];
  for (let i = 0; i < documents; i++) {
    const id = `syn-doc-${i}`;
    const text = `Synthetic document ${i}.`;
    texts.set(id, { id, text });
    graph.addNode(id, {
      ...common(id, `Synthetic document ${i}`),
      type: 'document',
      title: `Synthetic document ${i}`,
      issuer: 'Synthetic',
      date: '2000-01-01',
      language: 'en',
      sourceFile: '(synthetic)',
      textLength: text.length,
    });
    documentIds.push(id);
  }
  const entityIds: Array<{ id: string; type: EntityType }> = [];
  for (let i = 0; i < entities; i++) {
    // The first few are one of each actor type, so every MAKES has a maker.
    const type = i < ACTOR_TYPES.length ? ACTOR_TYPES[i]! : pick(ENTITY_TYPES);
    const id = `syn-entity-${i}`;
    graph.addNode(id, { ...common(id, `Synthetic ${type} ${i}`), type, aliases: [`SYN${i}`] });
    entityIds.push({ id, type });
  }
  const actors = entityIds.filter((e) => (ACTOR_TYPES as readonly string[]).includes(e.type)).map((e) => e.id);
  const sectionIds: string[] = [];
  for (let i = 0; i < sections; i++) {
    const id = `syn-section-${i}`;
    const documentId = documentIds[i % documents]!;
    graph.addNode(id, {
      ...common(id, `Section ${i}`),
      type: 'section',
      documentId,
      number: String(i + 1),
      title: `Section ${i}`,
      level: 1,
      order: i,
      start: 0,
      end: 1,
    });
    graph.addDirectedEdgeWithKey(`HAS_SECTION:${documentId}->${id}`, documentId, id, {
      type: 'HAS_SECTION',
      basis: 'text',
      synthetic: true,
      provenance: [],
    });
    const mentioned = new Set<string>();
    while (mentioned.size < Math.min(MENTIONS_PER_SECTION, entities)) mentioned.add(pick(entityIds).id);
    for (const entity of mentioned) {
      graph.addDirectedEdgeWithKey(`MENTIONS:${id}->${entity}`, id, entity, {
        type: 'MENTIONS',
        basis: 'text',
        count: 1,
        synthetic: true,
        provenance: [],
      });
    }
    sectionIds.push(id);
  }
  const actionIds: string[] = [];
  const sectionOfAction = new Map<string, string>();
  for (let i = 0; i < actions; i++) {
    const id = `syn-action-${i}`;
    const sectionId = sectionIds[i]!;
    const documentId = documentIds[i % documents]!; // section i belongs to document i % documents
    graph.addNode(id, { ...common(id, `Synthetic action ${i}`), type: 'action', documentId, sectionId, number: i + 1 });
    graph.addDirectedEdgeWithKey(`DEFINES:${sectionId}->${id}`, sectionId, id, {
      type: 'DEFINES',
      basis: 'text',
      synthetic: true,
      provenance: [],
    });
    actionIds.push(id);
    sectionOfAction.set(id, sectionId);
  }
  for (let i = 0; i < commitments; i++) {
    const id = `syn-commitment-${i}`;
    const action = pick(actionIds);
    const sectionId = sectionOfAction.get(action)!;
    const text = `Synthetic commitment ${i} will act.`;
    // common() draws the position first: the same draws in the same order keep the generated graph as it was.
    const base = common(id, text);
    const modality = pick(['will', 'supports', 'should']);
    graph.addNode(id, {
      ...base,
      type: 'commitment',
      documentId: documentIds[0]!,
      sectionId,
      text,
      modality,
      modalities: [modality],
      kind: random() < 0.7 ? 'self' : 'others',
      subject: 'Synthetic',
      start: 0,
      end: 1,
    });
    const maker = pick(actors);
    graph.addDirectedEdgeWithKey(`MAKES:${maker}->${id}`, maker, id, {
      type: 'MAKES',
      basis: 'text',
      synthetic: true,
      provenance: [],
    });
    graph.addDirectedEdgeWithKey(`UNDER:${id}->${action}`, id, action, {
      type: 'UNDER',
      basis: 'text',
      synthetic: true,
      provenance: [],
    });
    const involved = new Set<string>();
    while (involved.size < Math.min(INVOLVES_PER_COMMITMENT, entities)) involved.add(pick(entityIds).id);
    for (const entity of involved) {
      graph.addDirectedEdgeWithKey(`INVOLVES:${id}->${entity}`, id, entity, {
        type: 'INVOLVES',
        basis: 'text',
        synthetic: true,
        provenance: [],
      });
    }
  }
  // A PART_OF forest: each entity may belong to one with a smaller index, so there is never a cycle.
  for (let i = 1; i < entities; i++) {
    if (random() < 0.5) {
      const parent = entityIds[Math.floor(random() * i)]!.id;
      const child = entityIds[i]!.id;
      graph.addDirectedEdgeWithKey(`PART_OF:${child}->${parent}`, child, parent, {
        type: 'PART_OF',
        basis: 'curated',
        note: 'synthetic',
        synthetic: true,
        provenance: [],
      });
    }
  }
  graph.forEachNode((key, attributes) => {
    graph.mergeNodeAttributes(key, {
      size: Math.min(16, 2 + Math.sqrt(graph.degree(key))),
      color: TYPE_STYLE[attributes.type].color,
      centrality: 0,
    });
  });
  return { graph, texts };
}

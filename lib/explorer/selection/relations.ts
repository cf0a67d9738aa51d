/**
 * Relationship groups
 * ===================
 * The details panel lists a node's neighbours grouped by relationship and direction, with a phrase a reader
 * understands ("Involved in", "Made by") instead of the edge type. Groups follow a fixed order so the panel reads
 * the same way for every node. This is the one map from relationship types to words: every label, accessible name
 * and announcement of a relationship in the browser takes its words from here, so they never spell out PART_OF.
 */
import type { Neighbor } from '../api/client';

type Direction = 'out' | 'in';

/** [outgoing phrase, incoming phrase] per relationship type. */
const PHRASES: Record<string, [string, string]> = {
  ISSUED: ['Issued', 'Issued by'],
  HAS_SECTION: ['Sections', 'Section of'],
  DEFINES: ['Defines', 'Defined in'],
  MAKES: ['Makes', 'Made by'],
  UNDER: ['Under', 'Commitments under it'],
  INVOLVES: ['Involves', 'Involved in'],
  MENTIONS: ['Mentions', 'Mentioned in'],
  PART_OF: ['Part of', 'Has part'],
  MEMBER_OF: ['Member of', 'Members'],
  SUBMITTED: ['Submitted', 'Submitted by'],
  SUBMITTED_TO: ['Submitted to', 'Received'],
  HEAD_OF: ['Head of', 'Headed by'],
};

const ORDER = Object.keys(PHRASES);

/** A type this map does not know yet (a new curation) still reads as words: NEW_KIND → "New kind". */
function spelled(relation: string): string {
  const words = relation.toLowerCase().replace(/_+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : relation;
}

/** The phrase that heads a group of neighbours ("Part of", "Involved in"), from the node's side of the edge. */
export function relationPhrase(relation: string, direction: Direction): string {
  const phrases = PHRASES[relation];
  if (!phrases) return direction === 'out' ? spelled(relation) : `${spelled(relation)} (incoming)`;
  return direction === 'out' ? phrases[0] : phrases[1];
}

/** The same phrase inside a sentence ("ARF part of ASEAN", "Relationship: involves"); no phrase has a proper noun. */
export function relationWords(relation: string, direction: Direction = 'out'): string {
  return relationPhrase(relation, direction).toLowerCase();
}

/** An edge in words between its ends' labels: "ASEAN Regional Forum part of Association of Southeast Asian Nations". */
export function relationSentence(relation: string, source: string, target: string): string {
  return `${source} ${relationWords(relation)} ${target}`;
}

export interface RelationGroup {
  key: string;
  relation: string;
  direction: Direction;
  title: string;
  neighbors: Neighbor[];
}

export function groupNeighbors(neighbors: readonly Neighbor[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const neighbor of neighbors) {
    const key = `${neighbor.relation}:${neighbor.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        relation: neighbor.relation,
        direction: neighbor.direction,
        title: relationPhrase(neighbor.relation, neighbor.direction),
        neighbors: [],
      };
      groups.set(key, group);
    }
    group.neighbors.push(neighbor);
  }
  const rank = (group: RelationGroup) => {
    const index = ORDER.indexOf(group.relation);
    return (index < 0 ? ORDER.length : index) * 2 + (group.direction === 'out' ? 0 : 1);
  };
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
}

/** The forums (organizations, forums, processes) a commitment involves, for its summary line. */
export function involvedForums(neighbors: readonly Neighbor[], forumTypes: readonly string[]): Neighbor[] {
  return neighbors.filter((n) => n.relation === 'INVOLVES' && n.direction === 'out' && forumTypes.includes(n.type));
}

/** A commitment's kind as a reader would say it. */
export function describeKind(kind: unknown): string | undefined {
  if (kind === 'self') return "the issuer's own commitment or position";
  if (kind === 'others') return 'a norm addressed to other parties';
  return undefined;
}

/** The same, short, for a table cell or after a verb: "issuer's own", "asked of others"; another kind as given. */
export function kindWords(kind: string): string {
  if (kind === 'self') return "issuer's own";
  if (kind === 'others') return 'asked of others';
  return kind;
}

/**
 * Every modality a commitment states, first verb first ("supports", "calls for"), from its attributes as the API
 * sends them; just its `modality` when the list is missing (a graph loaded before commitments carried one).
 */
export function modalitiesOf(modality: unknown, modalities: unknown): string[] {
  const listed = Array.isArray(modalities)
    ? modalities.filter((m): m is string => typeof m === 'string' && m !== '')
    : [];
  if (listed.length > 0) return listed;
  return typeof modality === 'string' && modality ? [modality] : [];
}

/** Modalities as one phrase: "supports · calls for". */
export function formatModalities(modalities: readonly string[], quote = false): string {
  return modalities.map((m) => (quote ? `“${m}”` : m)).join(' · ');
}

/**
 * Visual style
 * ============
 * Colours and names per node type, shared by the layout (server side) and the explorer's legend, so that the
 * legend can never disagree with the canvas. Colours pass WCAG contrast against the light canvas for labels. No two
 * types look alike, also to a reader without green-red vision (deuteranopia, the commonest): the Principle and
 * Initiative purples and the Forum and Process greens were near twins, and the Person olive read as the Plan-of-action
 * red (tested by colour distance in test/unit/graph/style.test.ts). The legend, the labels and the details name each
 * type too: colour is never the only cue.
 */
import type { NodeType } from './schema';

export const TYPE_STYLE: Record<NodeType, { color: string; name: string; plural: string }> = {
  document: { color: '#37474f', name: 'Document', plural: 'Documents' },
  section: { color: '#90a4ae', name: 'Section', plural: 'Sections' },
  principle: { color: '#6a1b9a', name: 'Principle', plural: 'Principles' },
  goal: { color: '#ad1457', name: 'Strategic goal', plural: 'Strategic goals' },
  action: { color: '#c62828', name: 'Plan-of-action item', plural: 'Plan-of-action items' },
  commitment: { color: '#f9a825', name: 'Commitment', plural: 'Commitments' },
  state: { color: '#1565c0', name: 'State', plural: 'States' },
  person: { color: '#a1887f', name: 'Person', plural: 'People' },
  organization: { color: '#00838f', name: 'Organization', plural: 'Organizations' },
  forum: { color: '#2e7d32', name: 'Forum', plural: 'Forums' },
  process: { color: '#689f38', name: 'Process', plural: 'Processes' },
  stakeholder: { color: '#4e342e', name: 'Stakeholder group', plural: 'Stakeholder groups' },
  instrument: { color: '#ef6c00', name: 'Instrument', plural: 'Instruments' },
  initiative: { color: '#d63fa0', name: 'Initiative', plural: 'Initiatives' },
};

/** Edge colours: relationships stated in the text, and curated knowledge (drawn curved: lib/explorer/graph/edges.ts). */
export const EDGE_COLOR = { text: '#b0bec5', curated: '#ff7043' } as const;

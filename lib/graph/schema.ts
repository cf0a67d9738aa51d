/**
 * Graph schema
 * ============
 * The data model of ARCHITECTURE.md as zod schemas: node and edge attributes, provenance and the closed lists of
 * node types and relationship types. Everything that enters the knowledge graph is parsed with these first.
 */
import { z } from 'zod';
import { choiceSchema } from './choices';

export const ACTOR_TYPES = ['state', 'person', 'organization', 'forum', 'process', 'stakeholder'] as const;
export const ENTITY_TYPES = [...ACTOR_TYPES, 'instrument', 'initiative'] as const;
export const STRUCTURE_TYPES = ['document', 'section', 'principle', 'goal', 'action', 'commitment'] as const;
export const NODE_TYPES = [...STRUCTURE_TYPES, ...ENTITY_TYPES] as const;
/** The institutional venues: what "forums" means in the matrix and the named questions. */
export const FORUM_TYPES = ['organization', 'forum', 'process'] as const;
/** Section kinds a document may declare for its chapters' numbered subsections. */
export const DEFINED_TYPES = ['principle', 'goal', 'action'] as const;

/** Relationships the ingest derives from a document's structure and sentences. */
export const TEXT_RELATION_TYPES = ['HAS_SECTION', 'DEFINES', 'MAKES', 'UNDER', 'INVOLVES', 'MENTIONS'] as const;
/** Relationships between entities, which a curator states (as curated knowledge or as a quoted fact of the text). */
export const ENTITY_RELATION_TYPES = [
  'PART_OF',
  'MEMBER_OF',
  'SUBMITTED',
  'SUBMITTED_TO',
  'ISSUED',
  'HEAD_OF',
] as const;
export const RELATION_TYPES = [...TEXT_RELATION_TYPES, ...ENTITY_RELATION_TYPES] as const;

export type NodeType = (typeof NODE_TYPES)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type ActorType = (typeof ACTOR_TYPES)[number];
export type DefinedType = (typeof DEFINED_TYPES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

/** Labels each node type carries in Neo4j (actors also carry :Actor). */
export const NEO4J_LABELS: Record<NodeType, readonly string[]> = {
  document: ['Document'],
  section: ['Section'],
  principle: ['Principle'],
  goal: ['Goal'],
  action: ['Action'],
  commitment: ['Commitment'],
  state: ['Actor', 'State'],
  person: ['Actor', 'Person'],
  organization: ['Actor', 'Organization'],
  forum: ['Actor', 'Forum'],
  process: ['Actor', 'Process'],
  stakeholder: ['Actor', 'Stakeholder'],
  instrument: ['Instrument'],
  initiative: ['Initiative'],
};

/** Lower-case slug: letters, digits and single hyphens. Stable and readable, never random. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "arf" or "principle-sovereignty"');

/** The longest id a curator may give: the API takes ids up to this length (lib/queries/params.ts). */
export const ID_MAX_LENGTH = 200;

/** An id written in the data (an entity's, a document's): a slug the API can be asked about. */
export const givenIdSchema = slugSchema.max(
  ID_MAX_LENGTH,
  `an id is at most ${ID_MAX_LENGTH} characters (the API takes no longer ones)`,
);

export const provenanceSchema = z.object({
  documentId: slugSchema,
  sectionId: slugSchema,
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const basisSchema = choiceSchema(['text', 'curated']);
export type Basis = z.infer<typeof basisSchema>;

/** "self": the issuer commits or states its own position; "others": a norm addressed to other parties. */
export const commitmentKindSchema = z.enum(['self', 'others']);
export type CommitmentKind = z.infer<typeof commitmentKindSchema>;

const baseNode = z.object({
  id: slugSchema,
  label: z.string().min(1),
  type: z.enum(NODE_TYPES),
  aliases: z.array(z.string().min(1)),
  /** What running text calls it ("the EU's commitment"), when its shortest name would not do (lib/graph/commitment-kinds). */
  shortName: z.string().min(1).optional(),
  description: z.string().optional(),
  basis: basisSchema,
  note: z.string().optional(),
  synthetic: z.boolean().optional(),
  provenance: z.array(provenanceSchema),
});

export const documentNodeSchema = baseNode.extend({
  type: z.literal('document'),
  title: z.string().min(1),
  issuer: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  language: z.string().min(2),
  sourceFile: z.string().min(1),
  textLength: z.number().int().positive(),
  /** Where the document is published (its front matter's `url`), for citations. */
  url: z.url().optional(),
});

export const sectionNodeSchema = baseNode.extend({
  type: z.literal('section'),
  documentId: slugSchema,
  number: z.string(),
  title: z.string().min(1),
  level: z.number().int().min(1).max(6),
  order: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const definedNodeSchema = baseNode.extend({
  type: z.enum(DEFINED_TYPES),
  documentId: slugSchema,
  sectionId: slugSchema,
  /** Its place among its document's items of its type, 1 first: as numbered in the text when that is 1, 2, 3 … */
  number: z.number().int().positive(),
});

export const commitmentNodeSchema = baseNode
  .extend({
    type: z.literal('commitment'),
    documentId: slugSchema,
    sectionId: slugSchema,
    text: z.string().min(1),
    modality: z.string().min(1),
    /** Every modality the sentence states for its subject, in order of appearance: `modality` first, no repeats. */
    modalities: z.array(z.string().min(1)).min(1),
    kind: commitmentKindSchema,
    subject: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /**
     * Set when the sentence is quoted speech (an epigraph): its attribution line as written ("Remarks by H.E. Xi
     * Jinping, …"). The words are the speaker's, and MAKES comes from the speaker, not the issuer.
     */
    quotedFrom: z.string().min(1).optional(),
  })
  .superRefine((node, ctx) => {
    // `modality` stays the primary verb that filters and stats read; the list must agree with it.
    if (node.modalities[0] !== node.modality) {
      ctx.addIssue({ code: 'custom', path: ['modalities', 0], message: `must be the modality "${node.modality}"` });
    }
    if (new Set(node.modalities).size !== node.modalities.length) {
      ctx.addIssue({ code: 'custom', path: ['modalities'], message: 'must not repeat a modality' });
    }
  });

export const entityNodeSchema = baseNode.extend({
  type: z.enum(ENTITY_TYPES),
});

/** The schema that validates a node of the given type (structure nodes carry more than entities). */
export const NODE_SCHEMAS: Record<NodeType, z.ZodType> = {
  document: documentNodeSchema,
  section: sectionNodeSchema,
  principle: definedNodeSchema,
  goal: definedNodeSchema,
  action: definedNodeSchema,
  commitment: commitmentNodeSchema,
  state: entityNodeSchema,
  organization: entityNodeSchema,
  forum: entityNodeSchema,
  process: entityNodeSchema,
  stakeholder: entityNodeSchema,
  person: entityNodeSchema,
  instrument: entityNodeSchema,
  initiative: entityNodeSchema,
};

export type DocumentNode = z.infer<typeof documentNodeSchema>;
export type SectionNode = z.infer<typeof sectionNodeSchema>;
export type DefinedNode = z.infer<typeof definedNodeSchema>;
export type CommitmentNode = z.infer<typeof commitmentNodeSchema>;
export type EntityNode = z.infer<typeof entityNodeSchema>;
export type AtlasNode = DocumentNode | SectionNode | DefinedNode | CommitmentNode | EntityNode;

export const edgeSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    basis: basisSchema,
    note: z.string().min(1).optional(),
    count: z.number().int().positive().optional(),
    /** MENTIONS: the mentions' character ranges in the document text, flattened [start, end, start, end, …]. */
    spans: z.array(z.number().int().nonnegative()).optional(),
    date: z.string().optional(),
    synthetic: z.boolean().optional(),
    provenance: z.array(provenanceSchema),
  })
  .superRefine((edge, ctx) => {
    if (edge.basis === 'curated' && !edge.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'a curated relationship needs a note saying why' });
    }
    if (edge.basis === 'text' && edge.provenance.length === 0 && !edge.synthetic) {
      ctx.addIssue({ code: 'custom', path: ['provenance'], message: 'a text relationship needs provenance' });
    }
  });
export type AtlasEdge = z.infer<typeof edgeSchema>;

/** Node types that are entities named in the text (actors, instruments, initiatives). */
export function isEntityType(type: string): type is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(type);
}

export function isForumType(type: string): boolean {
  return (FORUM_TYPES as readonly string[]).includes(type);
}

/**
 * Knowledge graph build
 * =====================
 * Turns the inputs (documents, gazetteer, curation) into the knowledge graph: structure, mentions, commitments
 * and curated facts, each text-derived node and edge carrying the sentence it comes from. Collects every problem
 * and validates the result before anyone can write it anywhere.
 */
import { AtlasDataError, type DataIssue } from '../graph/errors';
import { slugify } from '../graph/ids';
import { createAtlasGraph, mergeEdge, type AtlasGraph, type KnowledgeGraph } from '../graph/knowledge-graph';
import type { Provenance } from '../graph/schema';
import { validateKnowledgeGraph } from '../graph/validate';
import { extractCommitment, subjectIsIssuer, type ExtractionContext } from './commitments';
import { applyCuratedEdges, suppressMentions } from './apply-curation';
import { addEntities, checkEveryEntityNamed } from './entities';
import { emptyCuration, parseCuration, type Curation } from './curation';
import { parseGazetteer, type Gazetteer } from './gazetteer';
import type { InputFile } from './input-file';
import { createMentionMatcher, type Mention } from './mentions';
import { findQuotations, type Quotation } from './quotations';
import { documentSentences, type Sentence } from './sentences';
import { parseSourceDocument, type SourceDocument, type SourceSection } from './source';

export interface AtlasInputs {
  documents: InputFile[];
  gazetteer: InputFile;
  curation?: InputFile;
}

/** Commitment labels are the sentence, cut to what fits on the canvas. */
const LABEL_LENGTH = 72;

export function buildKnowledgeGraph(inputs: AtlasInputs): KnowledgeGraph {
  if (inputs.documents.length === 0) {
    throw new AtlasDataError('lib/ingest', [
      { message: "no documents: add a Markdown file (<id>.md) to the data folder's sources/" },
    ]);
  }
  // Every file is parsed before any problem is reported, so one report lists the problems of all of them.
  const parseIssues: DataIssue[] = [];
  const parsed = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof AtlasDataError)) throw error;
      parseIssues.push(...error.issues);
      return undefined;
    }
  };
  const gazetteer = parsed(() => parseGazetteer(inputs.gazetteer));
  const curationInput = inputs.curation;
  const curation = curationInput ? parsed(() => parseCuration(curationInput)) : emptyCuration();
  const documents = inputs.documents.map((input) => parsed(() => parseSourceDocument(input)));
  if (!gazetteer || !curation || parseIssues.length > 0) throw new AtlasDataError('lib/ingest', parseIssues);
  return buildFromParsed(gazetteer, curation, documents as SourceDocument[]);
}

function buildFromParsed(gazetteer: Gazetteer, curation: Curation, documents: SourceDocument[]): KnowledgeGraph {
  const issues: DataIssue[] = [];
  const graph = createAtlasGraph();
  const texts = new Map(documents.map((doc) => [doc.meta.id, { id: doc.meta.id, text: doc.text }]));
  addEntities(graph, gazetteer, issues);
  const matcher = createMentionMatcher(gazetteer.entities);
  const mentionedEntities = new Set<string>();
  const fileOfDocument = new Map<string, string>();
  // A document left out makes "never named" checks meaningless: its mentions are missing.
  let everyDocumentRead = true;
  // The ids a document left out would have had: what the curation says about them is not checked.
  const notBuiltIds = new Set<string>();

  for (const doc of documents) {
    const first = fileOfDocument.get(doc.meta.id);
    if (first !== undefined || graph.hasNode(doc.meta.id)) {
      const owner = first !== undefined ? `the document ${first}` : `a gazetteer entity in ${gazetteer.file}`;
      issues.push({
        file: doc.file,
        line: doc.lineOf(['id']),
        field: 'id',
        message: `document id "${doc.meta.id}" is already used by ${owner}`,
      });
      everyDocumentRead = false;
      continue;
    }
    fileOfDocument.set(doc.meta.id, doc.file);
    const issuer = gazetteer.byId.get(doc.meta.issuerId);
    if (!issuer) {
      issues.push({
        file: doc.file,
        line: doc.lineOf(['issuerId']),
        field: 'issuerId',
        message: `"${doc.meta.issuerId}" is not in ${gazetteer.file} (until it is, the document is not built and curation entries that point into it are not checked)`,
      });
      for (const id of [doc.meta.id, ...doc.sections.map((section) => section.id)]) notBuiltIds.add(id);
      everyDocumentRead = false;
      continue;
    }
    const definedBySection = addStructure(graph, doc);
    const sentences = documentSentences(doc);
    const mentions = suppressMentions(doc, matcher.find(doc.text), curation, issues);
    for (const mention of mentions) mentionedEntities.add(mention.entityId);
    addMentions(graph, doc, sentences, mentions);
    const quotations = findQuotations(doc.text, mentions, (id) => gazetteer.byId.get(id)?.type);
    const issuerWords = { names: [issuer.label, ...issuer.aliases, doc.meta.title], demonyms: issuer.demonyms ?? [] };
    addCommitments(graph, doc, sentences, mentions, quotations, issuerWords, definedBySection);
  }

  if (everyDocumentRead) checkEveryEntityNamed(gazetteer, mentionedEntities, issues);
  // Commitment ids are their section's id plus "-s<n>".
  const notBuilt = (id: string) => notBuiltIds.has(id) || notBuiltIds.has(id.replace(/-s\d+$/, ''));
  const origins = applyCuratedEdges(graph, texts, documents, curation, issues, notBuilt);
  if (issues.length > 0) throw new AtlasDataError('lib/ingest', issues);

  const knowledgeGraph = { graph, texts };
  validateKnowledgeGraph(knowledgeGraph, { locate: (key) => origins.get(key) });
  return knowledgeGraph;
}

function quoteOf(doc: SourceDocument, sectionId: string, start: number, end: number): Provenance {
  return { documentId: doc.meta.id, sectionId, quote: doc.text.slice(start, end), start, end };
}

/** Adds the document, its sections and what they define; returns section id → defined node id. */
function addStructure(graph: AtlasGraph, doc: SourceDocument): Map<string, string> {
  const { meta } = doc;
  const definedBySection = new Map<string, string>();
  graph.addNode(meta.id, {
    id: meta.id,
    label: meta.title,
    type: 'document',
    aliases: [],
    title: meta.title,
    issuer: meta.issuer,
    date: meta.date,
    language: meta.language,
    sourceFile: doc.sourceFile,
    textLength: doc.text.length,
    basis: 'text',
    provenance: [],
  });
  mergeEdge(graph, 'ISSUED', meta.issuerId, meta.id, {
    basis: 'curated',
    note: `Issuer from the document's metadata: ${meta.issuer}.`,
    provenance: [],
  });
  for (const section of doc.sections) {
    const heading = quoteOf(doc, section.id, section.headingStart, section.headingEnd);
    graph.addNode(section.id, {
      id: section.id,
      label: section.heading,
      type: 'section',
      aliases: [],
      documentId: meta.id,
      number: section.number,
      title: section.title,
      level: section.level,
      order: section.order,
      start: section.start,
      end: section.end,
      basis: 'text',
      provenance: [heading],
    });
    mergeEdge(graph, 'HAS_SECTION', section.parentId ?? meta.id, section.id, { basis: 'text', provenance: [heading] });
    if (section.defines) {
      // Two documents may both have a "Principle of Peace": the later one (in file order) gets its document's id.
      const id = graph.hasNode(definedId(section)) ? `${definedId(section)}-${meta.id}` : definedId(section);
      definedBySection.set(section.id, id);
      graph.addNode(id, {
        id,
        label: section.title,
        type: section.defines,
        aliases: [],
        documentId: meta.id,
        sectionId: section.id,
        number: Number(section.number),
        basis: 'text',
        provenance: [heading],
      });
      mergeEdge(graph, 'DEFINES', section.id, id, { basis: 'text', provenance: [heading] });
    }
  }
  return definedBySection;
}

/** "The Principle of Peace" defined by a principle section → "principle-peace". */
export function definedId(section: SourceSection): string {
  const kind = section.defines as string;
  const title = slugify(section.title).replace(new RegExp(`^(?:the-)?${kind}-of-(?:the-)?`), '');
  return `${kind}-${title}`;
}

function sentenceOf(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
}

function addMentions(graph: AtlasGraph, doc: SourceDocument, sentences: Sentence[], mentions: Mention[]): void {
  for (const mention of mentions) {
    const sentence = sentenceOf(sentences, mention.start);
    if (!sentence) continue; // a name in a heading: the heading is the section's own provenance
    const provenance = quoteOf(doc, sentence.sectionId, sentence.start, sentence.end);
    graph.updateNodeAttribute(mention.entityId, 'provenance', (existing) =>
      existing?.some((p) => p.documentId === provenance.documentId && p.start === provenance.start)
        ? existing
        : [...(existing ?? []), provenance],
    );
    mergeEdge(graph, 'MENTIONS', sentence.sectionId, mention.entityId, {
      basis: 'text',
      count: 1,
      spans: [mention.start, mention.end],
      provenance: [provenance],
    });
  }
}

function addCommitments(
  graph: AtlasGraph,
  doc: SourceDocument,
  sentences: Sentence[],
  mentions: Mention[],
  quotations: Quotation[],
  issuerWords: { names: string[]; demonyms: string[] },
  definedBySection: Map<string, string>,
): void {
  const issuerId = doc.meta.issuerId;
  let previousSubjectWasIssuer = false;
  let previousSection: string | undefined;
  let previousQuotation: Quotation | undefined;
  for (const sentence of sentences) {
    // Quoted words (an epigraph) are the speaker's.
    const quotation = quotations.find((q) => sentence.start >= q.start && sentence.end <= q.end);
    // "It" does not reach back across a heading, nor into or out of a quotation.
    if (sentence.sectionId !== previousSection || quotation !== previousQuotation) previousSubjectWasIssuer = false;
    previousSection = sentence.sectionId;
    previousQuotation = quotation;
    const context: ExtractionContext = {
      issuerNames: issuerWords.names,
      issuerDemonyms: issuerWords.demonyms,
      previousSubjectWasIssuer,
    };
    const match = extractCommitment(sentence.text, context);
    previousSubjectWasIssuer = subjectIsIssuer(sentence.text, context);
    if (!match) continue;

    const id = `${sentence.sectionId}-s${sentence.index}`;
    const provenance = quoteOf(doc, sentence.sectionId, sentence.start, sentence.end);
    graph.addNode(id, {
      id,
      label:
        sentence.text.length > LABEL_LENGTH ? `${sentence.text.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : sentence.text,
      type: 'commitment',
      aliases: [],
      documentId: doc.meta.id,
      sectionId: sentence.sectionId,
      text: sentence.text,
      modality: match.modality,
      modalities: match.modalities,
      kind: match.kind,
      subject: match.subject,
      start: sentence.start,
      end: sentence.end,
      ...(quotation ? { quotedFrom: quotation.attribution } : {}),
      basis: 'text',
      provenance: [provenance],
    });
    // The speaker of quoted words makes what they say; the attribution line is the evidence, beside the sentence.
    const maker = quotation?.speakerId ?? issuerId;
    const makerProvenance = quotation
      ? [provenance, quoteOf(doc, sentence.sectionId, quotation.attributionStart, quotation.attributionEnd)]
      : [provenance];
    mergeEdge(graph, 'MAKES', maker, id, { basis: 'text', provenance: makerProvenance });

    const definer = definerOf(doc, sentence.sectionId, definedBySection);
    if (definer) mergeEdge(graph, 'UNDER', id, definer, { basis: 'text', provenance: [provenance] });

    // In a self commitment the maker is never also a party involved: wherever its name stands ("China will …",
    // "The development of China's …", "It aims to guide China's participation …"), it names who commits. Words that
    // name the issuer as subject ("the government of China") name the maker too, whatever else they match.
    const { issuerStart, issuerEnd } = match;
    const namesIssuer = (mention: Mention) =>
      maker === issuerId &&
      issuerStart !== undefined &&
      issuerEnd !== undefined &&
      mention.start >= sentence.start + issuerStart &&
      mention.end <= sentence.start + issuerEnd;
    for (const mention of mentions) {
      if (mention.start < sentence.start || mention.end > sentence.end) continue;
      if ((match.kind === 'self' && mention.entityId === maker) || namesIssuer(mention)) continue;
      mergeEdge(graph, 'INVOLVES', id, mention.entityId, { basis: 'text', provenance: [provenance] });
    }
  }
}

/** The principle, goal or action of the sentence's section or its nearest defining ancestor. */
function definerOf(doc: SourceDocument, sectionId: string, definedBySection: Map<string, string>): string | undefined {
  for (let section = doc.sections.find((s) => s.id === sectionId); section;) {
    const defined = definedBySection.get(section.id);
    if (defined) return defined;
    const parentId: string | undefined = section.parentId;
    section = doc.sections.find((s) => s.id === parentId);
  }
  return undefined;
}

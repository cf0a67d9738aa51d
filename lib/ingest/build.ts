/**
 * Knowledge graph build
 * =====================
 * Turns the inputs (documents, gazetteer, curation) into the knowledge graph: structure, mentions, commitments
 * and curated facts, each text-derived node and edge carrying the sentence it comes from. Collects every problem
 * and validates the result before anyone can write it anywhere.
 */
import { AtlasDataError, type DataIssue } from '../graph/errors';
import { createAtlasGraph, mergeEdge, type AtlasGraph, type KnowledgeGraph } from '../graph/knowledge-graph';
import { validateKnowledgeGraph } from '../graph/validate';
import { extractCommitment, subjectIsIssuer, type ExtractionContext } from './commitments';
import { selfNameForms } from './issuer-subject';
import { applyCuratedEdges, checkSuppressedDocuments, suppressMentions } from './apply-curation';
import { addEntities, checkEveryEntityNamed } from './entities';
import { checkLocalAliasDocuments } from './local-aliases';
import type { Curation } from './curation';
import { claimDocumentIds, issuerOf } from './document-checks';
import type { Gazetteer } from './gazetteer';
import type { InputFile } from './input-file';
import { checkMentionCase } from './mention-case';
import { blankMarkup, plainText } from './markup';
import { createMentionMatcher, type Mention } from './mentions';
import { withoutIssuerGovernment } from './issuer-subject';
import { findQuotations, type Quotation } from './quotations';
import { documentSentences, sentenceAt, type Sentence } from './sentences';
import { readEach } from './read-each';
import { addStructure, quoteOf } from './structure';
import type { SourceDocument } from './source';

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
  // Every file is read and checked on its own first; then everything that can still be built is built and
  // validated, so one run lists every problem it can find, across files and stages.
  const { gazetteer, curation, documents, unreadIds, issues, notChecked } = readEach(inputs);
  // Without the list of entities nothing can be matched or resolved.
  if (!gazetteer) throw new AtlasDataError('lib/ingest', issues, notChecked);
  // Every stage below pushes its problems to `issues` and goes on (mention finding has no limit to reach since it
  // is a trie, not one regular expression of every name), so they are all reported together.
  const kg = buildFromParsed(gazetteer, curation, documents, issues, unreadIds);
  if (issues.length > 0) throw new AtlasDataError('lib/ingest', issues, notChecked);
  return kg;
}

/**
 * Builds what can be built, pushing problems to `issues`; then validates the result and adds its problems too.
 * `unreadIds` are the ids of documents that could not be read: references into them are not reported.
 */
function buildFromParsed(
  gazetteer: Gazetteer,
  curation: Curation,
  documents: SourceDocument[],
  issues: DataIssue[],
  unreadIds: string[],
): KnowledgeGraph {
  const graph = createAtlasGraph();
  const texts = new Map(documents.map((doc) => [doc.meta.id, { id: doc.meta.id, text: doc.text }]));
  addEntities(graph, gazetteer, issues);
  checkLocalAliasDocuments(gazetteer, new Set([...documents.map((doc) => doc.meta.id), ...unreadIds]), issues);
  const sharedMatcher = createMentionMatcher(gazetteer.entities);
  const mentionedEntities = new Set<string>();
  const fileOfDocument = new Map<string, string>();
  // A document left out makes "never named" checks meaningless: its mentions are missing.
  let everyDocumentRead = unreadIds.length === 0;
  // The documents left out: what the curation says about their ids (and their sections' …) is not checked.
  const notBuiltDocuments = new Set(unreadIds);

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
    const issuer = issuerOf(doc, gazetteer, issues);
    const definedBySection = issuer && claimDocumentIds(graph, gazetteer, doc, issues);
    if (!issuer || !definedBySection) {
      notBuiltDocuments.add(doc.meta.id);
      everyDocumentRead = false;
      continue;
    }
    addStructure(graph, doc, definedBySection);
    const sentences = documentSentences(doc);
    const selfNames = selfNameForms(doc.meta.selfNames ?? []);
    const issuerWords = {
      names: [issuer.label, ...issuer.aliases, doc.meta.title, ...selfNames],
      demonyms: issuer.demonyms ?? [],
    };
    const issuerContext = {
      issuerId: issuer.id,
      issuerNames: issuerWords.names,
      issuerDemonyms: issuerWords.demonyms,
      selfNames,
    };
    // A document with local aliases (names that stand for an entity in its text only) has a matcher of its own.
    const matcher = gazetteer.entities.some((entity) => entity.localAliases?.[doc.meta.id])
      ? createMentionMatcher(gazetteer.entities, doc.meta.id)
      : sharedMatcher;
    // Names are looked for in the prose, not in a link's address or the marks around a word (markup.ts).
    const prose = blankMarkup(doc.text);
    const inProse = matcher.find(prose).map((m) => ({ ...m, text: doc.text.slice(m.start, m.end) }));
    const found = withoutIssuerGovernment(doc.text, inProse, issuerContext);
    const mentions = suppressMentions(doc, found, curation, issues, gazetteer.unchecked, (id) =>
      gazetteer.byId.has(id),
    );
    checkMentionCase(doc, mentions, gazetteer, issues);
    for (const mention of mentions) mentionedEntities.add(mention.entityId);
    addMentions(graph, doc, sentences, mentions);
    const quotations = findQuotations(doc.text, mentions, (id) => gazetteer.byId.get(id)?.type);
    addCommitments(graph, doc, sentences, mentions, quotations, issuerWords, definedBySection);
  }

  if (everyDocumentRead) checkEveryEntityNamed(gazetteer, mentionedEntities, issues);
  // An id is not checked when it is an entity that failed its own checks, or lies in a document left out (its
  // sections and commitments are "<document id>-…").
  const notBuilt = (id: string) =>
    gazetteer.unchecked.has(id) ||
    [...notBuiltDocuments].some((documentId) => id === documentId || id.startsWith(`${documentId}-`));
  checkSuppressedDocuments(curation, new Set(fileOfDocument.keys()), notBuilt, issues);
  const origins = applyCuratedEdges(graph, texts, documents, curation, issues, notBuilt);

  const knowledgeGraph = { graph, texts };
  try {
    validateKnowledgeGraph(knowledgeGraph, { locate: (key) => origins.get(key) });
  } catch (error) {
    if (!(error instanceof AtlasDataError)) throw error;
    issues.push(...error.issues);
  }
  return knowledgeGraph;
}

function addMentions(graph: AtlasGraph, doc: SourceDocument, sentences: Sentence[], mentions: Mention[]): void {
  for (const mention of mentions) {
    const sentence = sentenceAt(sentences, mention.start);
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
    // The rules read the words ("**We will** act" is "We will act"); the quote keeps the sentence as written.
    const plain = plainText(sentence.text);
    const found = extractCommitment(plain.plain, context);
    previousSubjectWasIssuer = subjectIsIssuer(plain.plain, context);
    if (!found) continue;
    const match = {
      ...found,
      ...(found.issuerStart !== undefined ? { issuerStart: plain.startIn(found.issuerStart) } : {}),
      ...(found.issuerEnd !== undefined ? { issuerEnd: plain.endIn(found.issuerEnd) } : {}),
    };

    const id = `${sentence.sectionId}-s${sentence.index}`;
    const provenance = quoteOf(doc, sentence.sectionId, sentence.start, sentence.end);
    graph.addNode(id, {
      id,
      label: labelOf(sentence.text),
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

/** A sentence as a node's name: on one line (a lead-in and its list items span several), cut at LABEL_LENGTH. */
function labelOf(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > LABEL_LENGTH ? `${line.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : line;
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

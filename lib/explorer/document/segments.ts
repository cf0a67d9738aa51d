/**
 * Reader segmentation
 * ===================
 * Cuts a document's text into blocks (headings and paragraphs) and, inside each block, nests its annotations:
 * commitment sentences outermost, then a marked passage, then entity mentions. Offsets index the text exactly as
 * the API sends it, so every highlighted sentence is the verbatim source. Ranges that cross another range (which
 * the ingest never produces for sentences) are dropped rather than drawn wrongly. Each block gets its anchor and
 * the section it stands in (./anchors.ts).
 */
import { blockAnchors } from './anchors';

export interface AnnotationInput {
  /** Names the paragraphs before the first heading (./anchors.ts). */
  documentId: string;
  sections: ReadonlyArray<{ id: string; start: number; end: number; level: number }>;
  mentions: ReadonlyArray<{ entityId: string; start: number; end: number }>;
  /** `modalities`: every modality the sentence states, `modality` (its first verb's) first. */
  commitments: ReadonlyArray<{
    id: string;
    start: number;
    end: number;
    modality: string;
    modalities: readonly string[];
    kind: string;
  }>;
  mark?: { start: number; end: number };
}

type AnnotationBody =
  | { kind: 'commitment'; id: string; modality: string; modalities: readonly string[]; commitmentKind: string }
  | { kind: 'mark' }
  | { kind: 'mention'; entityId: string };

type Annotation = AnnotationBody & { start: number; end: number; priority: number };

export type Inline =
  | { kind: 'text'; text: string; start: number }
  | (AnnotationBody & {
      start: number;
      end: number;
      /** Only the first piece of a range carries its id. */ anchor: boolean;
      children: Inline[];
    });

export interface Block {
  kind: 'heading' | 'paragraph';
  /** Heading level (1 for "# ", 2 for "## "…); 0 for paragraphs. */
  level: number;
  /** The section the block stands in: the one a heading opens, a paragraph's nearest heading's above it. */
  sectionId?: string;
  /** The block's id in the page (./anchors.ts); undefined for a heading that opens no section. */
  anchor?: string;
  /** A paragraph's number in its section, from 1 (./anchors.ts). */
  paragraph?: number;
  start: number;
  end: number;
  children: Inline[];
}

const HEADING = /^(#{1,6})\s+/;

/** Non-blank runs of lines; every heading line is a block of its own. */
export function splitBlocks(text: string): Array<{ start: number; end: number; level: number; contentStart: number }> {
  const blocks: Array<{ start: number; end: number; level: number; contentStart: number }> = [];
  let paragraphStart = -1;
  let paragraphEnd = -1;
  const flush = () => {
    if (paragraphStart >= 0)
      blocks.push({ start: paragraphStart, end: paragraphEnd, level: 0, contentStart: paragraphStart });
    paragraphStart = -1;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const heading = HEADING.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({
        start: lineStart,
        end: lineEnd,
        level: heading[1]!.length,
        contentStart: lineStart + heading[0].length,
      });
    } else {
      if (paragraphStart < 0) paragraphStart = lineStart;
      paragraphEnd = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  flush();
  return blocks;
}

function annotations(input: AnnotationInput): Annotation[] {
  const list: Annotation[] = [];
  for (const c of input.commitments)
    list.push({
      kind: 'commitment',
      id: c.id,
      modality: c.modality,
      modalities: c.modalities,
      commitmentKind: c.kind,
      start: c.start,
      end: c.end,
      priority: 3,
    });
  if (input.mark) list.push({ kind: 'mark', start: input.mark.start, end: input.mark.end, priority: 2 });
  for (const m of input.mentions)
    list.push({ kind: 'mention', entityId: m.entityId, start: m.start, end: m.end, priority: 1 });
  // One annotation per kind and range: the text never gives two (one commitment per sentence, the longest of
  // overlapping mentions), and a graph that did (a generated one, thousands of commitments on one range) nested
  // them one inside the next, past the call stack's depth.
  const seen = new Set<string>();
  return list
    .filter((a) => a.start < a.end)
    .filter((a) => {
      const key = `${a.kind}:${a.start}:${a.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || b.priority - a.priority);
}

function bodyOf(annotation: Annotation): AnnotationBody {
  switch (annotation.kind) {
    case 'commitment':
      return {
        kind: 'commitment',
        id: annotation.id,
        modality: annotation.modality,
        modalities: annotation.modalities,
        commitmentKind: annotation.commitmentKind,
      };
    case 'mark':
      return { kind: 'mark' };
    case 'mention':
      return { kind: 'mention', entityId: annotation.entityId };
  }
}

function nest(
  text: string,
  from: number,
  to: number,
  list: readonly Annotation[],
  anchored: Set<Annotation>,
): Inline[] {
  const out: Inline[] = [];
  let position = from;
  let i = 0;
  while (i < list.length) {
    const annotation = list[i]!;
    const inner: Annotation[] = [];
    let j = i + 1;
    // Everything starting inside this range nests in it; anything crossing its end is dropped.
    while (j < list.length && list[j]!.start < annotation.end) {
      if (list[j]!.end <= annotation.end) inner.push(list[j]!);
      j += 1;
    }
    const start = Math.max(annotation.start, from);
    const end = Math.min(annotation.end, to);
    if (start > position) out.push({ kind: 'text', text: text.slice(position, start), start: position });
    const anchor = !anchored.has(annotation);
    anchored.add(annotation);
    out.push({ ...bodyOf(annotation), start, end, anchor, children: nest(text, start, end, inner, anchored) });
    position = end;
    i = j;
  }
  if (position < to) out.push({ kind: 'text', text: text.slice(position, to), start: position });
  return out;
}

export function segmentDocument(text: string, input: AnnotationInput): Block[] {
  const all = annotations(input);
  const anchored = new Set<Annotation>();
  const blocks = splitBlocks(text).map((block) => ({
    ...block,
    sectionId:
      block.level > 0 ? input.sections.find((s) => s.start >= block.start && s.start < block.end)?.id : undefined,
  }));
  const taken = [...input.sections.map((s) => s.id), ...input.commitments.map((c) => c.id)];
  const anchors = blockAnchors(blocks, input.documentId, taken);
  return blocks.map((block, i) => {
    const from = block.contentStart;
    const inBlock = all.filter((a) => a.start < block.end && a.end > from);
    const { anchor, sectionId, paragraph } = anchors[i]!;
    return {
      kind: block.level > 0 ? 'heading' : 'paragraph',
      level: block.level,
      ...(sectionId === undefined ? {} : { sectionId }),
      ...(anchor === undefined ? {} : { anchor }),
      ...(paragraph === undefined ? {} : { paragraph }),
      start: block.start,
      end: block.end,
      children: nest(text, from, block.end, inBlock, anchored),
    };
  });
}

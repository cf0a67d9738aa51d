/** Reader segmentation: blocks, nesting of commitments, marks and mentions, and verbatim text. */
import { describe, expect, it } from 'vitest';
import { segmentDocument, splitBlocks, type Inline } from '@/lib/explorer/document/segments';

const text = '# Title\n\nChina will work with ARF. Other text.\n\n## 1. Part\n\nA second paragraph\nwith two lines.';
const flatten = (nodes: readonly Inline[]): string =>
  nodes.map((n) => (n.kind === 'text' ? n.text : flatten(n.children))).join('');

describe('reader segmentation', () => {
  it('splits headings and paragraphs by blank lines', () => {
    const blocks = splitBlocks(text);
    expect(blocks.map((b) => [b.level, text.slice(b.contentStart, b.end)])).toEqual([
      [1, 'Title'],
      [0, 'China will work with ARF. Other text.'],
      [2, '1. Part'],
      [0, 'A second paragraph\nwith two lines.'],
    ]);
  });

  it('reads thousands of annotations on one range (a generated graph) as one, not nested past the stack', () => {
    const start = text.indexOf('China');
    const end = text.indexOf('ARF.') + 4;
    const blocks = segmentDocument(text, {
      documentId: 'doc',
      sections: [],
      commitments: Array.from({ length: 20_000 }, (_, i) => ({
        id: `c${i}`,
        start,
        end,
        modality: 'will',
        modalities: ['will'],
        kind: 'self' as const,
      })),
      mentions: [],
    });
    const paragraph = blocks[1]!;
    expect(flatten(paragraph.children)).toBe('China will work with ARF. Other text.');
    expect(paragraph.children[0]).toMatchObject({ kind: 'commitment', id: 'c0' });
    expect(paragraph.children[0]!.kind !== 'text' && paragraph.children[0]!.children).toEqual([
      { kind: 'text', text: 'China will work with ARF.', start },
    ]);
  });

  it('nests a mention in a commitment in a mark, keeping the text verbatim', () => {
    const start = text.indexOf('China');
    const end = text.indexOf('ARF.') + 4;
    const arf = text.indexOf('ARF');
    const blocks = segmentDocument(text, {
      documentId: 'doc',
      sections: [
        { id: 's1', start: 0, end: 10, level: 1 },
        { id: 's2', start: text.indexOf('## 1'), end: text.length, level: 2 },
      ],
      commitments: [
        { id: 'c1', start, end, modality: 'supports', modalities: ['supports', 'calls for'], kind: 'self' },
      ],
      mentions: [
        { entityId: 'arf', start: arf, end: arf + 3 },
        { entityId: 'china', start, end: start + 5 },
      ],
      mark: { start, end },
    });
    // Each block stands in the section of the heading above it, and is anchored (./anchors.ts).
    expect(blocks.map((b) => b.sectionId)).toEqual(['s1', 's1', 's2', 's2']);
    expect(blocks.map((b) => b.anchor)).toEqual(['s1', 's1-p1', 's2', 's2-p1']);
    const paragraph = blocks[1]!;
    expect(flatten(paragraph.children)).toBe('China will work with ARF. Other text.');
    const commitment = paragraph.children[0]!;
    expect(commitment).toMatchObject({
      kind: 'commitment',
      id: 'c1',
      anchor: true,
      modality: 'supports',
      modalities: ['supports', 'calls for'],
    });
    if (commitment.kind !== 'commitment') throw new Error('expected a commitment');
    expect(flatten(commitment.children)).toBe(text.slice(start, end));
    const mark = commitment.children[0]!;
    expect(mark.kind).toBe('mark');
    if (mark.kind !== 'mark') throw new Error('expected a mark');
    expect(
      mark.children.filter((c) => c.kind === 'mention').map((c) => (c.kind === 'mention' ? c.entityId : '')),
    ).toEqual(['china', 'arf']);
  });

  it('drops a range that crosses another instead of drawing it wrongly', () => {
    const start = text.indexOf('China');
    const blocks = segmentDocument(text, {
      documentId: 'doc',
      sections: [],
      commitments: [{ id: 'c1', start, end: start + 10, modality: 'will', modalities: ['will'], kind: 'self' }],
      mentions: [{ entityId: 'x', start: start + 5, end: start + 15 }],
    });
    const paragraph = blocks[1]!;
    expect(flatten(paragraph.children)).toBe('China will work with ARF. Other text.');
    expect(JSON.stringify(paragraph.children)).not.toContain('"entityId":"x"');
  });

  it('gives the id to the first piece only when a range spans blocks', () => {
    const start = text.indexOf('Other');
    const end = text.indexOf('A second') + 8;
    const blocks = segmentDocument(text, {
      documentId: 'doc',
      sections: [],
      commitments: [],
      mentions: [],
      mark: { start, end },
    });
    const marks = blocks.flatMap((b) => b.children.filter((c) => c.kind === 'mark'));
    // Three pieces (end of a paragraph, the heading between, start of the next paragraph); one id.
    expect(marks.map((m) => (m.kind === 'mark' ? m.anchor : null))).toEqual([true, false, false]);
  });
});

/** Reader anchors: every heading and paragraph gets a stable id from the document's structure. */
import { describe, expect, it } from 'vitest';
import { blockAnchors, paragraphAnchor } from '@/lib/explorer/document/anchors';
import { segmentDocument } from '@/lib/explorer/document/segments';

const heading = (sectionId?: string) => ({ level: 1, ...(sectionId ? { sectionId } : {}) });
const paragraph = { level: 0 };

describe('reader anchors', () => {
  it("numbers a section's own paragraphs from 1 after its id, and names headings by their section", () => {
    expect(
      blockAnchors([heading('doc-ch1'), paragraph, paragraph, heading('doc-ch1-2'), paragraph], 'doc', []),
    ).toEqual([
      { anchor: 'doc-ch1', sectionId: 'doc-ch1' },
      { anchor: 'doc-ch1-p1', sectionId: 'doc-ch1', paragraph: 1 },
      { anchor: 'doc-ch1-p2', sectionId: 'doc-ch1', paragraph: 2 },
      { anchor: 'doc-ch1-2', sectionId: 'doc-ch1-2' },
      { anchor: 'doc-ch1-2-p1', sectionId: 'doc-ch1-2', paragraph: 1 },
    ]);
    expect(paragraphAnchor('doc-ch1', 3)).toBe('doc-ch1-p3');
  });

  it("names paragraphs before the first heading by the document's id, outside any section", () => {
    expect(blockAnchors([paragraph, heading('doc-a'), paragraph], 'doc', [])).toEqual([
      { anchor: 'doc-p1', sectionId: undefined, paragraph: 1 },
      { anchor: 'doc-a', sectionId: 'doc-a' },
      { anchor: 'doc-a-p1', sectionId: 'doc-a', paragraph: 1 },
    ]);
  });

  it('leaves a heading without a section unanchored, its paragraphs counted on in the section above', () => {
    expect(blockAnchors([heading('doc-a'), paragraph, heading(), paragraph], 'doc', [])).toEqual([
      { anchor: 'doc-a', sectionId: 'doc-a' },
      { anchor: 'doc-a-p1', sectionId: 'doc-a', paragraph: 1 },
      { anchor: undefined, sectionId: 'doc-a' },
      { anchor: 'doc-a-p2', sectionId: 'doc-a', paragraph: 2 },
    ]);
  });

  it('never gives a paragraph an id the document already uses (a subsection titled "P2")', () => {
    const anchors = blockAnchors(
      [heading('doc-a'), paragraph, paragraph, paragraph, heading('doc-a-p2'), paragraph],
      'doc',
      ['doc-a', 'doc-a-p2', 'doc-a-p3', 'doc-a-p3-2'],
    ).map((a) => a.anchor);
    expect(anchors).toEqual(['doc-a', 'doc-a-p1', 'doc-a-p2-2', 'doc-a-p3-3', 'doc-a-p2', 'doc-a-p2-p1']);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('keeps every anchor when text changes in another section (offsets would all move)', () => {
    const input = (text: string) => ({
      documentId: 'doc',
      sections: [
        { id: 'doc-a', start: 0, end: text.indexOf('# B'), level: 1 },
        { id: 'doc-b', start: text.indexOf('# B'), end: text.length, level: 1 },
      ],
      mentions: [],
      commitments: [],
    });
    const before = '# A\n\nOne.\n\n# B\n\nTwo.\n\nThree.';
    const after = '# A\n\nOne, with a typo fixed and more words.\n\n# B\n\nTwo.\n\nThree.';
    const anchors = (text: string) => segmentDocument(text, input(text)).map((b) => b.anchor);
    expect(anchors(before)).toEqual(['doc-a', 'doc-a-p1', 'doc-b', 'doc-b-p1', 'doc-b-p2']);
    expect(anchors(after)).toEqual(anchors(before));
  });
});

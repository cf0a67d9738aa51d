/**
 * Reader anchors
 * ==============
 * Every block of the reader has an id to link to and cite, so that any paragraph or section can be cited from the
 * keyboard (its ¶ or § link puts the id in the URL), not only commitment sentences and mouse selections.
 *
 * - A heading's anchor is its section's id (`iscc-2017-ch4-3`), as the contents already link to it.
 * - A paragraph's is its section's id plus its place among the section's own paragraphs, from 1:
 *   `iscc-2017-ch4-3-p2`, read like a commitment's `iscc-2017-ch4-3-s3` (sentence 3 of that section). Before the
 *   first heading the document's id stands for the section: `iscc-2017-p1`.
 *
 * Why not the character offset: an offset moves whenever anything before it changes (a typo fixed in the preface
 * would break every link into chapter IV); a section's id and the count of paragraphs above within it change only
 * when that section's heading or its earlier paragraphs do. The same text always gives the same anchors.
 *
 * Section ids are slugs of headings, so a subsection titled "P2" could take a paragraph's id: an id the document
 * already uses (a section's, a commitment's, or an earlier anchor's) gets `-2`, `-3` … until it is free, which is
 * as stable as the rest, since it depends on the text alone.
 */

/** What a block needs to be anchored: its heading level (0 for a paragraph) and the section a heading opens. */
export interface AnchorBlock {
  level: number;
  sectionId?: string;
}

export interface BlockAnchor {
  /** The block's id in the page; undefined for a heading without a section (it opens none to link to). */
  anchor: string | undefined;
  /** The section the block stands in: the one a heading opens, a paragraph's nearest heading's above it. */
  sectionId: string | undefined;
  /** A paragraph's place among its section's own paragraphs, from 1 (its ¶ link's name says it); undefined for a heading. */
  paragraph?: number;
}

/** The paragraph anchor for the `index`th paragraph (from 1) of a section, or before the first heading. */
export function paragraphAnchor(sectionOrDocumentId: string, index: number): string {
  return `${sectionOrDocumentId}-p${index}`;
}

/**
 * The anchor and section of each block, in order. `taken`: the ids the document uses already (its sections' and
 * commitments'), which no paragraph may take.
 */
export function blockAnchors(
  blocks: readonly AnchorBlock[],
  documentId: string,
  taken: Iterable<string>,
): BlockAnchor[] {
  const used = new Set(taken);
  let section: string | undefined;
  let paragraphs = 0;
  return blocks.map((block) => {
    if (block.level > 0) {
      // A heading without a section (none in valid data) leaves its paragraphs in the section above, as it has
      // nothing to be cited by; the count goes on there.
      if (block.sectionId === undefined) return { anchor: undefined, sectionId: section };
      section = block.sectionId;
      paragraphs = 0;
      used.add(section);
      return { anchor: section, sectionId: section };
    }
    paragraphs += 1;
    const base = paragraphAnchor(section ?? documentId, paragraphs);
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return { anchor, sectionId: section, paragraph: paragraphs };
  });
}

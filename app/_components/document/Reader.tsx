/**
 * Document reader
 * ===============
 * The whole text of a document, rendered on the server from its segments (lib/explorer/document/segments.ts):
 * headings carry their section's id, each entity mention links to the entity in the explorer, and each commitment
 * sentence is wrapped with its id as anchor so `#<commitment id>` highlights it. Every paragraph and heading has its
 * anchor too (lib/explorer/document/anchors.ts) and a small ¶ / § link to it, which the citation bar cites: the
 * keyboard's and the screen reader's way to cite text that is not a commitment, where others select it.
 *
 * The ¶ / § link adds nothing to the text: its glyph is CSS generated content (not in the DOM's text, so never
 * copied with a selection or read into a quote) and its name is its aria-label. It follows the text it links
 * (after the paragraph's last word; beside a heading, not inside it, which would put "Cite this section" in the
 * heading's name and in every list of headings), so the Tab order is the reading order. Each block names the
 * section it stands in (`data-section`), from which the citation bar takes a passage's section path.
 *
 * The two kinds of commitment are told apart without colour alone (reader.css: a solid or a dashed underline, and
 * ◆ or ◇ after the sentence), and each link's name says its kind and place (lib/explorer/document/marks.ts), so a
 * list of links reads "China's commitment (will), sentence 3 of Chapter IV, section 3", not 41 alike. The text
 * carries the document's language, which a screen reader speaks it in and the citation bar finds words by.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Block, Inline } from '@/lib/explorer/document/segments';
import { commitmentLinkName, paragraphLinkName, sectionLinkName } from '@/lib/explorer/document/marks';

/** What names the marks and links: the entities' labels, the sections' places, who makes each commitment. */
export interface ReaderNames {
  /** Entity id → label (a mention's title). */
  labels: ReadonlyMap<string, string>;
  /** Section id → its place in words ("Chapter IV, section 3"). */
  places: ReadonlyMap<string, string>;
  /** Commitment id → who makes it. */
  makers: ReadonlyMap<string, string>;
  /** The document's issuer as an actor ("China"); undefined when the graph does not say. */
  issuer: string | undefined;
}

/** The glyph after a commitment: a filled diamond for the issuer's own, a hollow one for a norm asked of others. */
export function kindGlyph(kind: string): string {
  return kind === 'others' ? '◇' : '◆';
}

function renderInline(nodes: readonly Inline[], names: ReaderNames): ReactNode[] {
  const { labels } = names;
  return nodes.map((node) => {
    const key = `${node.kind}-${node.start}`;
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'mention':
        return (
          <Link
            key={key}
            prefetch={false}
            href={`/?node=${encodeURIComponent(node.entityId)}`}
            className="mention"
            title={labels.get(node.entityId)}
          >
            {renderInline(node.children, names)}
          </Link>
        );
      case 'commitment':
        return (
          <span
            key={key}
            id={node.anchor ? node.id : undefined}
            className="commitment"
            data-modality={node.modality}
            data-modalities={node.modalities.join(' · ')}
            data-kind={node.commitmentKind}
          >
            {renderInline(node.children, names)}
            {node.anchor ? (
              <Link
                prefetch={false}
                href={`/?node=${encodeURIComponent(node.id)}`}
                className="commitment-link"
                // No id in the name: a screen reader would spell out "iscc-2017-ch4-3-s3"; the place says it in words.
                aria-label={commitmentLinkName(
                  {
                    id: node.id,
                    kind: node.commitmentKind,
                    modalities: node.modalities,
                    maker: names.makers.get(node.id),
                  },
                  names.issuer,
                  names.places,
                )}
              >
                {kindGlyph(node.commitmentKind)}
              </Link>
            ) : null}
          </span>
        );
      case 'mark':
        return (
          <mark key={key} id={node.anchor ? 'passage' : undefined}>
            {renderInline(node.children, names)}
          </mark>
        );
    }
  });
}

/**
 * The ¶ or § link to a block's anchor: following it puts the anchor in the URL, which the citation bar cites. Its
 * name says which block ("Cite paragraph 3 of Chapter IV, section 2"), as a list of links shows names alone.
 */
function Permalink({ anchor, what, name }: { anchor: string; what: 'paragraph' | 'section'; name: string }) {
  return <a href={`#${anchor}`} className={`permalink permalink-${what}`} aria-label={name} title={name} />;
}

export function Reader({
  blocks,
  names,
  language,
}: {
  blocks: readonly Block[];
  names: ReaderNames;
  /** The document's language tag ("en", "zh-Hans"). */
  language: string;
}) {
  return (
    <div className="reader-text" lang={language}>
      {blocks.map((block) => {
        const children = renderInline(block.children, names);
        const place = block.sectionId ? names.places.get(block.sectionId) : undefined;
        if (block.kind === 'paragraph') {
          return (
            <p key={block.start} id={block.anchor} data-section={block.sectionId}>
              {children}
              {block.anchor ? (
                <Permalink anchor={block.anchor} what="paragraph" name={paragraphLinkName(block.paragraph, place)} />
              ) : null}
            </p>
          );
        }
        const Heading = block.level <= 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
        return (
          <div key={block.start} className="reader-heading" data-section={block.sectionId}>
            <Heading id={block.anchor}>{children}</Heading>
            {block.anchor ? <Permalink anchor={block.anchor} what="section" name={sectionLinkName(place)} /> : null}
          </div>
        );
      })}
    </div>
  );
}

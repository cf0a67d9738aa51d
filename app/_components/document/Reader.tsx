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
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Block, Inline } from '@/lib/explorer/document/segments';
import { formatModalities } from '@/lib/explorer/selection/relations';

function renderInline(nodes: readonly Inline[], labels: ReadonlyMap<string, string>): ReactNode[] {
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
            {renderInline(node.children, labels)}
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
            {renderInline(node.children, labels)}
            {node.anchor ? (
              <Link
                prefetch={false}
                href={`/?node=${encodeURIComponent(node.id)}`}
                className="commitment-link"
                // No id in the name: a screen reader would spell out "iscc-2017-ch4-3-s3"; the sentence is the context.
                aria-label={`Commitment ${formatModalities(node.modalities, true)}: open in the explorer`}
              >
                ◆
              </Link>
            ) : null}
          </span>
        );
      case 'mark':
        return (
          <mark key={key} id={node.anchor ? 'passage' : undefined}>
            {renderInline(node.children, labels)}
          </mark>
        );
    }
  });
}

/** The ¶ or § link to a block's anchor: following it puts the anchor in the URL, which the citation bar cites. */
function Permalink({ anchor, what }: { anchor: string; what: 'paragraph' | 'section' }) {
  return (
    <a
      href={`#${anchor}`}
      className={`permalink permalink-${what}`}
      aria-label={`Cite this ${what}`}
      title={`Link to this ${what}`}
    />
  );
}

export function Reader({ blocks, labels }: { blocks: readonly Block[]; labels: ReadonlyMap<string, string> }) {
  return (
    <div className="reader-text">
      {blocks.map((block) => {
        const children = renderInline(block.children, labels);
        if (block.kind === 'paragraph') {
          return (
            <p key={block.start} id={block.anchor} data-section={block.sectionId}>
              {children}
              {block.anchor ? <Permalink anchor={block.anchor} what="paragraph" /> : null}
            </p>
          );
        }
        const Heading = block.level <= 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
        return (
          <div key={block.start} className="reader-heading" data-section={block.sectionId}>
            <Heading id={block.anchor}>{children}</Heading>
            {block.anchor ? <Permalink anchor={block.anchor} what="section" /> : null}
          </div>
        );
      })}
    </div>
  );
}

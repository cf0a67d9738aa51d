/**
 * Document reader
 * ===============
 * The whole text of a document, rendered on the server from its segments (lib/explorer/document/segments.ts):
 * headings carry their section's id, each entity mention links to the entity in the explorer, and each commitment
 * sentence is wrapped with its id as anchor so `#<commitment id>` highlights it.
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
                aria-label={`Commitment ${formatModalities(node.modalities, true)} ${node.id}: open in the explorer`}
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

export function Reader({ blocks, labels }: { blocks: readonly Block[]; labels: ReadonlyMap<string, string> }) {
  return (
    <div className="reader-text">
      {blocks.map((block) => {
        const children = renderInline(block.children, labels);
        if (block.kind === 'paragraph') return <p key={block.start}>{children}</p>;
        const Heading = block.level <= 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
        return (
          <Heading key={block.start} id={block.sectionId}>
            {children}
          </Heading>
        );
      })}
    </div>
  );
}

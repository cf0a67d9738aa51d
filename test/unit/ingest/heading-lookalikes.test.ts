/** Headings the reader would not see (lib/ingest/heading-lookalikes.ts): setext and indented headings. */
import { describe, expect, it } from 'vitest';
import { findHeadingLookalikes } from '@/lib/ingest/heading-lookalikes';

const lines = (body: string, skip?: (index: number) => boolean) =>
  findHeadingLookalikes(body, skip).map((found) => found.lineIndex);

describe('heading look-alikes', () => {
  it('finds a title underlined with = (level 1) or - (level 2)', () => {
    const found = findHeadingLookalikes('Preface\n=======\n\nText.\n\nScope\n---\n');
    expect(found.map((f) => f.lineIndex)).toEqual([1, 6]);
    expect(found[0]?.message).toMatch(/write it as "# Preface"/);
    expect(found[1]?.message).toMatch(/write it as "## Scope"/);
  });

  it('finds a "#" heading indented by spaces or a tab', () => {
    expect(lines('  # One\n\n\t### Two\n')).toEqual([0, 2]);
  });

  it('leaves dividers, headings at the line start, "#" within text and skipped lines alone', () => {
    expect(lines('Text.\n\n---\n\n# Title\n---\n\nIt is #1.\n   #hashtag\n')).toEqual([]);
    expect(lines('Title\n=====\n', (index) => index === 0)).toEqual([]);
  });
});

/**
 * The clean source keeps the capture's body text word for word: only page chrome, the table of contents, heading
 * levels, page-break line splits and Markdown emphasis markers may differ. Dataset: graph-data/captures (the raw
 * web capture of the MFA page) against graph-data/sources/iscc-2017.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '@/lib/ingest/source';

const raw = readFileSync(
  'graph-data/captures/international-strategy-of-cooperation-on-cyberspace-2017.raw.txt',
  'utf8',
);
const clean = parseSourceDocument({
  file: 'graph-data/sources/iscc-2017.md',
  text: readFileSync('graph-data/sources/iscc-2017.md', 'utf8'),
});

/** Body words only: heading lines dropped, emphasis markers removed. */
function bodyWords(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join(' ')
    .replace(/\*/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

describe('graph-data/sources/iscc-2017.md', () => {
  it('has every body word of the capture, in order, and nothing else', () => {
    const start = raw.search(/^### Preface$/m);
    const end = raw.indexOf('Copyright©');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    expect(bodyWords(clean.text)).toEqual(bodyWords(raw.slice(start, end)));
  });

  it('restores the heading structure: Preface, Chapters I–IV with numbered sections, Conclusion', () => {
    const top = clean.sections.filter((s) => s.level === 1).map((s) => s.heading);
    expect(top).toEqual([
      'Preface',
      'Chapter I. Opportunities and Challenges',
      'Chapter II. Basic Principles',
      'Chapter III. Strategic Goals',
      'Chapter IV. Plan of Action',
      'Conclusion',
    ]);
    const childrenOf = (heading: string) => {
      const parent = clean.sections.find((s) => s.heading === heading);
      return clean.sections.filter((s) => s.parentId === parent?.id).map((s) => Number(s.number));
    };
    expect(childrenOf('Chapter II. Basic Principles')).toEqual([1, 2, 3, 4]);
    expect(childrenOf('Chapter III. Strategic Goals')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(childrenOf('Chapter IV. Plan of Action')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('carries the document metadata', () => {
    expect(clean.meta).toMatchObject({
      title: 'International Strategy of Cooperation on Cyberspace',
      issuer: "Ministry of Foreign Affairs of the People's Republic of China",
      date: '2017-03-01',
      language: 'en',
    });
  });

  it('contains no page chrome', () => {
    for (const chrome of ['Copyright', 'Home >', 'search', '简体中文', 'Contents']) {
      expect(clean.text).not.toContain(chrome);
    }
  });
});

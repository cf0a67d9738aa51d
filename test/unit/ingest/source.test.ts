/** Section parsing: ranges, ids, what numbered sections define, and the errors for malformed documents. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError } from '@/lib/graph/errors';
import { parseSourceDocument, sectionAt } from '@/lib/ingest/source';
import { MINI_DOCUMENT } from '../../support/data';

const parse = (text: string) => parseSourceDocument({ file: 'sources/x.md', text });

describe('parseSourceDocument', () => {
  it('builds the section tree with ranges that hold their headings and text', () => {
    const doc = parse(MINI_DOCUMENT);
    expect(doc.sections.map((s) => s.id)).toEqual([
      'atlantis-2020-preface',
      'atlantis-2020-ch1',
      'atlantis-2020-ch2',
      'atlantis-2020-ch2-1',
    ]);
    const action = doc.sections[3]!;
    expect(action).toMatchObject({
      parentId: 'atlantis-2020-ch2',
      number: '1',
      title: 'Working with the UN',
      defines: 'action',
    });
    expect(doc.text.slice(action.headingStart, action.headingEnd)).toBe('1. Working with the UN');
    expect(doc.text.slice(action.start, action.end)).toMatch(/^## 1\. Working with the UN[\s\S]*It supports the UN\.$/);
    expect(sectionAt(doc.sections, doc.text.indexOf('It is old'))?.id).toBe('atlantis-2020-ch1');
    // Chapter I declares nothing, so its (unnumbered) text defines nothing.
    expect(doc.sections.filter((s) => s.defines).map((s) => s.id)).toEqual(['atlantis-2020-ch2-1']);
  });

  it('does not confuse "Chapter III" with a "Chapter II" declaration', () => {
    const doc = parse(
      MINI_DOCUMENT.replace('# Chapter II. Actions', '# Chapter III. Actions').replace(
        'Chapter II: action',
        'Chapter III: goal',
      ),
    );
    expect(doc.sections.find((s) => s.defines)?.defines).toBe('goal');
  });

  it('rejects a document with no headings, naming the file', () => {
    const text = MINI_DOCUMENT.replace(/^#+ .*$/gm, 'Plain line.').replace(/sectionKinds:\n.*\n/, '');
    expect(() => parse(text)).toThrow(AtlasDataError);
    expect(() => parse(text)).toThrow(/sources\/x\.md: the document has no headings/);
  });

  it('rejects missing front matter and names the line', () => {
    expect(() => parse('# Preface\n\nText.')).toThrow(/sources\/x\.md:1: a document starts with YAML front matter/);
  });

  it('names the front-matter field and its line when a value is wrong', () => {
    const text = MINI_DOCUMENT.replace('date: 2020-01-01', 'date: first of January');
    expect(() => parse(text)).toThrow(/sources\/x\.md:6: date: must be a date YYYY-MM-DD/);
  });

  it('rejects a sectionKinds prefix that matches no heading', () => {
    const text = MINI_DOCUMENT.replace('Chapter II: action', 'Chapter IX: action');
    expect(() => parse(text)).toThrow(/sectionKinds\.Chapter IX: no heading starts with "Chapter IX"/);
  });
});

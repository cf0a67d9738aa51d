/** Section parsing: ranges, ids, what numbered sections define, and the errors for malformed documents. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { parseSourceDocument, readSourceDocument, sectionAt } from '@/lib/ingest/source';
import { MINI_DOCUMENT } from '../../support/data';

const parse = (text: string) => parseSourceDocument({ file: 'sources/atlantis-2020.md', text });

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
    expect(() => parse(text)).toThrow(/sources\/atlantis-2020\.md: the document has no headings/);
  });

  it('rejects missing front matter and names the line', () => {
    expect(() => parse('# Preface\n\nText.')).toThrow(
      /sources\/atlantis-2020\.md:1: a document starts with YAML front matter/,
    );
  });

  it('names the front-matter field and its line when a value is wrong', () => {
    const text = MINI_DOCUMENT.replace('date: 2020-01-01', 'date: first of January');
    expect(() => parse(text)).toThrow(/sources\/atlantis-2020\.md:6: date: must be a date YYYY-MM-DD/);
  });

  it('rejects a sectionKinds prefix that matches no heading', () => {
    const text = MINI_DOCUMENT.replace('Chapter II: action', 'Chapter IX: action');
    expect(() => parse(text)).toThrow(/sectionKinds\.Chapter IX: no heading starts with "Chapter IX"/);
  });

  const problemsOf = (text: string) => {
    const { issues } = readSourceDocument({ file: 'sources/atlantis-2020.md', text });
    return issues.map(formatIssue);
  };

  it('names a repeated heading (one section id twice) at its line, with the first one', () => {
    const text = MINI_DOCUMENT.replace('# Chapter I. Context', '# Preface');
    expect(problemsOf(text)).toEqual([
      'sources/atlantis-2020.md:15: heading "Preface" gives the section id "atlantis-2020-preface" of the heading at line 11: number or name the sections apart',
    ]);
  });

  it('names a heading that skips a level at its line, with the heading it belongs to, and still builds', () => {
    const text = MINI_DOCUMENT.replace('## 1. Working with the UN', '#### 1. Working with the UN');
    expect(problemsOf(text)).toEqual([
      'sources/atlantis-2020.md:21: heading "1. Working with the UN" is a "####" heading under the "#" heading at line 19: a heading is one level below the one it belongs to (write "##")',
    ]);
    expect(readSourceDocument({ file: 'sources/atlantis-2020.md', text }).document?.sections[3]).toMatchObject({
      parentId: 'atlantis-2020-ch2',
      defines: 'action',
    });
    // A heading one level up from a deeper one, or a first heading below "#", skips nothing.
    expect(problemsOf(MINI_DOCUMENT.replace('# Chapter II. Actions', '## Chapter II. Actions'))).toEqual([]);
  });

  it('refuses a title longer than a title (it is compiled into the commitment patterns)', () => {
    expect(
      problemsOf(MINI_DOCUMENT.replace('title: Atlantis Cyber Strategy', `title: ${'Words '.repeat(100)}`)),
    ).toEqual(['sources/atlantis-2020.md:3: title: a title is at most 500 characters']);
  });

  it('refuses a language that is not a language tag ("English", "e", "en_GB"), and takes one that is', () => {
    for (const language of ['e', 'English', 'English please', 'en_GB', 'xx', 'qq', 'en-XY']) {
      expect(problemsOf(MINI_DOCUMENT.replace('language: en', `language: ${language}`))).toEqual([
        'sources/atlantis-2020.md:7: language: must be the tag of a language, such as "en", "fr" or "zh-Hans"',
      ]);
    }
    for (const language of ['zh-Hans', 'en-GB', 'es-419', 'fil', 'und']) {
      expect(problemsOf(MINI_DOCUMENT.replace('language: en', `language: ${language}`))).toEqual([]);
    }
  });

  it('refuses a document id longer than the API takes', () => {
    const id = 'a'.repeat(201);
    const found = problemsOf(MINI_DOCUMENT.replace('id: atlantis-2020', `id: ${id}`));
    expect(found).toContainEqual(
      'sources/atlantis-2020.md:2: id: an id is at most 200 characters (the API takes no longer ones)',
    );
  });

  it('names a heading of invisible characters only (a zero-width space) as one with no text', () => {
    expect(problemsOf(MINI_DOCUMENT.replace('# Chapter I. Context', '# \u200b\u2060'))).toEqual([
      'sources/atlantis-2020.md:15: a heading has no visible text (only invisible characters such as a zero-width space)',
    ]);
  });

  it('names text before the first heading, which lies in no section and would be left out', () => {
    const text = MINI_DOCUMENT.replace('# Preface\n', 'Atlantis will defend the UN Charter.\n\n# Preface\n');
    expect(problemsOf(text)).toEqual([
      'sources/atlantis-2020.md:11: text before the first heading is in no section and would not be read: put a heading above it (such as "# Preface")',
    ]);
    // Blank lines before it are nothing to read.
    expect(problemsOf(MINI_DOCUMENT.replace('# Preface\n', '\n\n# Preface\n'))).toEqual([]);
  });

  it('says a front matter is never closed, and an empty one lacks each field', () => {
    expect(problemsOf('---\nid: x\n# Preface\n')).toEqual([
      'sources/atlantis-2020.md:1: the front matter opened by "---" on line 1 is never closed by a "---" line',
    ]);
    expect(problemsOf('---\n---\n# Preface\n\nText.\n')).toEqual(
      ['id', 'title', 'issuer', 'issuerId', 'date', 'language'].map(
        (field) => `sources/atlantis-2020.md:2: ${field}: required`,
      ),
    );
  });

  it('names a heading with no text, and a numbered heading with no title (it would define nothing)', () => {
    expect(problemsOf(MINI_DOCUMENT.replace('# Chapter I. Context', '#   '))).toEqual([
      'sources/atlantis-2020.md:15: a heading has no text (a "#" line with nothing after it)',
    ]);
    expect(problemsOf(MINI_DOCUMENT.replace('## 1. Working with the UN', '## 1.'))).toEqual([
      'sources/atlantis-2020.md:21: heading "1." has a number but no title',
    ]);
  });

  it('reads front matter whose fences have trailing spaces', () => {
    const text = MINI_DOCUMENT.replace(/^---$/gm, '--- \t');
    expect(problemsOf(text)).toEqual([]);
    expect(parse(text).text).toBe(parse(MINI_DOCUMENT).text);
  });

  it('refuses a date that does not exist', () => {
    expect(problemsOf(MINI_DOCUMENT.replace('date: 2020-01-01', 'date: 2020-13-45'))).toEqual([
      'sources/atlantis-2020.md:6: date: must be a date YYYY-MM-DD that exists',
    ]);
  });

  it('names the line of a sectionKinds prefix that matches no heading', () => {
    expect(problemsOf(MINI_DOCUMENT.replace('Chapter II: action', 'Chapter IX: action'))).toEqual([
      'sources/atlantis-2020.md:9: sectionKinds.Chapter IX: no heading starts with "Chapter IX"',
    ]);
  });

  it('still reads the structure when only descriptive metadata is wrong (so what depends on it is checked)', () => {
    const { document, issues } = readSourceDocument({
      file: 'sources/atlantis-2020.md',
      text: MINI_DOCUMENT.replace('language: en', 'language: e'),
    });
    expect(issues).toHaveLength(1);
    expect(document?.sections).toHaveLength(4);
  });

  it('names an underlined (setext) or indented heading at its line, with the form to write instead', () => {
    const lookalikes = MINI_DOCUMENT.replace(
      'The UN matters. It is old.',
      'Background\n----------\n\nThe UN matters. It is old.\n\n\t## 2. Indented',
    );
    expect(problemsOf(lookalikes)).toEqual([
      'sources/atlantis-2020.md:18: "Background" is underlined with "----------" (a Markdown setext heading), which is not read as a heading: write it as "## Background" and remove the underline',
      'sources/atlantis-2020.md:22: a "##" heading is indented, so it is not read as a heading: start the line with "##"',
    ]);
    // A divider after a blank line, a "#" inside a sentence, and lines inside a fence are not headings to report.
    expect(problemsOf(MINI_DOCUMENT.replace('It is old.', 'It is old.\n\n---\n\nIt is #1 in age.'))).toEqual([]);
  });

  it('refuses an HTML comment at its opening line, and takes no heading from inside it', () => {
    const commented = MINI_DOCUMENT.replace(
      'The UN matters.',
      'The UN matters. <!-- check\n# Not a chapter\n-->',
    ).replace('It supports the UN.', 'It supports the UN.\n\n<!-- unclosed');
    expect(problemsOf(commented)).toEqual([
      'sources/atlantis-2020.md:17: an HTML comment ("<!--") is not part of a strategy\'s text: its words would be read as the document\'s sentences; keep notes outside the source',
      'sources/atlantis-2020.md:27: an HTML comment ("<!--", never closed with "-->") is not part of a strategy\'s text: its words would be read as the document\'s sentences; keep notes outside the source',
    ]);
  });

  it('refuses fenced code (``` or ~~~) at its opening line, and takes no heading from inside it', () => {
    const fenced = MINI_DOCUMENT.replace(
      'The UN matters. It is old.',
      '```yaml\n# not a heading\n```\n\nThe UN matters. It is old.',
    ).replace('It supports the UN.', 'It supports the UN.\n\n~~~~\n## nor this\n~~~\n');
    expect(problemsOf(fenced)).toEqual([
      'sources/atlantis-2020.md:17: a fenced code block ("```") is not part of a strategy\'s text: its lines would be read as the document\'s sentences and headings; write the passage as plain text, or leave it out',
      'sources/atlantis-2020.md:29: a fenced code block ("~~~~", never closed) is not part of a strategy\'s text: its lines would be read as the document\'s sentences and headings; write the passage as plain text, or leave it out',
    ]);
    // The "#" lines inside are not sections (nor reported as headings that skip a level).
    const { document } = readSourceDocument({ file: 'sources/atlantis-2020.md', text: fenced });
    expect(document?.sections.map((section) => section.heading)).toEqual([
      'Preface',
      'Chapter I. Context',
      'Chapter II. Actions',
      '1. Working with the UN',
    ]);
    // Three backticks inside a line, or indented four spaces (an indented code line), open nothing.
    expect(problemsOf(MINI_DOCUMENT.replace('It is old.', 'It is ```old```.\n\n    ```'))).toEqual([]);
  });

  it("requires the id to be the file's name, naming the file, the line and the field", () => {
    expect(problemsOf(MINI_DOCUMENT.replace('id: atlantis-2020', 'id: atlantis-2021'))).toEqual([
      'sources/atlantis-2020.md:2: id: document id "atlantis-2021" is not the name of its file "atlantis-2020.md": a document\'s id is its file name without ".md" (rename the file atlantis-2021.md, or change the id)',
    ]);
    // The name inside the data folder counts, not where the folder is; and case matters (ids are lower case).
    const at = (file: string, path?: string) => readSourceDocument({ file, path, text: MINI_DOCUMENT }).issues;
    expect(at('/elsewhere/data/sources/atlantis-2020.md', 'sources/atlantis-2020.md')).toEqual([]);
    expect(at('sources/Atlantis-2020.md').map(formatIssue)).toEqual([
      expect.stringContaining(
        'sources/Atlantis-2020.md:2: id: document id "atlantis-2020" is not the name of its file',
      ),
    ]);
  });

  it('refuses a heading with no letter or digit (a section named "***" or "—")', () => {
    expect(problemsOf(MINI_DOCUMENT.replace('# Preface', '# ***'))).toEqual([
      'sources/atlantis-2020.md:11: heading "***" has no letter or digit: a section is named by its heading (for a divider, write "***" without "#")',
    ]);
    expect(problemsOf(MINI_DOCUMENT.replace('## 1. Working with the UN', '## — …'))).toHaveLength(1);
  });

  it('names a chapter or a numbered section that comes before the one numbered lower (a passage pasted out of place)', () => {
    const text = MINI_DOCUMENT.replace('# Chapter I. Context', '# Chapter III. Context');
    expect(problemsOf(text)).toContainEqual(
      'sources/atlantis-2020.md:19: heading "Chapter II. Actions" comes after "Chapter III. Context" (line 15): numbered sections are in order',
    );
  });

  it('names an item numbered 0 or past any real number at its heading, not as a node of the graph', () => {
    for (const number of ['0', '99999999999999999999']) {
      const text = MINI_DOCUMENT.replace('## 1. Working with the UN', `## ${number}. Working with the UN`);
      expect(problemsOf(text)).toEqual([
        `sources/atlantis-2020.md:21: heading "${number}. Working with the UN" defines an action numbered ${number}: items are numbered from 1 to 10000`,
      ]);
    }
  });

  it('reads decimal numbering ("2.1 …" under "2. …"): one section each, in order, defining items numbered 1, 2', () => {
    const frontMatter = MINI_DOCUMENT.slice(0, MINI_DOCUMENT.indexOf('# Preface')).replace(
      'Chapter II: action',
      "'2': action",
    );
    const text = `${frontMatter}# 1. Introduction

The UN matters.

# 2. Actions

## 2.1 Working with the UN

Atlantis will work in the UNGGE.

## 2.2. Working with partners

Atlantis supports the UN.

### 2.2.1 In the region

It is near.
`;
    const doc = parse(text);
    expect(doc.sections.map((s) => [s.id, s.number, s.title, s.defines])).toEqual([
      ['atlantis-2020-1', '1', 'Introduction', undefined],
      ['atlantis-2020-2', '2', 'Actions', undefined],
      ['atlantis-2020-2-1', '2.1', 'Working with the UN', 'action'],
      ['atlantis-2020-2-2', '2.2', 'Working with partners', 'action'],
      ['atlantis-2020-2-2-1', '2.2.1', 'In the region', undefined],
    ]);
    expect(problemsOf(text.replace('## 2.1 Working', '## 2.3 Working'))).toEqual([
      'sources/atlantis-2020.md:21: heading "2.2. Working with partners" comes after "2.3 Working with the UN" (line 17): numbered sections are in order',
    ]);
  });

  it('reads pillars numbered in words and objectives named by their kind: "Strategic Objective 1.1" defines a goal', () => {
    const frontMatter = MINI_DOCUMENT.slice(0, MINI_DOCUMENT.indexOf('# Preface')).replace(
      'Chapter II: action',
      'Pillar: goal',
    );
    const text = `${frontMatter}# Introduction

The UN matters.

# Pillar One: Defend Critical Infrastructure

## Strategic Objective 1.1: Establish Requirements

Atlantis will work in the UNGGE.

## Strategic Objective 1.2: Scale Collaboration

Atlantis supports the UN.

# Pillar Two: Partnerships

## Objective 1: Work with allies

It is near.
`;
    const doc = parse(text);
    expect(doc.sections.map((s) => [s.id, s.number, s.title, s.defines])).toEqual([
      ['atlantis-2020-introduction', '', 'Introduction', undefined],
      ['atlantis-2020-ch1', 'One', 'Defend Critical Infrastructure', undefined],
      ['atlantis-2020-ch1-1', '1.1', 'Establish Requirements', 'goal'],
      ['atlantis-2020-ch1-2', '1.2', 'Scale Collaboration', 'goal'],
      ['atlantis-2020-ch2', 'Two', 'Partnerships', undefined],
      ['atlantis-2020-ch2-1', '1', 'Work with allies', 'goal'],
    ]);
    expect(problemsOf(text.replace('Pillar Two', 'Pillar Zero'))).toEqual([]);
    expect(problemsOf(text.replace('Objective 1.2', 'Objective 1.0'))).toEqual([
      'sources/atlantis-2020.md:21: heading "Strategic Objective 1.0: Scale Collaboration" comes after "Strategic Objective 1.1: Establish Requirements" (line 17): numbered sections are in order',
      'sources/atlantis-2020.md:21: heading "Strategic Objective 1.0: Scale Collaboration" defines a goal numbered 1.0: items are numbered from 1 to 10000',
    ]);
  });

  it('refuses a url that is not a web address the reader can link to', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd']) {
      const text = MINI_DOCUMENT.replace('language: en', `language: en\nurl: ${url}`);
      expect(problemsOf(text)).toEqual([
        'sources/atlantis-2020.md:8: url: must be a web address (http or https), such as "https://example.org/strategy.html"',
      ]);
    }
  });
});

/** Mention finding: longest name first, whole words, acronyms case-sensitive. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { createMentionMatcher } from '@/lib/ingest/mentions';
import type { GazetteerEntity } from '@/lib/ingest/gazetteer';

const entity = (
  id: string,
  label: string,
  aliases: string[],
  type: GazetteerEntity['type'] = 'organization',
): GazetteerEntity => ({
  id,
  type,
  label,
  aliases,
  basis: 'text',
});

const matcher = createMentionMatcher([
  entity('un', 'United Nations', ['UN', 'United Nations']),
  entity('ungge', 'UN Group of Governmental Experts', ['UNGGE', 'United Nations Governmental Groups of Experts']),
  entity('un-charter', 'Charter of the United Nations', ['UN Charter'], 'instrument'),
  entity('unga', 'UN General Assembly', ['UN General Assembly']),
  entity('companies', 'Internet companies', ['Internet companies']),
]);

const found = (text: string) => matcher.find(text).map((m) => `${m.entityId}:${m.text}`);

describe('createMentionMatcher', () => {
  it('never finds UN inside UNGGE', () => {
    expect(found('the work of the UNGGE and the UN')).toEqual(['ungge:UNGGE', 'un:UN']);
  });

  it('treats "UN Charter" as the instrument, not a mention of the UN', () => {
    expect(found('enshrined in the UN Charter in real earnest')).toEqual(['un-charter:UN Charter']);
  });

  it('prefers the longest name across case-sensitive and insensitive names', () => {
    expect(found('submitted to the UN General Assembly')).toEqual(['unga:UN General Assembly']);
  });

  it('matches acronyms case-sensitively and other names case-insensitively', () => {
    expect(found('a fun union, un-like the UN')).toEqual(['un:UN']);
    expect(found('internet companies and INTERNET COMPANIES')).toEqual([
      'companies:internet companies',
      'companies:INTERNET COMPANIES',
    ]);
  });

  it('counts "Full Name (ACRONYM)" once', () => {
    expect(found('the United Nations Governmental Groups of Experts (UNGGE) and other mechanisms')).toEqual([
      'ungge:United Nations Governmental Groups of Experts',
    ]);
  });

  it('matches across a line break inside a name and returns offsets into the text', () => {
    const text = 'the United\nNations will';
    const [mention] = matcher.find(text);
    expect(mention).toMatchObject({ entityId: 'un', start: 4, end: 18 });
    expect(text.slice(mention!.start, mention!.end)).toBe('United\nNations');
  });
});

describe('createMentionMatcher beyond the regular expression engine', () => {
  it('names the gazetteer instead of crashing when the names cannot be one pattern', () => {
    // Past the gazetteer's length limit (the file's checks refuse it first): a stack overflow in the engine.
    const huge = entity('huge', 'x'.repeat(200_000), []);
    let thrown: unknown;
    try {
      // V8 compiles a pattern at its first search: its limits show there.
      createMentionMatcher([huge], 'gazetteer.yaml').find('The text of a document.');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AtlasDataError);
    expect((thrown as AtlasDataError).issues.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^gazetteer\.yaml: the names cannot be matched in the text \([^)]*\): 1 name, the longest 200000 characters; fewer or shorter names$/,
      ),
    ]);
  });
});

/** Relationship groups and reader links for the details panel. */
import { describe, expect, it } from 'vitest';
import type { Neighbor } from '@/lib/explorer/api/client';
import { rangeKey } from '@/lib/explorer/graph/client-graph';
import { isWholeSentence, parseMark, quoteKind, readerHref } from '@/lib/explorer/selection/provenance';
import { RELATION_TYPES } from '@/lib/graph/schema';
import {
  describeKind,
  formatModalities,
  groupNeighbors,
  involvedForums,
  modalitiesOf,
  relationPhrase,
  relationSentence,
  relationWords,
} from '@/lib/explorer/selection/relations';

const n = (
  id: string,
  type: Neighbor['type'],
  relation: Neighbor['relation'],
  direction: 'out' | 'in',
  basis: 'text' | 'curated' = 'text',
): Neighbor => ({
  id,
  label: id.toUpperCase(),
  type,
  relation,
  direction,
  basis,
  edge: `${relation}:${direction === 'out' ? 'x' : id}->${direction === 'out' ? id : 'x'}`,
});

describe('relationship groups', () => {
  it('groups by relationship and direction in a fixed order with readable titles', () => {
    const groups = groupNeighbors([
      n('asean', 'organization', 'PART_OF', 'out', 'curated'),
      n('c1', 'commitment', 'INVOLVES', 'in'),
      n('s1', 'section', 'MENTIONS', 'in'),
      n('c2', 'commitment', 'INVOLVES', 'in'),
      n('china', 'state', 'MEMBER_OF', 'in', 'curated'),
    ]);
    expect(groups.map((g) => g.title)).toEqual(['Involved in', 'Mentioned in', 'Part of', 'Members']);
    expect(groups[0]?.neighbors.map((x) => x.id)).toEqual(['c1', 'c2']);
  });

  it('has a reader’s phrase for every relationship type of the schema, both ways', () => {
    for (const type of RELATION_TYPES) {
      expect(relationPhrase(type, 'out'), type).not.toContain(type);
      expect(relationPhrase(type, 'in'), type).not.toContain(type);
    }
    expect(relationPhrase('HEAD_OF', 'in')).toBe('Headed by');
  });

  it('phrases unknown relationships without failing', () => {
    expect(relationPhrase('INVOLVES', 'out')).toBe('Involves');
    expect(relationPhrase('NEW_KIND', 'out')).toBe('New kind');
    expect(relationPhrase('NEW_KIND', 'in')).toBe('New kind (incoming)');
  });

  it('says a relationship inside a sentence in the same words as the group titles, never as its type', () => {
    expect(relationWords('PART_OF')).toBe('part of');
    expect(relationWords('UNDER', 'out')).toBe('under');
    expect(relationWords('INVOLVES', 'in')).toBe('involved in');
    expect(relationSentence('PART_OF', 'ASEAN Regional Forum', 'ASEAN')).toBe('ASEAN Regional Forum part of ASEAN');
    for (const type of RELATION_TYPES)
      expect(relationWords(type), type).toBe(relationPhrase(type, 'out').toLowerCase());
  });

  it('lists the forums a commitment involves, not other entities', () => {
    const forums = involvedForums(
      [
        n('arf', 'forum', 'INVOLVES', 'out'),
        n('china', 'state', 'INVOLVES', 'out'),
        n('un', 'organization', 'INVOLVES', 'out'),
        n('igf', 'forum', 'MENTIONS', 'in'),
      ],
      ['organization', 'forum', 'process'],
    );
    expect(forums.map((f) => f.id)).toEqual(['arf', 'un']);
    expect(describeKind('self')).toMatch(/own/);
    expect(describeKind('other')).toBeUndefined();
  });
});

describe('reader links', () => {
  const index = new Map([[rangeKey('iscc-2017', 21247, 21447), 'iscc-2017-ch4-3-s3']]);

  it('links a commitment sentence to its anchor, any other quote to a marked range', () => {
    expect(readerHref({ documentId: 'iscc-2017', start: 21247, end: 21447 }, index)).toBe(
      '/document?id=iscc-2017#iscc-2017-ch4-3-s3',
    );
    expect(readerHref({ documentId: 'iscc-2017', start: 10, end: 20 }, index)).toBe(
      '/document?id=iscc-2017&mark=10-20#passage',
    );
  });

  it('parses only well-formed marks inside the text', () => {
    expect(parseMark('10-20', 100)).toEqual({ start: 10, end: 20 });
    expect(parseMark('20-10', 100)).toBeUndefined();
    expect(parseMark('10-200', 100)).toBeUndefined();
    expect(parseMark('a-b', 100)).toBeUndefined();
    expect(parseMark(undefined, 100)).toBeUndefined();
  });
});

describe('modalitiesOf / formatModalities', () => {
  it('lists every modality of a commitment, first verb first, as one phrase', () => {
    const modalities = modalitiesOf('supports', ['supports', 'calls for']);
    expect(modalities).toEqual(['supports', 'calls for']);
    expect(formatModalities(modalities)).toBe('supports · calls for');
    expect(formatModalities(modalities, true)).toBe('“supports” · “calls for”');
  });

  it('falls back to the modality when the list is missing or malformed', () => {
    expect(modalitiesOf('will', undefined)).toEqual(['will']);
    expect(modalitiesOf('will', [])).toEqual(['will']);
    expect(modalitiesOf('will', 'will')).toEqual(['will']);
    expect(modalitiesOf(undefined, undefined)).toEqual([]);
  });
});

describe('isWholeSentence', () => {
  it.each([
    ['China will actively participate in the work of the UNGGE.', true],
    ['“Cyberspace is the common space of activities for mankind.”', true],
    ['2015 was the year the updated code was submitted.', true],
    ['China and other SCO member states', false], // the words a curated fact is located by
    ["Xi Jinping, President of the People's Republic of China", false],
    ['and promote the reform.', false], // the tail of a sentence
  ])('%s → %s', (quote, expected) => expect(isWholeSentence(quote)).toBe(expected));
});

describe('quoteKind', () => {
  const title = '5. International Cooperation on Cyber Terrorism and Cyber Crimes';
  it.each([
    ['China will actively participate in the work of the UNGGE.', title, 'sentence'],
    [title, title, 'heading'], // a section's (or its item's) own title: no full stop, yet not cut from a sentence
    ['Preface', 'Preface', 'heading'],
    ['China and other SCO member states', '3. Partnership in Cyberspace', 'phrase'],
  ])('%s under "%s" → %s', (quote, sectionTitle, expected) =>
    expect(quoteKind({ quote, sectionTitle })).toBe(expected),
  );
});

import { describe, expect, it } from 'vitest';
import {
  commitmentLinkName,
  commitmentPosition,
  paragraphLinkName,
  sectionLinkName,
  sectionPlaces,
  type PlacedSection,
} from '@/lib/explorer/document/marks';

const SECTIONS: PlacedSection[] = [
  { id: 'd-preface', parentId: null, number: '', title: 'Preface', heading: 'Preface', level: 1 },
  {
    id: 'd-ch4',
    parentId: null,
    number: 'IV',
    title: 'Plan of Action',
    heading: 'Chapter IV. Plan of Action',
    level: 1,
  },
  {
    id: 'd-ch4-3',
    parentId: 'd-ch4',
    number: '3',
    title: 'Partnership in Cyberspace',
    heading: '3. Partnership in Cyberspace',
    level: 2,
  },
  { id: 'd-annex', parentId: null, number: '1', title: 'Terms', heading: 'Annex 1: Terms', level: 1 },
  { id: 'd-annex-x', parentId: 'd-annex', number: '', title: 'Notes', heading: 'Notes', level: 2 },
];

describe('reader places', () => {
  it('says where a section stands as a reader would, from the chapter down', () => {
    expect(Object.fromEntries(sectionPlaces(SECTIONS))).toEqual({
      'd-preface': 'Preface',
      'd-ch4': 'Chapter IV',
      'd-ch4-3': 'Chapter IV, section 3',
      'd-annex': 'Annex 1',
      'd-annex-x': 'Annex 1, Notes',
    });
  });

  it('stops at a cycle of parents instead of recursing for ever', () => {
    const places = sectionPlaces([
      { id: 'a', parentId: 'b', number: '1', title: 'A', heading: '1. A', level: 2 },
      { id: 'b', parentId: 'a', number: '2', title: 'B', heading: '2. B', level: 2 },
    ]);
    expect(places.get('a')).toMatch(/section 1$/);
  });
});

describe('reader link names', () => {
  const places = sectionPlaces(SECTIONS);

  it('names each ¶ and § link by its place, so no two are alike', () => {
    expect(paragraphLinkName(3, places.get('d-ch4-3'))).toBe('Cite paragraph 3 of Chapter IV, section 3');
    expect(paragraphLinkName(1, undefined)).toBe('Cite paragraph 1 before the first heading');
    expect(sectionLinkName(places.get('d-ch4'))).toBe('Cite Chapter IV');
    expect(sectionLinkName(undefined)).toBe('Cite this section');
  });

  it('reads a commitment’s sentence number and section from its id', () => {
    expect(commitmentPosition('d-ch4-3-s12')).toEqual({ sectionId: 'd-ch4-3', sentence: 12 });
    expect(commitmentPosition('d-ch4-3')).toBeUndefined();
  });

  it('names a ◆ link by kind, maker, verbs and place', () => {
    const self = { id: 'd-ch4-3-s3', kind: 'self', modalities: ['will', 'supports'], maker: 'China' };
    expect(commitmentLinkName(self, 'China', places)).toBe(
      "China's commitment (will · supports), sentence 3 of Chapter IV, section 3: open in the explorer",
    );
    const norm = { id: 'd-ch4-3-s4', kind: 'others', modalities: ['should'], maker: 'China' };
    expect(commitmentLinkName(norm, 'China', places)).toBe(
      'Norm asked of others (should), sentence 4 of Chapter IV, section 3: open in the explorer',
    );
    // A norm quoted from a speaker says whose it is; the issuer's own need not.
    const quoted = { id: 'd-preface-s2', kind: 'others', modalities: ['should'], maker: 'Xi Jinping' };
    expect(commitmentLinkName(quoted, 'China', places)).toBe(
      'Norm asked of others by Xi Jinping (should), sentence 2 of Preface: open in the explorer',
    );
    // Another issuer's text names its own issuer.
    expect(commitmentLinkName({ ...self, maker: 'Russia' }, 'Russia', places)).toMatch(/^Russia's commitment/);
    // An id without a place still gets a name.
    expect(commitmentLinkName({ ...self, id: 'elsewhere' }, 'China', places)).toBe(
      "China's commitment (will · supports): open in the explorer",
    );
  });
});

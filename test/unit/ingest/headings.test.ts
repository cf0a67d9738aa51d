/** Headings: what a heading's number and title are, and the local id its section takes, in each numbering style. */
import { describe, expect, it } from 'vitest';
import { describeHeading, headingStartsWith, numberValue } from '@/lib/ingest/headings';

describe('describeHeading', () => {
  it('reads chapters, numbered sections and plain titles', () => {
    expect(describeHeading('Chapter IV. Plan of Action')).toEqual({
      number: 'IV',
      title: 'Plan of Action',
      localId: 'ch4',
    });
    expect(describeHeading('3. Partnership in Cyberspace')).toEqual({
      number: '3',
      title: 'Partnership in Cyberspace',
      localId: '3',
    });
    expect(describeHeading('Preface')).toEqual({ number: '', title: 'Preface', localId: 'preface' });
  });

  it('reads the pillars of a national strategy as chapters, whatever mark follows the number', () => {
    for (const heading of [
      'Pillar 1 – Strong businesses',
      'Pillar 1: Strong businesses',
      'PILLAR 1. Strong businesses',
    ])
      expect(describeHeading(heading), heading).toEqual({ number: '1', title: 'Strong businesses', localId: 'ch1' });
    expect(describeHeading('Part II — Actions')).toEqual({ number: 'II', title: 'Actions', localId: 'ch2' });
    // A word that only begins with one is a title.
    expect(describeHeading('Pillars of cooperation')).toMatchObject({ number: '', localId: 'pillars-of-cooperation' });
  });

  it("reads a decimal number whole, its local id the part after its parent's number", () => {
    expect(describeHeading('2.1 Resilient infrastructure', '2')).toEqual({
      number: '2.1',
      title: 'Resilient infrastructure',
      localId: '1',
    });
    expect(describeHeading('2.1. Resilient infrastructure', '2')).toMatchObject({ number: '2.1', localId: '1' });
    expect(describeHeading('2.2.1 In the region', '2.2')).toMatchObject({ number: '2.2.1', localId: '1' });
    // Under a parent that does not number it so, the number is kept whole: no two sections share an id.
    expect(describeHeading('2.1 Resilient infrastructure', 'I')).toMatchObject({ localId: '2-1' });
    expect(describeHeading('2.1 Resilient infrastructure')).toMatchObject({ localId: '2-1' });
    // A number in the title is not a section number.
    expect(describeHeading('2030 Agenda')).toMatchObject({ number: '', localId: '2030-agenda' });
  });
});

describe('describeHeading: other numbering styles', () => {
  it('reads a pillar numbered in words as a chapter', () => {
    expect(describeHeading('Pillar One: Defend Critical Infrastructure')).toEqual({
      number: 'One',
      title: 'Defend Critical Infrastructure',
      localId: 'ch1',
    });
    expect(describeHeading('Pillar Five – Partnerships')).toMatchObject({ number: 'Five', localId: 'ch5' });
    expect(describeHeading('Part Two. Actions')).toMatchObject({ localId: 'ch2' });
    // A word that is no number is a title.
    expect(describeHeading('Part Of The Plan')).toMatchObject({ number: '', localId: 'part-of-the-plan' });
  });

  it('reads a section named by its kind and number as a numbered section', () => {
    expect(describeHeading('Objective 2: Enhance cyber skills', '1')).toEqual({
      number: '2',
      title: 'Enhance cyber skills',
      localId: '2',
    });
    expect(describeHeading('Strategic Objective 1.1: Establish Requirements', 'One')).toEqual({
      number: '1.1',
      title: 'Establish Requirements',
      localId: '1',
    });
    expect(describeHeading('Priority 3 – Deterrence')).toMatchObject({ number: '3', localId: '3' });
    // Under a Roman chapter, the decimal number repeats the chapter's as under "2.".
    expect(describeHeading('Goal 2.1. Resilience', 'II')).toMatchObject({ number: '2.1', localId: '1' });
    expect(describeHeading('2.1 Resilient infrastructure', 'II')).toMatchObject({ localId: '1' });
    // A number in the title, with no mark after it, is not a section number.
    expect(describeHeading('Goal 2030 and beyond')).toMatchObject({ number: '', localId: 'goal-2030-and-beyond' });
    expect(describeHeading('Our Common Objective')).toMatchObject({ number: '' });
  });
});

describe('numberValue', () => {
  it('counts a number in its series: the last part of a decimal one', () => {
    expect(numberValue('IV')).toBe(4);
    expect(numberValue('03')).toBe(3);
    expect(numberValue('4.2')).toBe(2);
    expect(numberValue('Five')).toBe(5);
    expect(numberValue('')).toBeUndefined();
  });
});

describe('headingStartsWith', () => {
  it('ends a prefix at a word boundary, and a chapter number before its decimal sections', () => {
    expect(headingStartsWith('Chapter III. Goals', 'Chapter II')).toBe(false);
    expect(headingStartsWith('Chapter II. Principles', 'Chapter II')).toBe(true);
    expect(headingStartsWith('2. Actions', '2')).toBe(true);
    expect(headingStartsWith('2.2. Partners', '2')).toBe(false);
    expect(headingStartsWith('2.2 Partners', '2.2')).toBe(true);
  });
});

/** The modality lexicon: what follows the issuer as subject, and the modals of a norm, each to its normalised form. */
import { describe, expect, it } from 'vitest';
import { firstNormModal, selfModality, selfVerb } from '@/lib/ingest/modality';

describe('selfModality', () => {
  it.each([
    ['will participate in discussions', 'will'],
    ['shall act', 'will'],
    ['stands ready to work with all parties', 'is ready to'],
    ['is willing to share its experience', 'is ready to'],
    ['would like to work with others', 'is ready to'],
    ['has always supported the UN', 'supports'],
    ['remains committed to peace', 'is committed'],
    ['commits itself to peace', 'is committed'],
    ['is dedicated to an open Internet', 'is committed'],
    ['is firmly opposed to hegemony', 'opposes'],
    ['stands against trade protectionism', 'opposes'],
    ['maintains that cyberspace is shared', 'believes'],
    ['holds that sovereignty extends to cyberspace', 'believes'],
    ['upholds the UN Charter', 'upholds'],
    ["safeguards citizens' rights to be informed", 'upholds'],
    ['regards them illegal criminal activities', 'believes'],
    ['regards cyber security as a shared responsibility', 'believes'],
    ['hopes that all parties will cooperate', 'hopes'],
    ['welcomes the report', 'welcomes'],
    ['proposes a new mechanism', 'proposes'],
    ['promotes cooperation', 'promotes'],
    ['contributes to UN effort', 'contributes to'],
    ['takes an active part in the process', 'participates'],
    ['participates in the IGF', 'participates'],
    ['strives to build consensus', 'works to'],
    ['continues to promote cooperation', 'continues to'],
    ['has long been a force for peace', 'has'],
    ['has consistently opposed hegemony', 'has'],
  ])('%s → %s', (rest, modality) => {
    expect(selfModality(rest)).toBe(modality);
  });

  it('states nothing for a verb that is no commitment or position', () => {
    expect(selfModality('faces considerable risk')).toBeUndefined();
    expect(selfModality('is a victim of hacking')).toBeUndefined();
  });
});

describe('selfVerb', () => {
  it('keeps what a record states when it ends in a promise ("has supported … and will continue")', () => {
    expect(selfVerb('has supported the process and will continue to contribute')).toEqual({
      modality: 'will',
      length: 'has supported'.length,
      also: ['supports'],
    });
    expect(selfVerb('has long been a force for peace and will remain one')).toMatchObject({
      modality: 'will',
      also: ['has'],
    });
    // A record alone, or a promise alone, states one modality.
    expect(selfVerb('has supported the process')).toEqual({ modality: 'supports', length: 'has supported'.length });
    expect(selfVerb('will continue to contribute')).toEqual({ modality: 'will', length: 'will'.length });
  });

  it('reads a participle that shares the record\'s "has" as the record\'s too ("has supported and participated")', () => {
    // The record states both: its support and, with the same "has", its participation.
    expect(selfVerb('has supported and actively participated in the process and will continue to contribute')).toEqual({
      modality: 'will',
      length: 'has supported'.length,
      also: ['supports', 'has'],
    });
    expect(selfVerb('has supported and participated in the process')).toEqual({
      modality: 'supports',
      length: 'has supported'.length,
      also: ['has'],
    });
    expect(selfVerb('has always supported, and hosted, the forum')).toMatchObject({
      modality: 'supports',
      also: ['has'],
    });
    // Only right after the record's participle, and only a participle: an object's adjective further on is none,
    // and a record of "has" and "has" states one modality.
    expect(selfVerb('has supported open and shared governance')).toEqual({
      modality: 'supports',
      length: 'has supported'.length,
    });
    expect(selfVerb('has promoted and enhanced cooperation')).toEqual({
      modality: 'has',
      length: 'has promoted'.length,
    });
    expect(selfVerb('supports and contributes to UN effort')).toEqual({
      modality: 'supports',
      length: 'supports'.length,
    });
  });
});

describe('firstNormModal', () => {
  it.each([
    ['States shall not use ICT to harm others.', 'must not'],
    ['States shall settle disputes peacefully.', 'must'],
    ['Countries ought to cooperate.', 'should'],
    ['Every state has the right to protect its systems.', 'is entitled to'],
    ['It is necessary for all countries to cooperate.', 'is important'],
    ['Countries should, and must, cooperate.', 'should'],
  ])('%s → %s', (sentence, modality) => {
    expect(firstNormModal(sentence)?.modality).toBe(modality);
  });
});

/** Modality chains: every verb of the lexicon that the subject's own coordinated predicates state, in order. */
import { describe, expect, it } from 'vitest';
import { modalityChain, normPredicate, selfPredicate } from '@/lib/ingest/modality-chain';

/** The chain of a sentence whose first verb phrase ends just after `firstVerb`. */
const chainOf = (sentence: string, first: string, firstVerb: string, read = selfPredicate) =>
  modalityChain(sentence, first, sentence.indexOf(firstVerb) + firstVerb.length, read);

describe('modalityChain', () => {
  it.each([
    [
      'China opposes interference and believes every country has rights.',
      'opposes',
      'opposes',
      ['opposes', 'believes'],
    ],
    [
      'It supports open trade, opposes trade barriers and pursues an open environment.',
      'supports',
      'supports',
      ['supports', 'opposes', 'pursues'],
    ],
    ['China supports discussion, and calls for principles.', 'supports', 'supports', ['supports', 'calls for']],
    [
      'China advocates cooperation and commits to promoting trade.',
      'advocates',
      'advocates',
      ['advocates', 'is committed'],
    ],
    ['China supports the UN and will continue to participate.', 'supports', 'supports', ['supports', 'will']],
    ['China is committed to peace, and has worked actively.', 'is committed', 'committed', ['is committed', 'has']],
    [
      'China opposes hegemony and firmly maintains that sovereignty applies.',
      'opposes',
      'opposes',
      ['opposes', 'believes'],
    ],
  ])('%s → %j', (sentence, first, firstVerb, expected) => {
    expect(chainOf(sentence, first, firstVerb)).toEqual(expected);
  });

  it('keeps a bare infinitive in the scope of the verb before it ("will encourage and support")', () => {
    expect(chainOf('China will encourage and support regional organizations.', 'will', 'will')).toEqual(['will']);
    expect(chainOf('China will participate in the follow-up, support the community.', 'will', 'will')).toEqual([
      'will',
    ]);
  });

  it('names a modality once, however often the sentence repeats it', () => {
    expect(chainOf('China will urge businesses and will support their effort.', 'will', 'will')).toEqual(['will']);
  });

  it("leaves the verbs of a relative or subordinate clause to that clause's own subject", () => {
    expect(
      chainOf('It encourages e-commerce, which will drive innovation and supports growth.', 'encourages', 'encourages'),
    ).toEqual(['encourages']);
    expect(chainOf('China believes that countries should act and will cooperate.', 'believes', 'believes')).toEqual([
      'believes',
    ]);
    expect(chainOf('China will help so that more countries will share benefits.', 'will', 'will')).toEqual(['will']);
    expect(chainOf('China supports the UN; the UN calls for unity.', 'supports', 'supports')).toEqual(['supports']);
  });

  it("reads a norm's further modals", () => {
    const sentence = 'Countries should cooperate, and must not interfere.';
    expect(chainOf(sentence, 'should', 'should', normPredicate)).toEqual(['should', 'must not']);
    expect(chainOf('Countries should cooperate and share.', 'should', 'should', normPredicate)).toEqual(['should']);
  });
});

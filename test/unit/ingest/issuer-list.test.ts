/** The issuer among others: as one member of a compound subject, and as the subject of a relative clause. */
import { describe, expect, it } from 'vitest';
import { matchIssuerInList, matchIssuerInRelative } from '@/lib/ingest/issuer-list';

const context = {
  issuerNames: ['China', "People's Republic of China"],
  issuerDemonyms: ['Chinese'],
  previousSubjectWasIssuer: false,
};

describe('matchIssuerInList', () => {
  it('finds the issuer as a whole member of a list subject, and where it stands', () => {
    const sentence = 'Russia, Iran, and China support dialogue.';
    const found = matchIssuerInList(sentence, context);
    expect(found).toMatchObject({ kind: 'self', modality: 'supports', subject: 'Russia, Iran, and China' });
    expect(sentence.slice(found?.issuerStart, found?.issuerEnd)).toBe('China');
  });

  it('stops at a list subject the issuer is not in', () => {
    expect(matchIssuerInList("China's partners and Russia will hold talks.", context)).toBeUndefined();
  });
});

describe('matchIssuerInRelative', () => {
  // Chapter IV §2 of the 2017 strategy: the sentence's subject is the Code ("It"), the clause's is China with others.
  const code =
    'It is the first international paper dedicated to norms of behavior in cyberspace and an important public security product China and other SCO member states provide to support international efforts for a code of conduct in cyberspace.';

  it('finds the issuer, with others, as the subject of a relative clause without its pronoun', () => {
    const found = matchIssuerInRelative(code, context);
    expect(found).toMatchObject({
      kind: 'self',
      modality: 'contributes to',
      subject: 'China and other SCO member states',
    });
    expect(code.slice(found?.subjectStart, found?.subjectEnd)).toBe('China and other SCO member states');
    expect(code.slice(found?.issuerStart, found?.issuerEnd)).toBe('China');
  });

  it.each([
    // "plays" is no verb of the lexicon: the relative clause states nothing citable.
    ['The role that China plays in the UN is growing.', undefined],
    ['This is a cause the Chinese government supports.', 'supports'],
    ['It is the assistance China offers to developing countries.', 'contributes to'],
    ['It is a process China has supported for years.', 'supports'],
    ['In the meantime China will host the conference.', 'will'],
  ])('%s → %s', (sentence, modality) => {
    expect(matchIssuerInRelative(sentence, context)?.modality).toBe(modality);
  });

  it.each([
    // A preposition makes the issuer an object or a possessor, not a subject.
    'The role of China will grow.',
    'Cooperation with China will deepen.',
    // The issuer's possessive is not the issuer.
    "It is the first paper China's partners provide.",
    // Without a noun phrase before it, a "provides" is not the issuer's contribution to something.
    'Cyber security is important and China provides an explanation.',
    // A verb the lexicon does not hold.
    'It is a product China and other SCO member states submitted in 2015.',
  ])('is not a commitment: %s', (sentence) => {
    expect(matchIssuerInRelative(sentence, context)).toBeUndefined();
  });
});

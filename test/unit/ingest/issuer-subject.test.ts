/** The issuer as subject: where clauses begin, and the issuer's names, government and demonym as a subject. */
import { describe, expect, it } from 'vitest';
import {
  clauseStarts,
  issuerSubjectSource,
  selfNameForms,
  subjectIsIssuer,
  withoutIssuerGovernment,
} from '@/lib/ingest/issuer-subject';

const context = {
  issuerNames: ['China', "People's Republic of China"],
  issuerDemonyms: ['Chinese'],
  previousSubjectWasIssuer: false,
};
const clausesOf = (sentence: string) => clauseStarts(sentence).map((start) => sentence.slice(start));

describe('clauseStarts', () => {
  it('starts clauses after commas and semicolons, stepping over a conjunction', () => {
    expect(clausesOf('Cooperation matters; China will help, but others must act.')).toEqual([
      'Cooperation matters; China will help, but others must act.',
      'China will help, but others must act.',
      'others must act.',
    ]);
  });

  it('starts a clause at ", and …" only after a verb: a list of names is one subject', () => {
    expect(clausesOf('Cooperation is essential, and China will help.')).toContain('China will help.');
    expect(clausesOf('Russia, Iran, and China will help.')).not.toContain('China will help.');
  });
});

describe('issuerSubjectSource', () => {
  const subject = new RegExp(`^${issuerSubjectSource(context)}\\b`);
  it.each([
    ['China will', 'China'],
    ["The People's Republic of China will", "The People's Republic of China"],
    ['The Chinese government will', 'The Chinese government'],
    ['The Chinese Government will', 'The Chinese Government'],
    ['The government of China will', 'The government of China'],
    ["China's government will", "China's government"],
    ['The Chinese side will', 'The Chinese side'],
  ])('%s → %s', (clause, written) => {
    expect(subject.exec(clause)?.[0]).toBe(written);
  });

  it('never takes the demonym alone, or with another noun, for the issuer', () => {
    expect(subject.exec('Chinese companies will be encouraged')).toBeNull();
    expect(
      new RegExp(`^${issuerSubjectSource({ ...context, issuerDemonyms: [] })}`).exec('The Chinese government'),
    ).toBeNull();
  });
});

describe('subjectIsIssuer', () => {
  it('recognises the issuer, its government and an appositive, but not a compound subject', () => {
    expect(subjectIsIssuer('The Chinese government will act.', context)).toBe(true);
    expect(subjectIsIssuer('China, as a victim itself, opposes hacking.', context)).toBe(true);
    expect(subjectIsIssuer('Cooperation is essential, and China will help.', context)).toBe(true);
    expect(subjectIsIssuer('China and other SCO member states provide it.', context)).toBe(false);
    expect(subjectIsIssuer('China, Russia and India will act.', context)).toBe(false);
  });
});

describe('selfNameForms and the first person', () => {
  it('gives a self name as it opens a sentence and as it stands after a comma', () => {
    expect(selfNameForms(['We', 'the Government'])).toEqual(['We', 'we', 'the Government', 'The Government']);
  });

  it('never lets "It" stand for an issuer that speaks as "We"', () => {
    const speaking = { ...context, issuerNames: ['Atlantis', ...selfNameForms(['We', 'the Government'])] };
    expect(subjectIsIssuer('We will draft a standard.', speaking)).toBe(false);
    expect(subjectIsIssuer('The Government will draft a standard.', speaking)).toBe(true);
    expect(subjectIsIssuer('Atlantis will draft a standard.', speaking)).toBe(true);
  });
});

describe('withoutIssuerGovernment', () => {
  const issuer = { ...context, issuerId: 'china' };
  const mentionsOf = (text: string, word: string, entityId: string) =>
    [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({ entityId, start: m.index, end: m.index + word.length }));

  it.each([
    'The Chinese government will help.',
    'The government of China will help.',
    "China's government will help.",
    'The China government will help.',
  ])('drops the stakeholder "government" inside the issuer\'s own government: %s', (text) => {
    const mentions = [...mentionsOf(text, 'government', 'governments'), ...mentionsOf(text, 'China', 'china')];
    expect(withoutIssuerGovernment(text, mentions, issuer).map((m) => m.entityId)).toEqual(
      mentions.filter((m) => m.entityId === 'china').map((m) => m.entityId),
    );
  });

  it('keeps the government the issuer does not name as its own', () => {
    const text = 'Efforts will be made to facilitate cooperation between the government and businesses.';
    const mentions = mentionsOf(text, 'government', 'governments');
    expect(withoutIssuerGovernment(text, mentions, issuer)).toEqual(mentions);
  });
});

/** Mention finding: longest name first, whole words, acronyms case-sensitive. */
import { describe, expect, it } from 'vitest';
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

describe('createMentionMatcher at scale and at the edges of case folding', () => {
  it('matches a name of 200,000 characters and 12,000 names: no pattern size limit to reach (a trie, not one regex)', () => {
    const huge = entity('huge', `${'x'.repeat(200_000)} Forum`, []);
    const many = Array.from({ length: 12_000 }, (_v, i) =>
      entity(`e${i}`, `Working Group ${i} on Cyber Norms`, [`WG${i}`]),
    );
    const text = `the ${'x'.repeat(200_000)}\nforum met WG11999 and the working group 7 on cyber norms`;
    expect(
      createMentionMatcher([huge, ...many])
        .find(text)
        .map((m) => m.entityId),
    ).toEqual(['huge', 'e11999', 'e7']);
  });

  it('folds case as the engine did, and keeps what the regular expressions found then lost', () => {
    // The regular expressions matched these (their case-insensitive mode folds "ſ" to "s", a final "ς" to "σ"),
    // then looked the owner up by the lower-cased text, found none and dropped the mention: a name written with
    // a long s or a final sigma was silently not named.
    const greek = createMentionMatcher([entity('code', 'Κώδικας Δεοντολογίας', []), entity('ssf', 'Sſ Forum', [])]);
    expect(
      greek.find(`ο Κώδικασ ${'Δεοντολογίας'.toUpperCase()} και SS forum`).map((m) => `${m.entityId}:${m.text}`),
    ).toEqual(['code:Κώδικασ ΔΕΟΝΤΟΛΟΓΊΑΣ', 'ssf:SS forum']);
    // "İ" has no simple case folding (its lower case is two characters): it is only itself, as in the engine.
    expect(createMentionMatcher([entity('ist', 'İstanbul Process', [])]).find('istanbul process')).toEqual([]);
  });

  it('reads names as the gazetteer gives them, with one space between words, also when given otherwise', () => {
    const spaced = createMentionMatcher([entity('arf', 'ASEAN  Regional\nForum', ['  ARF '])]);
    expect(spaced.find('the ASEAN Regional\n\tForum (ARF) met').map((m) => m.text)).toEqual([
      'ASEAN Regional\n\tForum',
    ]);
  });
});

/**
 * Mention finding, trie against regular expressions: the trie (lib/ingest/name-trie.ts) replaced one alternation
 * of every name, and must find exactly what it found: on the real gazetteer and document, and on seeded random
 * gazetteers and texts (test/support/mention-cases.ts). The oracle is the replaced code (test/support/
 * regex-mentions.ts).
 */
import { describe, expect, it } from 'vitest';
import { readGazetteer } from '@/lib/ingest/gazetteer';
import { createMentionMatcher } from '@/lib/ingest/mentions';
import { readSourceDocument } from '@/lib/ingest/source';
import { generateMentionCase } from '../../support/mention-cases';
import { realInputs } from '../../support/data';
import { createRegexMentionMatcher } from '../../support/regex-mentions';

describe('mention finding: trie and regular expressions agree', () => {
  it('on the real gazetteer and document, the whole text, repeated, and in slices', () => {
    const inputs = realInputs();
    const { gazetteer } = readGazetteer(inputs.gazetteer);
    const documents = inputs.documents.map((input) => readSourceDocument(input).document);
    expect(gazetteer).toBeDefined();
    const trie = createMentionMatcher(gazetteer!.entities);
    const regex = createRegexMentionMatcher(gazetteer!.entities);
    for (const document of documents) {
      const text = document!.text;
      const found = trie.find(text);
      // Not a vacuous agreement: the document names its entities nearly two hundred times.
      expect(found.length).toBeGreaterThan(150);
      expect(found).toEqual(regex.find(text));
      const repeated = `${text}\n\n${text.toUpperCase()}\n\n${text.toLowerCase()}`;
      expect(trie.find(repeated)).toEqual(regex.find(repeated));
      for (const section of document!.sections) {
        expect(trie.find(text, section.start, section.end)).toEqual(regex.find(text, section.start, section.end));
      }
    }
  });

  it.each(Array.from({ length: 40 }, (_v, seed) => seed))('on generated names and text (seed %i)', (seed) => {
    const { entities, text } = generateMentionCase(seed, { names: 12 + (seed % 5) * 20, tokens: 400 });
    const trie = createMentionMatcher(entities);
    const regex = createRegexMentionMatcher(entities);
    const found = trie.find(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(regex.find(text));
    // A slice is read as a text of its own: its ends are word bounds, whatever lies beyond them.
    for (let cut = 0; cut < 10; cut++) {
      const start = (seed * 7919 + cut * 104729) % text.length;
      const end = Math.min(text.length, start + 1 + ((cut * 613) % 400));
      expect(trie.find(text, start, end)).toEqual(regex.find(text, start, end));
    }
  });

  it('on a gazetteer of 1,500 generated names (the regular expressions take seconds beyond)', () => {
    const { entities, text } = generateMentionCase(4242, { names: 1500, tokens: 3000 });
    expect(entities.flatMap((e) => [e.label, ...e.aliases]).length).toBeGreaterThan(800);
    expect(createMentionMatcher(entities).find(text)).toEqual(createRegexMentionMatcher(entities).find(text));
  });
});

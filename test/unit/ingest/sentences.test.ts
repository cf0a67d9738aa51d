/** Sentence splitting: offsets index the text exactly, honorifics do not end sentences, headings are skipped. */
import { describe, expect, it } from 'vitest';
import { documentSentences, sentenceAt, splitSentences } from '@/lib/ingest/sentences';
import { parseSourceDocument } from '@/lib/ingest/source';
import { MINI_DOCUMENT } from '../../support/data';

describe('splitSentences', () => {
  it('keeps "H.E. Xi Jinping" in one sentence', () => {
    const text =
      "-Remarks by H.E. Xi Jinping, President of the People's Republic of China, 2015/12/16\n\nToday, it works. Next one.";
    const spans = splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      "-Remarks by H.E. Xi Jinping, President of the People's Republic of China, 2015/12/16",
      'Today, it works.',
      'Next one.',
    ]);
  });

  const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  it('keeps an initialism with dots with the name it begins ("the U.N. Charter"), not with a new sentence', () => {
    expect(split('China supports the U.N. Charter. It will act.')).toEqual([
      'China supports the U.N. Charter.',
      'It will act.',
    ]);
    expect(split('China supports the U.S. Government and the U.N. General Assembly.')).toHaveLength(1);
    expect(split('China will work in the U.N. It will act.')).toEqual(['China will work in the U.N.', 'It will act.']);
  });

  it('ends a sentence at "etc." before a capital, and keeps it within one before a lower-case word', () => {
    expect(split('China supports forums, institutes, etc. It will act.')).toEqual([
      'China supports forums, institutes, etc.',
      'It will act.',
    ]);
    expect(split('China supports forums, institutes, etc. and will act.')).toHaveLength(1);
    expect(split('China supports the UN, the WTO, etc., and will act.')).toHaveLength(1);
  });

  it('joins "No." and "Art." only before a number, and titles only as written capitalised', () => {
    expect(split('China supports Art. 51 of the UN Charter. It cites No. 5. It will act.')).toHaveLength(3);
    expect(split('They said no. China will act.')).toEqual(['They said no.', 'China will act.']);
    expect(split('It is the state of the art. China will act.')).toHaveLength(2);
    expect(split('Dr. Smith will act. China supports e.g. Russia.')).toEqual([
      'Dr. Smith will act.',
      'China supports e.g. Russia.',
    ]);
  });

  it('joins a lead-in ending in ":" with the list items that go on its sentence, blank line or not', () => {
    const text =
      'China will:\n\n- work with the UN;\n- support the IGF; and\n- uphold the Charter.\n\nCountries should:\n* respect it\n1. join it\n(a) keep it\n\nIt ends.';
    expect(split(text)).toEqual([
      'China will:\n\n- work with the UN;\n- support the IGF; and\n- uphold the Charter.',
      'Countries should:\n* respect it\n1. join it\n(a) keep it',
      'It ends.',
    ]);
  });

  it('keeps an item that opens with a capital a sentence of its own, without its marker', () => {
    const text =
      'Our aims:\n\n- China will lead.\n- Countries should follow.\n\n1. It will act.\n\nThe next one:\n\nwas not a list.';
    expect(split(text)).toEqual([
      'Our aims:',
      'China will lead.',
      'Countries should follow.',
      'It will act.',
      'The next one:',
      'was not a list.',
    ]);
  });

  it('skips heading lines', () => {
    const text = '# Chapter I. Things\n\nOne sentence. Two sentences.';
    expect(splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual([
      'One sentence.',
      'Two sentences.',
    ]);
  });
});

describe('documentSentences', () => {
  it('numbers sentences within their deepest section, with exact offsets', () => {
    const doc = parseSourceDocument({ file: 'atlantis-2020.md', text: MINI_DOCUMENT });
    const sentences = documentSentences(doc);
    for (const sentence of sentences) expect(doc.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((s) => `${s.sectionId}#${s.index}`)).toEqual([
      'atlantis-2020-preface#1',
      'atlantis-2020-preface#2',
      'atlantis-2020-ch1#1',
      'atlantis-2020-ch1#2',
      'atlantis-2020-ch2-1#1',
      'atlantis-2020-ch2-1#2',
    ]);
  });
});

describe('sentenceAt', () => {
  const sentences = documentSentences(parseSourceDocument({ file: 'atlantis-2020.md', text: MINI_DOCUMENT }));

  it('finds, for every character of every sentence, that sentence (the same as a scan would)', () => {
    for (const sentence of sentences) {
      for (const offset of [sentence.start, (sentence.start + sentence.end) >> 1, sentence.end - 1]) {
        expect(sentenceAt(sentences, offset)).toBe(sentence);
      }
    }
  });

  it('finds none between sentences, before the first or past the last', () => {
    const [first] = sentences;
    const last = sentences.at(-1);
    expect(sentenceAt(sentences, (first?.start ?? 0) - 1)).toBeUndefined();
    expect(sentenceAt(sentences, last?.end ?? 0)).toBeUndefined();
    const gap = sentences.find((s, i) => (sentences[i + 1]?.start ?? s.end) > s.end);
    expect(gap).toBeDefined();
    expect(sentenceAt(sentences, gap?.end ?? 0)).toBeUndefined();
    expect(sentenceAt([], 0)).toBeUndefined();
  });
});

describe('footnote markers', () => {
  const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  it('keeps a superscript or bracketed footnote marker with the sentence it annotates', () => {
    expect(split('It is contested.¹ Our adversaries act.')).toEqual(['It is contested.¹', 'Our adversaries act.']);
    expect(split('It is it.¹² The next.')).toEqual(['It is it.¹²', 'The next.']);
    expect(split('The Administration will act.[2]')).toEqual(['The Administration will act.[2]']);
    expect(split('It is it.[12] The next.')).toEqual(['It is it.[12]', 'The next.']);
    expect(split('It is it. [3] The next.')).toEqual(['It is it. [3]', 'The next.']);
  });

  it('leaves a marker that opens a paragraph, and a number that is no marker, as they are', () => {
    expect(split('¹ A note.')).toEqual(['¹ A note.']);
    expect(split('It is it. [Note] The next.')).toEqual(['It is it.', '[Note] The next.']);
    expect(split('It is China.² 5G will come.')).toEqual(['It is China.²', '5G will come.']);
  });
});

describe('documents as they arrive', () => {
  const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  it('reads a hard-wrapped paragraph as prose: a line break ends no sentence', () => {
    expect(split('Since then, the\nMinistry has coordinated\nthe response. It will report to\nthe President.')).toEqual(
      ['Since then, the\nMinistry has coordinated\nthe response.', 'It will report to\nthe President.'],
    );
  });

  it('still ends a line before a list item, a table row and a footnote text, and reads each table row apart', () => {
    expect(split('We will:\n- act;\n- report.')).toEqual(['We will:\n- act;\n- report.']);
    expect(split('| Sector | Lead |\n| --- | --- |\n| Energy | NCSC |')).toEqual([
      '| Sector | Lead |',
      '| Energy | NCSC |',
    ]);
  });

  it('opens no sentence with a block quote\'s ">", and reads its wrapped lines as one', () => {
    expect(split('> We will act. Nordvia will\n> prosecute them.')).toEqual([
      'We will act.',
      'Nordvia will\n> prosecute them.',
    ]);
  });

  it('keeps a Markdown footnote reference "[^1]" with its sentence, and reads a footnote text without its label', () => {
    expect(split('It began in 2017.[^1] Since then, it grew.[^note]')).toEqual([
      'It began in 2017.[^1]',
      'Since then, it grew.[^note]',
    ]);
    expect(split('[^1]: Decree No. 41, 2017.')).toEqual(['Decree No. 41, 2017.']);
  });

  it('joins a lead-in with items marked by roman numerals, "(1)" or "(iv)"', () => {
    expect(
      split('Measures shall be taken to:\ni) train staff;\nii) build software;\niii) protect children.'),
    ).toHaveLength(1);
    expect(split('It will:\n(1) train staff;\n(iv) build software.')).toHaveLength(1);
  });
});

describe('documentSentences after a heading with closing hashes', () => {
  it('reads no "#" sentence from "# Chapter 1. General #"', () => {
    const document = MINI_DOCUMENT.replace('# Chapter I. Context', '# Chapter I. Context ##');
    const doc = parseSourceDocument({ file: 'sources/atlantis-2020.md', text: document });
    const texts = documentSentences(doc).map((sentence) => sentence.text);
    expect(texts).not.toContain('##');
    expect(texts).toContain('The UN matters.');
  });
});

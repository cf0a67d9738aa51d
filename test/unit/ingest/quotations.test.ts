/** Quoted speech: a paragraph followed by an attribution line (a dash, then who said it) is the speaker's. */
import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '@/lib/ingest/mentions';
import { findQuotations } from '@/lib/ingest/quotations';
import type { GazetteerEntity } from '@/lib/ingest/gazetteer';

const entities: GazetteerEntity[] = [
  { id: 'china', type: 'state', label: "People's Republic of China", aliases: ['China'], basis: 'text' },
  { id: 'xi-jinping', type: 'person', label: 'Xi Jinping', aliases: ['Xi Jinping'], basis: 'text' },
  { id: 'un', type: 'organization', label: 'United Nations', aliases: ['UN'], basis: 'text' },
];
const typeOf = (id: string) => entities.find((entity) => entity.id === id)?.type;
const quotations = (text: string) => findQuotations(text, createMentionMatcher(entities).find(text), typeOf);

/** The opening of the 2017 strategy's Preface, verbatim. */
const PREFACE = `# Preface

Cyberspace is the common space of activities for mankind. The future of cyberspace should be in the hands of all countries. Countries should step up communications, broaden consensus and deepen cooperation to jointly build a community of shared future in cyberspace.

-Remarks by H.E. Xi Jinping, President of the People's Republic of China, 2015/12/16

Today, the rapid advancement of information technology represented by the Internet has brought about new ways of social production.
`;

describe('findQuotations', () => {
  it("finds the Preface's epigraph, its attribution as written, and the person who spoke it (not the state named after him)", () => {
    const [quotation, ...more] = quotations(PREFACE);
    expect(more).toEqual([]);
    expect(quotation).toMatchObject({
      speakerId: 'xi-jinping',
      attribution: "Remarks by H.E. Xi Jinping, President of the People's Republic of China, 2015/12/16",
    });
    expect(PREFACE.slice(quotation!.start, quotation!.end)).toMatch(
      /^Cyberspace is the common space of activities for mankind\. .* community of shared future in cyberspace\.$/,
    );
    expect(PREFACE.slice(quotation!.attributionStart, quotation!.attributionEnd)).toBe(quotation!.attribution);
  });

  it('takes an em dash with a space, and an actor when no person is named', () => {
    const text = 'Countries should respect the UN Charter.\n\n— China, statement at the UN, 2019\n';
    expect(quotations(text)).toEqual([expect.objectContaining({ speakerId: 'china', start: 0, end: 40 })]);
  });

  it('is not fooled by list items, attributions naming nobody, or a heading before the dash', () => {
    expect(quotations('China will act.\n\n- Xi Jinping will visit the UN.\n')).toEqual([]);
    expect(quotations('Countries should act.\n\n-Remarks at a conference, 2015\n')).toEqual([]);
    expect(quotations('# Preface\n\n-Remarks by H.E. Xi Jinping\n')).toEqual([]);
    // The paragraph after an attribution is the document's own again, even if another dash line follows it.
    expect(quotations(PREFACE.replace('Today,', '—Xi Jinping\n\nToday,'))).toHaveLength(1);
  });
});

/** Provenance links and citations from the client graph (lib/explorer/selection/sources.ts), on the real document. */
import { describe, expect, it } from 'vitest';
import { buildClientGraph } from '@/lib/explorer/graph/client-graph';
import { provenanceSources, sectionPath } from '@/lib/explorer/selection/sources';
import { toApiGraph } from '@/lib/graph/serialize';
import { realGraph } from '../../support/data';

const graph = buildClientGraph(toApiGraph(realGraph().graph));
const sources = provenanceSources(graph);
const text = realGraph().texts.get('iscc-2017')!.text;

describe('provenance sources', () => {
  it('walks a section up to its chapter', () => {
    expect(sectionPath(graph, 'iscc-2017-ch4-3', '?')).toEqual([
      'Chapter IV. Plan of Action',
      '3. Partnership in Cyberspace',
    ]);
    expect(sectionPath(graph, 'iscc-2017-preface', '?')).toEqual(['Preface']);
    expect(sectionPath(graph, 'no-such-section', 'As given')).toEqual(['As given']);
  });

  it("cites a quote with the document's issuer, title, date, section path and published address", () => {
    const quote = 'China will promote practical cyber security cooperation among member states of SCO and BRICS';
    const start = text.indexOf(quote);
    const item = {
      documentId: 'iscc-2017',
      sectionId: 'iscc-2017-ch4-3',
      sectionTitle: '3. Partnership in Cyberspace',
      quote,
      start,
      end: start + quote.length,
    };
    const citation = sources.cite(item)!;
    expect(citation).toMatch(/^“China will promote practical cyber security cooperation .* SCO and BRICS” /);
    expect(citation).toContain(
      "Ministry of Foreign Affairs of the People's Republic of China, International Strategy of Cooperation on Cyberspace, 1 March 2017, Chapter IV. Plan of Action, 3. Partnership in Cyberspace.",
    );
    expect(citation).toMatch(/ https:\/\/www\.fmprc\.gov\.cn\/\S+$/);
    expect(sources.cite({ ...item, documentId: 'no-such-document' })).toBeUndefined();
  });

  it("gives a commitment's whole sentence, which its label cuts short, and nothing for other nodes", () => {
    const id = 'iscc-2017-ch4-3-s3';
    const sentence = sources.sentenceOf(id)!;
    const label = graph.getNodeAttribute(id, 'label');
    expect(sentence.length).toBeGreaterThan(label.length);
    expect(text).toContain(sentence);
    expect(sources.sentenceOf('arf')).toBeUndefined();
    expect(sources.sentenceOf('no-such-node')).toBeUndefined();
  });

  it('names a party as the text does, by its shortest name that is not an acronym', () => {
    expect(sources.partyName('china')).toBe('China');
    expect(sources.partyName('xi-jinping')).toBe('Xi Jinping');
    expect(sources.partyName('no-such-node')).toBeUndefined();
  });
});

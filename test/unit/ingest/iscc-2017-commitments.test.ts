/**
 * The 2017 strategy, sentence by sentence
 * =======================================
 * Every commitment and norm of graph-data/sources/iscc-2017.md as a reviewer read it against the text: which
 * sentences are commitments at all (the id set), who MAKES each (China unless named), its kind and every modality in
 * order, the item it is UNDER and every entity it INVOLVES (curated links included). A change to the data or to the
 * extraction rules that moves any of these shows here, sentence by sentence, for a reviewer to judge against the text.
 * Sentences left out on purpose, e.g. ch4-9-s3 ("Cyber culture exhibitions … will play an important role": a forecast
 * whose subject is not China's), ch2-2-s5 and ch2-4-s4 ("This will …": consequences, not undertakings), ch4-2-s2 ("SCO
 * member states submitted …": a past act of a group the sentence does not name China in; the SUBMITTED facts state
 * it). ch4-2-s3 is in: its subject "It" is the Code of Conduct, but the product "China and other SCO member states
 * provide to support international efforts" is China's contribution.
 * Dataset: graph-data/ (the committed sources).
 */
import { describe, expect, it } from 'vitest';
import type { CommitmentNode } from '@/lib/graph/schema';
import { realGraph } from '../../support/data';

/** id (without "iscc-2017-") | [maker] kind modalities | item UNDER | INVOLVES (sorted; "-" for none). */
const AUDITED = `
preface-s2    | xi-jinping others should            | -                                                                    | -
preface-s3    | xi-jinping others should            | -                                                                    | community-of-shared-future
preface-s8    | others is responsible               | -                                                                    | community-of-shared-future international-community
preface-s10   | self aims to                        | -                                                                    | international-community
ch1-s15       | others can only                     | -                                                                    | international-community
ch2-s1        | self has                            | -                                                                    | -
ch2-s2        | self pursues, works to, calls for   | -                                                                    | new-type-of-international-relations
ch2-s3        | self advocates                      | -                                                                    | -
ch2-1-s3      | others should                       | principle:peace                                                      | international-community un-charter
ch2-1-s4      | others must                         | principle:peace                                                      | -
ch2-1-s5      | others should                       | principle:peace                                                      | -
ch2-1-s7      | others should                       | principle:peace                                                      | international-community
ch2-1-s8      | others should                       | principle:peace                                                      | -
ch2-2-s2      | others should                       | principle:sovereignty                                                | -
ch2-2-s3      | others should not                   | principle:sovereignty                                                | -
ch2-2-s6      | others is entitled to               | principle:sovereignty                                                | governments
ch2-2-s7      | others is entitled to               | principle:sovereignty                                                | citizens governments
ch2-2-s8      | others is entitled to               | principle:sovereignty                                                | governments
ch2-2-s9      | others should                       | principle:sovereignty                                                | -
ch2-2-s10     | others should not                   | principle:sovereignty                                                | -
ch2-3-s1      | others needs to                     | principle:shared-governance                                          | -
ch2-3-s2      | others should                       | principle:shared-governance                                          | -
ch2-3-s3      | others is entitled to               | principle:shared-governance                                          | international-community
ch2-3-s4      | others should                       | principle:shared-governance                                          | -
ch2-3-s5      | others should                       | principle:shared-governance                                          | citizens governments international-organizations internet-companies ngos technical-community
ch2-3-s6      | others should                       | principle:shared-governance                                          | -
ch2-3-s7      | others should                       | principle:shared-governance                                          | un
ch2-3-s8      | others should                       | principle:shared-governance                                          | -
ch2-3-s9      | others needs to                     | principle:shared-governance                                          | international-community
ch2-4-s3      | others should                       | principle:shared-benefits                                            | international-community
ch2-4-s5      | others should                       | principle:shared-benefits                                            | -
ch2-4-s6      | others should                       | principle:shared-benefits                                            | developing-countries
ch3-s1        | self aims to                        | -                                                                    | -
ch3-1-s1      | self is committed, has              | goal:safeguarding-sovereignty-and-security                           | -
ch3-1-s2      | self opposes, believes              | goal:safeguarding-sovereignty-and-security                           | -
ch3-1-s4      | self encourages                     | goal:safeguarding-sovereignty-and-security                           | -
ch3-1-s5      | self pursues                        | goal:safeguarding-sovereignty-and-security                           | active-defense military
ch3-1-s6      | self will                           | goal:safeguarding-sovereignty-and-security                           | military
ch3-1-s7      | self will                           | goal:safeguarding-sovereignty-and-security                           | -
ch3-2-s1      | others needs to                     | goal:developing-a-system-of-international-rules                      | -
ch3-2-s2      | self supports                       | goal:developing-a-system-of-international-rules                      | un
ch3-2-s3      | self will, supports, has            | goal:developing-a-system-of-international-rules                      | international-community
ch3-2-s4      | self is committed                   | goal:developing-a-system-of-international-rules                      | -
ch3-2-s5      | self opposes, believes              | goal:developing-a-system-of-international-rules                      | international-law
ch3-2-s6      | others should                       | goal:developing-a-system-of-international-rules                      | -
ch3-3-s1      | self believes                       | goal:promoting-fair-internet-governance                              | international-community
ch3-3-s2      | others is entitled to               | goal:promoting-fair-internet-governance                              | -
ch3-3-s3      | others is important                 | goal:promoting-fair-internet-governance                              | -
ch3-3-s4      | others should                       | goal:promoting-fair-internet-governance                              | developing-countries
ch3-3-s5      | self calls for                      | goal:promoting-fair-internet-governance                              | citizens governments international-organizations internet-companies ngos technical-community
ch3-3-s6      | others should                       | goal:promoting-fair-internet-governance                              | governments
ch3-4-s1      | self supports                       | goal:protecting-legitimate-rights-and-interests-of-citizens          | -
ch3-4-s2      | self respects, upholds              | goal:protecting-legitimate-rights-and-interests-of-citizens          | citizens
ch3-4-s5      | self pursues                        | goal:protecting-legitimate-rights-and-interests-of-citizens          | -
ch3-5-s1      | self implements                     | goal:promoting-cooperation-on-digital-economy                        | internet-plus national-big-data-strategy national-cyber-development-strategy national-it-application-strategy
ch3-5-s2      | self encourages, promotes, works to | goal:promoting-cooperation-on-digital-economy                        | -
ch3-5-s3      | self values                         | goal:promoting-cooperation-on-digital-economy                        | -
ch3-5-s4      | self advocates, is committed        | goal:promoting-cooperation-on-digital-economy                        | -
ch3-5-s5      | self supports, opposes, pursues     | goal:promoting-cooperation-on-digital-economy                        | -
ch3-5-s6      | self calls for, seeks               | goal:promoting-cooperation-on-digital-economy                        | -
ch3-5-s7      | self believes                       | goal:promoting-cooperation-on-digital-economy                        | -
ch3-5-s10     | others should                       | goal:promoting-cooperation-on-digital-economy                        | developed-countries developing-countries
ch3-6-s3      | others should                       | goal:building-platform-for-cyber-culture-exchange                    | -
ch3-6-s4      | self will                           | goal:building-platform-for-cyber-culture-exchange                    | -
ch3-6-s5      | others should                       | goal:building-platform-for-cyber-culture-exchange                    | -
ch4-s1        | self will                           | -                                                                    | -
ch4-1-s1      | self will                           | action:peace-and-stability-in-cyberspace                             | -
ch4-1-s2      | self will                           | action:peace-and-stability-in-cyberspace                             | -
ch4-1-s3      | self will                           | action:peace-and-stability-in-cyberspace                             | international-community international-law
ch4-2-s1      | self supports, will                 | action:rule-based-order-in-cyberspace                                | un unga ungge
ch4-2-s3      | self contributes to                 | action:rule-based-order-in-cyberspace                                | code-of-conduct sco
ch4-2-s4      | self will                           | action:rule-based-order-in-cyberspace                                | code-of-conduct sco
ch4-2-s5      | self supports                       | action:rule-based-order-in-cyberspace                                | international-community
ch4-3-s1      | self is committed                   | action:partnership-in-cyberspace                                     | international-community
ch4-3-s2      | self will                           | action:partnership-in-cyberspace                                     | world-internet-conference
ch4-3-s3      | self will                           | action:partnership-in-cyberspace                                     | arf boao-forum china-japan-korea-consultation
ch4-3-s4      | self will                           | action:partnership-in-cyberspace                                     | arf brics sco
ch4-3-s5      | self will                           | action:partnership-in-cyberspace                                     | aalco cascf china-celac-forum cica focac regional-organizations
ch4-3-s6      | self will                           | action:partnership-in-cyberspace                                     | apec g20 regional-organizations
ch4-4-s1      | self will                           | action:reform-of-global-internet-governance-system                   | international-community wsis
ch4-4-s2      | self will                           | action:reform-of-global-internet-governance-system                   | igf
ch4-4-s3      | self will                           | action:reform-of-global-internet-governance-system                   | -
ch4-4-s4      | self will                           | action:reform-of-global-internet-governance-system                   | icann
ch4-4-s5      | self will                           | action:reform-of-global-internet-governance-system                   | future-of-the-internet wef
ch4-5-s1      | self will                           | action:international-cooperation-on-cyber-terrorism-and-cyber-crimes | cyber-terrorism-convention
ch4-5-s2      | self supports                       | action:international-cooperation-on-cyber-terrorism-and-cyber-crimes | unsc
ch4-5-s3      | self supports, contributes to       | action:international-cooperation-on-cyber-terrorism-and-cyber-crimes | un
ch4-5-s4      | self will                           | action:international-cooperation-on-cyber-terrorism-and-cyber-crimes | ccpcj cybercrime-instrument un ungge
ch4-5-s5      | self will                           | action:international-cooperation-on-cyber-terrorism-and-cyber-crimes | asia-pacific-mechanism
ch4-5-s6      | self will                           | action:international-cooperation-on-cyber-terrorism-and-cyber-crimes | arf brics regional-organizations
ch4-5-s7      | self will                           | action:international-cooperation-on-cyber-terrorism-and-cyber-crimes | -
ch4-5-s8      | self will                           | action:international-cooperation-on-cyber-terrorism-and-cyber-crimes | -
ch4-6-s1      | self supports, calls for            | action:protection-of-citizens-rights-and-interests-including-privacy | hrc unga
ch4-6-s2      | self encourages                     | action:protection-of-citizens-rights-and-interests-including-privacy | -
ch4-6-s3      | self will                           | action:protection-of-citizens-rights-and-interests-including-privacy | businesses
ch4-6-s4      | self will                           | action:protection-of-citizens-rights-and-interests-including-privacy | businesses governments
ch4-7-s1      | self will                           | action:digital-economy-and-sharing-of-digital-dividends              | agenda-2030 wsis
ch4-7-s2      | self supports                       | action:digital-economy-and-sharing-of-digital-dividends              | -
ch4-7-s3      | self encourages                     | action:digital-economy-and-sharing-of-digital-dividends              | msmes
ch4-7-s4      | self will                           | action:digital-economy-and-sharing-of-digital-dividends              | -
ch4-7-s5      | self supports                       | action:digital-economy-and-sharing-of-digital-dividends              | developing-countries
ch4-7-s6      | self advocates                      | action:digital-economy-and-sharing-of-digital-dividends              | -
ch4-7-s7      | self will                           | action:digital-economy-and-sharing-of-digital-dividends              | -
ch4-7-s8      | others is important                 | action:digital-economy-and-sharing-of-digital-dividends              | -
ch4-7-s9      | self supports                       | action:digital-economy-and-sharing-of-digital-dividends              | -
ch4-7-s10     | self calls for                      | action:digital-economy-and-sharing-of-digital-dividends              | -
ch4-7-s11     | self will                           | action:digital-economy-and-sharing-of-digital-dividends              | -
ch4-7-s12     | self will                           | action:digital-economy-and-sharing-of-digital-dividends              | belt-and-road chinese-companies
ch4-7-s13     | self encourages                     | action:digital-economy-and-sharing-of-digital-dividends              | chinese-companies developing-countries
ch4-8-s1      | self will                           | action:global-information-infrastructure-development-and-protection  | -
ch4-8-s2      | self will                           | action:global-information-infrastructure-development-and-protection  | belt-and-road
ch4-8-s3      | self will                           | action:global-information-infrastructure-development-and-protection  | businesses governments industry
ch4-8-s4      | self will                           | action:global-information-infrastructure-development-and-protection  | -
ch4-8-s5      | self will                           | action:global-information-infrastructure-development-and-protection  | -
ch4-9-s1      | self will                           | action:exchange-of-cyber-cultures                                    | -
ch4-9-s2      | self will                           | action:exchange-of-cyber-cultures                                    | belt-and-road chinese-companies
ch4-9-s4      | self will                           | action:exchange-of-cyber-cultures                                    | chinese-companies
conclusion-s2 | self has                            | -                                                                    | chinese-dream four-pronged-comprehensive-strategy national-cyber-development-strategy two-centenary-goals
conclusion-s3 | self has                            | -                                                                    | -
conclusion-s4 | self will                           | -                                                                    | -
conclusion-s5 | self will                           | -                                                                    | community-of-shared-future-for-mankind international-community national-cyber-development-strategy new-type-of-international-relations
`;

interface Row {
  id: string;
  maker: string;
  kind: string;
  modalities: string[];
  under: string;
  involves: string[];
}

function parse(table: string): Row[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [id, who, under, involves] = line.split('|').map((cell) => cell.trim()) as [string, string, string, string];
      const [, maker = 'china', kind, modalities] = /^(?:(\S+) )?(self|others) (.+)$/.exec(who) ?? [];
      return {
        id: `iscc-2017-${id}`,
        maker,
        kind: kind ?? '',
        modalities: (modalities ?? '').split(', '),
        under: under === '-' ? '' : under.replace(':', '-'),
        involves: involves === '-' ? [] : involves.split(' '),
      };
    });
}

describe('the commitments of the 2017 strategy, as audited against its text', () => {
  const graph = realGraph().graph;
  const expected = parse(AUDITED);
  const targets = (id: string, type: string) =>
    graph
      .outEdges(id)
      .filter((edge) => graph.getEdgeAttribute(edge, 'type') === type)
      .map((edge) => graph.target(edge))
      .sort();

  it('finds exactly the audited sentences as commitments or norms', () => {
    const actual = graph.filterNodes((_id, a) => a.type === 'commitment').sort();
    expect(actual).toEqual(expected.map((row) => row.id).sort());
  });

  it.each(expected.map((row) => [row.id, row] as const))('%s', (id, row) => {
    const attributes = graph.getNodeAttributes(id) as CommitmentNode;
    const makers = graph.inEdges(id).filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'MAKES');
    expect({
      id,
      maker: makers.map((edge) => graph.source(edge)),
      kind: attributes.kind,
      modalities: attributes.modalities,
      under: targets(id, 'UNDER'),
      involves: targets(id, 'INVOLVES'),
    }).toEqual({
      id,
      maker: [row.maker],
      kind: row.kind,
      modalities: row.modalities,
      under: row.under ? [row.under] : [],
      involves: row.involves,
    });
  });
});

describe('the metadata of the 2017 strategy', () => {
  it('names the publisher of the cited page as issuer, the joint release with the CAC, and the state as actor', () => {
    const graph = realGraph().graph;
    expect(graph.getNodeAttributes('iscc-2017')).toMatchObject({
      title: 'International Strategy of Cooperation on Cyberspace',
      issuer: "Ministry of Foreign Affairs of the People's Republic of China",
      date: '2017-03-01',
      language: 'en',
    });
    // The text says "China will …": the state makes the commitments; its entry records the joint release.
    expect(graph.getNodeAttributes('china').description).toContain('Cyberspace Administration of China');
    const makers = new Set(graph.filterEdges((_edge, a) => a.type === 'MAKES').map((edge) => graph.source(edge)));
    expect([...makers].sort()).toEqual(['china', 'xi-jinping']);
  });
});

/**
 * The document graph (graph-data/, the 2017 strategy): structure, institutions, commitments and provenance as
 * issue #2 requires them (the build rules on a small made-up document: build-mini.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CommitmentNode } from '@/lib/graph/schema';
import { realGraph } from '../../support/data';

const { graph, texts } = realGraph();
const ofType = (type: string) => graph.filterNodes((_id, a) => a.type === type);
const labelsOf = (type: string) => ofType(type).map((id) => graph.getNodeAttribute(id, 'label'));
const edgesOf = (type: string) => graph.filterEdges((_key, a) => a.type === type);

describe('the strategy graph', () => {
  it('holds the 4 principles, 6 strategic goals and 9 plan-of-action items', () => {
    expect(labelsOf('principle')).toEqual([
      'The Principle of Peace',
      'The Principle of Sovereignty',
      'The Principle of Shared Governance',
      'The Principle of Shared Benefits',
    ]);
    expect(ofType('principle')).toContain('principle-sovereignty');
    expect(labelsOf('goal')).toHaveLength(6);
    expect(labelsOf('goal')).toContain('Promoting Fair Internet Governance');
    expect(labelsOf('action')).toEqual([
      'Peace and Stability in Cyberspace',
      'Rule-based Order in Cyberspace',
      'Partnership in Cyberspace',
      'Reform of Global Internet Governance System',
      'International Cooperation on Cyber Terrorism and Cyber Crimes',
      "Protection of Citizens' Rights and Interests Including Privacy",
      'Digital Economy and Sharing of Digital Dividends',
      'Global Information Infrastructure Development and Protection',
      'Exchange of Cyber Cultures',
    ]);
  });

  it('holds every institution the text names, typed', () => {
    const expected: Record<string, string> = {
      un: 'organization',
      unga: 'organization',
      unsc: 'organization',
      hrc: 'organization',
      ccpcj: 'organization',
      ungge: 'process',
      wsis: 'process',
      igf: 'forum',
      sco: 'organization',
      brics: 'forum',
      arf: 'forum',
      apec: 'forum',
      g20: 'forum',
      icann: 'organization',
      cica: 'forum',
      focac: 'forum',
      cascf: 'forum',
      'china-celac-forum': 'forum',
      aalco: 'organization',
      'boao-forum': 'forum',
      'world-internet-conference': 'forum',
      'china-japan-korea-consultation': 'process',
      wef: 'organization',
    };
    for (const [id, type] of Object.entries(expected)) {
      expect(graph.hasNode(id), id).toBe(true);
      expect(graph.getNodeAttribute(id, 'type'), id).toBe(type);
    }
    expect(graph.getNodeAttribute('arf', 'aliases')).toEqual(expect.arrayContaining(['ARF', 'ASEAN Regional Forum']));
    expect(graph.getNodeAttribute('world-internet-conference', 'aliases')).toContain('Wuzhen Summit');
    expect(graph.getNodeAttribute('ccpcj', 'aliases')).toContain('UN CCPCJ');
    // Labels are the expanded names; the text's short forms ("UN General Assembly") stay aliases.
    for (const id of ['unga', 'unsc', 'ungge', 'ccpcj']) {
      expect(graph.getNodeAttribute(id, 'label'), id).toMatch(/^United Nations /);
    }
    expect(graph.getNodeAttribute('unga', 'aliases')).toEqual(expect.arrayContaining(['UN General Assembly', 'UNGA']));
  });

  it('holds the instruments and groups the text names beyond the institutions, without false matches', () => {
    // "… the realization of sustainable development goal." (Chapter II §4): the SDGs, part of the 2030 Agenda.
    expect(graph.getNodeAttribute('sdgs', 'type')).toBe('instrument');
    expect(graph.hasEdge('MENTIONS:iscc-2017-ch2-4->sdgs')).toBe(true);
    expect(graph.getEdgeAttributes('PART_OF:sdgs->agenda-2030')).toMatchObject({ basis: 'curated' });
    // "… study the application of international law in cyberspace …"; "… relevant international legal instruments."
    expect(graph.getNodeAttribute('international-law', 'type')).toBe('instrument');
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch4-1-s3->international-law')).toBe(true);
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch3-2-s5->international-law')).toBe(true);
    // "… a mechanism which brings governments, industries and enterprises together …", but not "grow new industries".
    expect(graph.getNodeAttribute('industry', 'type')).toBe('stakeholder');
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch4-8-s3->industry')).toBe(true);
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch4-7-s10->industry')).toBe(false);
    // The label is a name too: "industry" (the digitalization of industry) is not the actor "industries".
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch4-7-s2->industry')).toBe(false);
  });

  it('has at least 40 commitments, typed by modality and by kind', () => {
    const commitments = ofType('commitment').map((id) => graph.getNodeAttributes(id) as CommitmentNode);
    expect(commitments.length).toBeGreaterThanOrEqual(40);
    const modalities = new Set(commitments.map((c) => c.modality));
    for (const modality of [
      'will',
      'supports',
      'calls for',
      'encourages',
      'advocates',
      'opposes',
      'believes',
      'is committed',
      'should',
    ]) {
      expect(modalities, modality).toContain(modality);
    }
    expect(commitments.filter((c) => c.kind === 'self').length).toBeGreaterThanOrEqual(40);
    expect(commitments.filter((c) => c.kind === 'others').length).toBeGreaterThan(0);
    for (const c of commitments)
      expect(
        edgesOf('MAKES').some((e) => graph.target(e) === c.id),
        c.id,
      ).toBe(true);
  });

  it('gives every commitment all the modalities its sentence states, the first being its modality', () => {
    const modalitiesOf = (id: string) => (graph.getNodeAttributes(id) as CommitmentNode).modalities;
    expect(modalitiesOf('iscc-2017-ch3-1-s2')).toEqual(['opposes', 'believes']);
    expect(modalitiesOf('iscc-2017-ch4-6-s1')).toEqual(['supports', 'calls for']);
    expect(modalitiesOf('iscc-2017-ch3-5-s4')).toEqual(['advocates', 'is committed']);
    expect(modalitiesOf('iscc-2017-ch3-5-s5')).toEqual(['supports', 'opposes', 'pursues']);
    for (const id of ofType('commitment')) {
      const c = graph.getNodeAttributes(id) as CommitmentNode;
      expect(c.modalities[0], id).toBe(c.modality);
      expect(new Set(c.modalities).size, id).toBe(c.modalities.length);
    }
  });

  it('puts each plan-of-action commitment UNDER its item and INVOLVES what its sentence names', () => {
    const id = 'iscc-2017-ch4-3-s3'; // "China will pursue discussions … China-Japan-Korea …, ARF and Boao Forum for Asia …"
    expect((graph.getNodeAttributes(id) as CommitmentNode).text).toMatch(
      /^China will pursue discussions on cyber issues/,
    );
    expect(graph.outNeighbors(id)).toEqual(
      expect.arrayContaining([
        'action-partnership-in-cyberspace',
        'arf',
        'boao-forum',
        'china-japan-korea-consultation',
      ]),
    );
    // The issuer as subject makes the commitment; it is not also "involved".
    expect(graph.hasEdge(`INVOLVES:${id}->china`)).toBe(false);
    expect(graph.hasEdge(`MAKES:china->${id}`)).toBe(true);
  });

  it("keeps the issuer's own course stated through what is its own: its development, its endeavour", () => {
    const conclusion = graph.getNodeAttributes('iscc-2017-conclusion-s4') as CommitmentNode;
    expect(conclusion).toMatchObject({ kind: 'self', modality: 'will' });
    expect(conclusion.text).toMatch(/^The development of China's cyber and information sector will not only benefit/);
    expect(graph.hasEdge('MAKES:china->iscc-2017-conclusion-s4')).toBe(true);
    expect(graph.hasEdge('INVOLVES:iscc-2017-conclusion-s4->china')).toBe(false);
    const defense = graph.getNodeAttributes('iscc-2017-ch3-1-s5') as CommitmentNode;
    expect(defense).toMatchObject({
      kind: 'self',
      modality: 'pursues',
      subject: 'Enhanced defense capability in cyberspace',
    });
    expect(graph.hasEdge('UNDER:iscc-2017-ch3-1-s5->goal-safeguarding-sovereignty-and-security')).toBe(true);
    // "… modernize its national defense and armed forces, which complies with the strategic guideline of active defense."
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch3-1-s5->military')).toBe(true);
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch3-1-s5->active-defense')).toBe(true);
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch3-1-s5->china')).toBe(false);
  });

  it("keeps Chapter I's closing norm for the international community, under no item (Chapter I defines none)", () => {
    const id = 'iscc-2017-ch1-s15'; // "The international community can only work together through intensified cooperation …"
    expect(graph.getNodeAttributes(id)).toMatchObject({
      kind: 'others',
      modality: 'can only',
      subject: 'The international community',
    });
    expect(graph.hasEdge(`INVOLVES:${id}->international-community`)).toBe(true);
    expect(graph.outEdges(id).filter((key) => graph.getEdgeAttribute(key, 'type') === 'UNDER')).toEqual([]);
    expect(graph.hasNode('iscc-2017-ch1-s14')).toBe(false); // "No countries can stay immune …": a fact, not a norm
  });

  it("attributes the Preface's epigraph to Xi Jinping, who spoke it, not to the issuer", () => {
    const attribution = "Remarks by H.E. Xi Jinping, President of the People's Republic of China, 2015/12/16";
    for (const id of ['iscc-2017-preface-s2', 'iscc-2017-preface-s3']) {
      expect(graph.getNodeAttributes(id), id).toMatchObject({ kind: 'others', quotedFrom: attribution });
      expect(graph.hasEdge(`MAKES:xi-jinping->${id}`), id).toBe(true);
      expect(graph.hasEdge(`MAKES:china->${id}`), id).toBe(false);
      // The MAKES edge quotes the sentence and the attribution line that names the speaker.
      const quotes = graph.getEdgeAttribute(`MAKES:xi-jinping->${id}`, 'provenance').map((p) => p.quote);
      expect(quotes).toEqual([(graph.getNodeAttributes(id) as CommitmentNode).text, attribution]);
    }
    expect((graph.getNodeAttributes('iscc-2017-preface-s3') as CommitmentNode).text).toMatch(
      /^Countries should step up communications/,
    );
    // The document's own text after the epigraph is the issuer's again.
    expect(graph.hasEdge('MAKES:china->iscc-2017-preface-s8')).toBe(true);
    expect(graph.hasEdge('MAKES:china->iscc-2017-preface-s10')).toBe(true);
    // "It aims to guide China's participation …": the issuer named outside the subject is still the maker, not a party.
    expect(graph.hasEdge('INVOLVES:iscc-2017-preface-s10->china')).toBe(false);
    expect(graph.hasEdge('INVOLVES:iscc-2017-preface-s10->international-community')).toBe(true);
    const quoted = ofType('commitment').filter((id) => graph.getNodeAttribute(id, 'quotedFrom' as never));
    expect(quoted).toEqual(['iscc-2017-preface-s2', 'iscc-2017-preface-s3']);
  });

  it('links what a sentence names however it is written: singular, plural, inside a list', () => {
    // "… cooperation between the government and businesses …"
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch4-6-s4->governments')).toBe(true);
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch4-6-s4->businesses')).toBe(true);
    // "… national strategies for cyber development, IT application and big data and the "Internet Plus" action plan."
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch3-5-s1->national-cyber-development-strategy')).toBe(true);
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch3-5-s1->internet-plus')).toBe(true);
    // The list's other two strategies are named there too, and only there: "an era of the Internet and IT
    // application" and "cloud computing, Internet of Things and big data" are not the strategies.
    for (const strategy of ['national-it-application-strategy', 'national-big-data-strategy']) {
      expect(graph.getNodeAttribute(strategy, 'type')).toBe('initiative');
      expect(graph.hasEdge(`INVOLVES:iscc-2017-ch3-5-s1->${strategy}`)).toBe(true);
      expect(graph.inboundNeighbors(strategy).sort()).toEqual(['iscc-2017-ch3-5', 'iscc-2017-ch3-5-s1']);
    }
  });

  it('never reads "UN" inside "UNGGE" or "UN Charter"', () => {
    for (const key of edgesOf('INVOLVES').filter((e) => graph.target(e) === 'un')) {
      const text = (graph.getNodeAttributes(graph.source(key)) as CommitmentNode).text;
      expect(
        text.replace(
          /UNGGE|UN Charter|UN General Assembly|UN Security Council|UN Internet Governance Forum|UN CCPCJ/g,
          '',
        ),
      ).toMatch(/\bUN\b|United Nations/);
    }
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch2-1-s3->un-charter')).toBe(true);
    expect(graph.hasEdge('INVOLVES:iscc-2017-ch2-1-s3->un')).toBe(false);
  });

  it('gives every provenance quote exactly as the source text at its offsets', () => {
    let checked = 0;
    const check = (provenance: Array<{ documentId: string; quote: string; start: number; end: number }>) => {
      for (const p of provenance) {
        expect(texts.get(p.documentId)!.text.slice(p.start, p.end)).toBe(p.quote);
        checked++;
      }
    };
    graph.forEachNode((_id, a) => check(a.provenance));
    graph.forEachEdge((_key, a) => check(a.provenance));
    expect(checked).toBeGreaterThan(500);
  });

  it('marks curated relationships with a note and text ones with provenance', () => {
    graph.forEachEdge((key, a) => {
      if (a.basis === 'curated') expect(a.note, key).toBeTruthy();
      else expect(a.provenance.length, key).toBeGreaterThan(0);
    });
    expect(graph.getEdgeAttributes('PART_OF:unga->un')).toMatchObject({ basis: 'curated' });
    // A forum whose name pairs China with others has China as a party, stated by the name as written.
    for (const forum of ['focac', 'cascf', 'china-celac-forum', 'china-japan-korea-consultation']) {
      const edge = graph.getEdgeAttributes(`MEMBER_OF:china->${forum}`);
      expect(edge.basis, forum).toBe('text');
      expect(edge.provenance[0]?.quote, forum).toMatch(/China/);
    }
    expect(graph.getEdgeAttributes('SUBMITTED:sco->code-of-conduct').provenance[0]?.quote).toMatch(
      /^In January 2015, Shanghai Cooperation Organization/,
    );
  });
});

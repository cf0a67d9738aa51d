/**
 * The build rules on a small made-up document (test/support/data.ts, not a real one): a document is data, and the
 * issuer's commitments, quoted speech and gazetteer checks work for any issuer.
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { MemoryStore } from '@/lib/store/memory';
import type { CommitmentNode, DefinedNode } from '@/lib/graph/schema';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs } from '../../support/data';

/** A stakeholder group whose names include the word a government is called by. */
const GOVERNMENTS_ENTRY =
  '  - id: governments\n    type: stakeholder\n    label: Governments\n    aliases: [governments, government]\n';
/** The made-up gazetteer with Atlantis's demonym and that group. */
const ATLANTEAN_GAZETTEER = MINI_GAZETTEER.replace(
  '    aliases: [Atlantis]\n',
  '    aliases: [Atlantis]\n    demonyms: [Atlantean]\n',
).concat(GOVERNMENTS_ENTRY);

describe('buildKnowledgeGraph on a second, made-up document', () => {
  it('needs no code change: the document is data', () => {
    const kg = buildKnowledgeGraph(miniInputs());
    expect(kg.graph.getNodeAttribute('action-working-with-the-un', 'type')).toBe('action');
    const commitments = kg.graph.filterNodes((_id, a) => a.type === 'commitment');
    expect(commitments).toEqual(['atlantis-2020-preface-s2', 'atlantis-2020-ch2-1-s1', 'atlantis-2020-ch2-1-s2']);
    expect((kg.graph.getNodeAttributes('atlantis-2020-ch2-1-s2') as CommitmentNode).modality).toBe('supports');
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s1->ungge')).toBe(true);
    expect(kg.graph.hasEdge('UNDER:atlantis-2020-ch2-1-s1->action-working-with-the-un')).toBe(true);
  });

  it("reads the issuer's own course from what is its own, in any document (the issuer's names from the gazetteer)", () => {
    const document = miniInputs().documents[0]!.text.replace(
      'It supports the UN.\n',
      "It supports the UN.\n\nAtlantis's cyber diplomacy will grow with the UN. Cyber defence is a central part of Atlantis's effort to uphold the UN Charter.\n",
    );
    const kg = buildKnowledgeGraph(miniInputs({ document }));
    const node = (id: string) => kg.graph.getNodeAttributes(id) as CommitmentNode;
    expect(node('atlantis-2020-ch2-1-s3')).toMatchObject({ kind: 'self', modality: 'will' });
    expect(node('atlantis-2020-ch2-1-s4')).toMatchObject({
      kind: 'self',
      modality: 'pursues',
      subject: 'Cyber defence',
    });
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->un')).toBe(true);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s4->un-charter')).toBe(true);
    expect(kg.graph.hasEdge('UNDER:atlantis-2020-ch2-1-s4->action-working-with-the-un')).toBe(true);
    for (const id of ['atlantis-2020-ch2-1-s3', 'atlantis-2020-ch2-1-s4']) {
      expect(kg.graph.hasEdge(`MAKES:atlantis->${id}`), id).toBe(true);
      expect(kg.graph.hasEdge(`INVOLVES:${id}->atlantis`), id).toBe(false);
    }
  });

  it('makes a sentence whose compound subject holds the issuer its commitment, involving the other members', () => {
    const gazetteer = MINI_GAZETTEER.concat(
      '  - id: lemuria\n    type: state\n    label: Republic of Lemuria\n    aliases: [Lemuria]\n',
    );
    const document = MINI_DOCUMENT.replace(
      'It supports the UN.\n',
      'It supports the UN.\n\nLemuria and Atlantis will propose a UN resolution. It is overdue.\n',
    );
    const kg = buildKnowledgeGraph(miniInputs({ document, gazetteer }));
    expect(kg.graph.getNodeAttributes('atlantis-2020-ch2-1-s3')).toMatchObject({
      kind: 'self',
      modality: 'will',
      subject: 'Lemuria and Atlantis',
    });
    expect(kg.graph.hasEdge('MAKES:atlantis->atlantis-2020-ch2-1-s3')).toBe(true);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->lemuria')).toBe(true);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->un')).toBe(true);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->atlantis')).toBe(false);
    // "It" after a joint subject is not the issuer.
    expect(kg.graph.hasNode('atlantis-2020-ch2-1-s4')).toBe(false);
  });

  it("takes the issuer's government as the issuer, its demonym from the gazetteer, and never as a party involved", () => {
    const gazetteer = ATLANTEAN_GAZETTEER;
    const document = MINI_DOCUMENT.replace(
      'It supports the UN.\n',
      'It supports the UN.\n\nThe Atlantean government stands ready to help the UN. The government of Atlantis, as a founding member, will stay in the UN. It welcomes other governments.\n',
    );
    const kg = buildKnowledgeGraph(miniInputs({ document, gazetteer }));
    const node = (id: string) => kg.graph.getNodeAttributes(id) as CommitmentNode;
    expect(node('atlantis-2020-ch2-1-s3')).toMatchObject({
      kind: 'self',
      modality: 'is ready to',
      subject: 'The Atlantean government',
    });
    expect(node('atlantis-2020-ch2-1-s4')).toMatchObject({ kind: 'self', modality: 'will' });
    expect(node('atlantis-2020-ch2-1-s5')).toMatchObject({ kind: 'self', modality: 'welcomes', subject: 'It' });
    for (const id of ['atlantis-2020-ch2-1-s3', 'atlantis-2020-ch2-1-s4']) {
      expect(kg.graph.hasEdge(`MAKES:atlantis->${id}`), id).toBe(true);
      expect(kg.graph.hasEdge(`INVOLVES:${id}->un`), id).toBe(true);
      // "government" in the subject names the maker: not the stakeholder group, nor the issuer, as a party.
      expect(kg.graph.hasEdge(`INVOLVES:${id}->governments`), id).toBe(false);
      expect(kg.graph.hasEdge(`INVOLVES:${id}->atlantis`), id).toBe(false);
    }
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s5->governments')).toBe(true);
  });

  it('gives the words of an epigraph to the speaker its attribution line names, in any document', () => {
    const gazetteer = `${MINI_GAZETTEER}  - id: jane-doe\n    type: person\n    label: Jane Doe\n    aliases: [Jane Doe]\n`;
    const document = MINI_DOCUMENT.replace(
      '# Preface\n\n',
      '# Preface\n\nCountries should keep cyberspace open. Atlantis will lead. It will not wait.\n\n— Speech by Jane Doe, President of Atlantis, 2019\n\nIt will matter.\n\n',
    );
    const kg = buildKnowledgeGraph(miniInputs({ document, gazetteer }));
    const commitments = kg.graph.filterNodes((_id, a) => a.type === 'commitment');
    // s1 a norm, s2 and s3 (It = Atlantis, within the quotation) the speaker's; after the quotation "It will
    // matter." (s5) is nobody's commitment.
    expect(commitments.slice(0, 4)).toEqual([
      'atlantis-2020-preface-s1',
      'atlantis-2020-preface-s2',
      'atlantis-2020-preface-s3',
      'atlantis-2020-preface-s7',
    ]);
    for (const id of commitments.slice(0, 3)) {
      expect(kg.graph.hasEdge(`MAKES:jane-doe->${id}`), id).toBe(true);
      expect(kg.graph.hasEdge(`MAKES:atlantis->${id}`), id).toBe(false);
      expect(kg.graph.getNodeAttribute(id, 'quotedFrom' as never), id).toBe(
        'Speech by Jane Doe, President of Atlantis, 2019',
      );
    }
    // Atlantis, subject of the speaker's "Atlantis will lead.", is not the maker there: it is involved.
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-preface-s2->atlantis')).toBe(true);
    expect(kg.graph.hasEdge('MAKES:atlantis->atlantis-2020-preface-s7')).toBe(true);
  });

  it('reads the front matter\'s selfNames as the issuer: "We …", "the Government …", in that document only', () => {
    const body =
      'It supports the UN.\n\nWe will draft a standard. It will apply from 2025. The Government supports the UN Charter. We are committed to the UNGGE, and we support the UN.\n';
    const withSelfNames = MINI_DOCUMENT.replace('language: en\n', 'language: en\nselfNames: [We, the Government]\n');
    const kg = buildKnowledgeGraph(miniInputs({ document: withSelfNames.replace('It supports the UN.\n', body) }));
    const node = (id: string) => kg.graph.getNodeAttributes(id) as CommitmentNode;
    expect(node('atlantis-2020-ch2-1-s3')).toMatchObject({ kind: 'self', modality: 'will', subject: 'We' });
    // "It" after "We" is the standard, not the issuer: an issuer that says "we" is never "it".
    expect(kg.graph.hasNode('atlantis-2020-ch2-1-s4')).toBe(false);
    expect(node('atlantis-2020-ch2-1-s5')).toMatchObject({
      kind: 'self',
      modality: 'supports',
      subject: 'The Government',
    });
    expect(node('atlantis-2020-ch2-1-s6')).toMatchObject({ kind: 'self', modality: 'is committed', subject: 'We' });
    expect(kg.graph.hasEdge('MAKES:atlantis->atlantis-2020-ch2-1-s6')).toBe(true);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s6->ungge')).toBe(true);
    // Without selfNames, "We" and "the Government" are nobody in particular.
    const plain = buildKnowledgeGraph(miniInputs({ document: MINI_DOCUMENT.replace('It supports the UN.\n', body) }));
    expect(plain.graph.hasNode('atlantis-2020-ch2-1-s3')).toBe(false);
    expect(plain.graph.hasNode('atlantis-2020-ch2-1-s5')).toBe(false);
  });

  it("takes the issuer's government for the issuer, not for the stakeholder group a gazetteer calls governments", () => {
    const gazetteer = ATLANTEAN_GAZETTEER;
    const document = MINI_DOCUMENT.replace(
      'It supports the UN.\n',
      'It supports the UN.\n\nThe Atlantean government will work with the UN. The government of Atlantis supports the UN Charter. Other governments should too.\n',
    );
    const kg = buildKnowledgeGraph(miniInputs({ document, gazetteer }));
    const quotes = (kg.graph.getNodeAttribute('governments', 'provenance') ?? []).map((p) => p.quote);
    expect(quotes).toEqual(['Other governments should too.']);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->governments')).toBe(false);
    expect(kg.graph.hasEdge('MAKES:atlantis->atlantis-2020-ch2-1-s4')).toBe(true);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s4->un-charter')).toBe(true);
  });

  it('takes a self name ("the Government") for the issuer, not for the stakeholder group of that word', () => {
    const gazetteer = MINI_GAZETTEER.concat(GOVERNMENTS_ENTRY);
    const document = MINI_DOCUMENT.replace('language: en\n', 'language: en\nselfNames: [the Government]\n').replace(
      'It supports the UN.\n',
      'It supports the UN.\n\nThe Government will work with the UN. Other governments should too.\n',
    );
    const kg = buildKnowledgeGraph(miniInputs({ document, gazetteer }));
    const quotes = (kg.graph.getNodeAttribute('governments', 'provenance') ?? []).map((p) => p.quote);
    expect(quotes).toEqual(['Other governments should too.']);
    expect(kg.graph.hasEdge('MAKES:atlantis->atlantis-2020-ch2-1-s3')).toBe(true);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->governments')).toBe(false);
  });

  it('numbers the items of a type in document order, across chapters and in decimal numbering', async () => {
    const frontMatter = MINI_DOCUMENT.slice(0, MINI_DOCUMENT.indexOf('# Preface')).replace(
      'Chapter II: action',
      "'2': action\n  '3': action",
    );
    const body = [
      '# 2. Resilience\n\n## 2.1 Working with the UN\n\nAtlantis will work in the UNGGE.\n',
      '## 2.2 Keeping the Charter\n\nAtlantis will uphold the UN Charter.\n',
      '# 3. Partnership\n\n## 3.1 Serving the UN\n\nAtlantis will support the UN.\n',
    ].join('\n');
    const kg = buildKnowledgeGraph(miniInputs({ document: `${frontMatter}${body}` }));
    const items = kg.graph
      .filterNodes((_id, a) => a.type === 'action')
      .map((id) => kg.graph.getNodeAttributes(id) as DefinedNode)
      .map((a) => [a.label, a.number]);
    expect(items).toEqual([
      ['Working with the UN', 1],
      ['Keeping the Charter', 2],
      ['Serving the UN', 3],
    ]);
    const { actions } = await new MemoryStore(kg).matrix();
    expect(actions.map((a) => a.label)).toEqual(['Working with the UN', 'Keeping the Charter', 'Serving the UN']);
  });

  it("carries a gazetteer entity's shortName to its node, for the names the app gives parties in running text", () => {
    const gazetteer = MINI_GAZETTEER.replace(
      '    aliases: [Atlantis]\n',
      '    aliases: [Atlantis]\n    shortName: Atlantis R.\n',
    );
    const kg = buildKnowledgeGraph(miniInputs({ gazetteer }));
    expect(kg.graph.getNodeAttribute('atlantis', 'shortName')).toBe('Atlantis R.');
    expect(kg.graph.getNodeAttributes('un')).not.toHaveProperty('shortName');
  });

  it('reads a lead-in and its list as one commitment, quoted verbatim, involving what every item names', () => {
    const document = MINI_DOCUMENT.replace(
      'It supports the UN.\n',
      'It supports the UN.\n\nAtlantis will:\n\n- work with the UN;\n- uphold the UN Charter.\n\n- Atlantis supports the UNGGE.\n',
    );
    const kg = buildKnowledgeGraph(miniInputs({ document }));
    const list = kg.graph.getNodeAttributes('atlantis-2020-ch2-1-s3') as CommitmentNode;
    expect(list).toMatchObject({
      kind: 'self',
      modality: 'will',
      text: 'Atlantis will:\n\n- work with the UN;\n- uphold the UN Charter.',
      label: 'Atlantis will: - work with the UN; - uphold the UN Charter.',
    });
    expect(list.provenance[0]?.quote).toBe(list.text);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->un')).toBe(true);
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->un-charter')).toBe(true);
    // An item that is a sentence of its own is read as one, without its marker.
    expect(kg.graph.getNodeAttributes('atlantis-2020-ch2-1-s4')).toMatchObject({
      modality: 'supports',
      text: 'Atlantis supports the UNGGE.',
    });
  });

  it('reads a sentence through its inline Markdown, and finds no name in a link address', () => {
    const document = MINI_DOCUMENT.replace(
      'It supports the UN.\n',
      'It supports the UN.\n\n**Atlantis will** work with the [UN](https://atlantis.example/un). _Atlantis_ supports the `UNGGE`.\n',
    );
    const kg = buildKnowledgeGraph(miniInputs({ document }));
    expect(kg.graph.getNodeAttributes('atlantis-2020-ch2-1-s3')).toMatchObject({
      kind: 'self',
      modality: 'will',
      subject: 'Atlantis',
      text: '**Atlantis will** work with the [UN](https://atlantis.example/un).',
    });
    expect(kg.graph.getNodeAttributes('atlantis-2020-ch2-1-s4')).toMatchObject({ kind: 'self', modality: 'supports' });
    expect(kg.graph.hasEdge('INVOLVES:atlantis-2020-ch2-1-s3->un')).toBe(true);
    // "atlantis" in the address is no mention: the issuer is named twice in the section, as written.
    const spans = kg.graph.getEdgeAttribute('MENTIONS:atlantis-2020-ch2-1->atlantis', 'spans') as number[];
    const body = miniInputs({ document }).documents[0]!.text;
    const text = body.slice(body.indexOf('\n---\n') + 5);
    const names = [];
    for (let i = 0; i < spans.length; i += 2) names.push(text.slice(spans[i], spans[i + 1]));
    expect(names).toEqual(['Atlantis', 'Atlantis', 'Atlantis']);
  });

  it('requires the issuer to be in the gazetteer', () => {
    expect(() => buildKnowledgeGraph(miniInputs({ document: MINI_DOC_WITH_ISSUER('lemuria') }))).toThrow(
      /issuerId: "lemuria" is not in gazetteer\.yaml/,
    );
  });

  it('reports an entity that is never named instead of silently keeping it', () => {
    const gazetteer = `${miniInputs().gazetteer.text}  - id: ghost\n    type: forum\n    label: Ghost Forum\n`;
    expect(() => buildKnowledgeGraph(miniInputs({ gazetteer }))).toThrow(/"ghost" is never named in any document/);
  });
});

function MINI_DOC_WITH_ISSUER(issuerId: string): string {
  return miniInputs().documents[0]!.text.replace('issuerId: atlantis', `issuerId: ${issuerId}`);
}

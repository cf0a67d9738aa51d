/** Commitment extraction: the issuer's commitments by modality, "It" standing for the issuer, norms for others. */
import { describe, expect, it } from 'vitest';
import { extractCommitment, subjectIsIssuer } from '@/lib/ingest/commitments';

const context = { issuerNames: ['China', "People's Republic of China"], previousSubjectWasIssuer: false };
const afterIssuer = { ...context, previousSubjectWasIssuer: true };
const classify = (sentence: string, ctx = context) => {
  const match = extractCommitment(sentence, ctx);
  return match && `${match.kind}/${match.modality}/${match.subject}`;
};

describe('extractCommitment', () => {
  it.each([
    ['China will participate in bilateral and multilateral discussions.', 'self/will/China'],
    ['China supports the UN Security Council to play an important part.', 'self/supports/China'],
    ['China has supported and actively participated in the process.', 'self/supports/China'],
    ['China is firmly committed to safeguarding cyber security.', 'self/is committed/China'],
    ['China calls for enhanced communication and cooperation.', 'self/calls for/China'],
    ['China encourages all parties to commit to peaceful settlement.', 'self/encourages/China'],
    ['China encourage countries to take measures.', 'self/encourages/China'],
    ['China advocates formulating cyberspace trade rules.', 'self/advocates/China'],
    ['China firmly opposes any country using the Internet to interfere.', 'self/opposes/China'],
    ['China believes that security guarantees development.', 'self/believes/China'],
    ['As a victim itself, China opposes all forms of hacking.', 'self/opposes/China'],
    ['Keeping in mind the Belt and Road Initiative, China will encourage companies.', 'self/will/China'],
    ['While moving forward, China will, guided by the vision, work with others.', 'self/will/China'],
    ['As the United Nations should play a key role, China supports the UN General Assembly.', 'self/supports/China'],
    ['Efforts will be made to increase ICT investment.', 'self/will/Efforts'],
    ['Chinese companies will be encouraged to engage in capacity building.', 'self/encourages/Chinese companies'],
    ['China has been a force for world peace.', 'self/has/China'],
    ['At a new historical starting point, China has set out a national strategy.', 'self/has/China'],
    ['China has been contributing its part to building and maintaining cyberspace.', 'self/has/China'],
    [
      'China has supported and actively participated in the process and will continue to make its contribution.',
      'self/will/China',
    ],
    [
      'Micro, small and medium-sized enterprises (MSMEs) are encouraged to apply information technologies.',
      'self/encourages/Micro, small and medium-sized enterprises (MSMEs)',
    ],
    ['Countries should step up communications.', 'others/should/Countries'],
    ['The international community should take pragmatic measures.', 'others/should/The international community'],
    ['No country should pursue cyber hegemony.', 'others/should not/No country'],
    ['All countries must oppose ICT-backed acts of hostility.', 'others/must/All countries'],
    ['The international community needs to work together.', 'others/needs to/The international community'],
    ['National governments are entitled to administer cyberspace.', 'others/is entitled to/National governments'],
    ['Given that cyber attacks are transnational, countries should work together.', 'others/should/countries'],
    ['The United Nations, as an important channel, should play a leading role.', 'others/should/The United Nations'],
    ['It is important to protect intellectual property rights.', 'others/is important/It'],
    [
      'They exercise jurisdiction over ICT infrastructure, resources and activities, and are entitled to protect their ICT systems.',
      'others/is entitled to/They',
    ],
    [
      'Cyberspace is the common space of activities for mankind, hence needs to be built and managed by all countries.',
      'others/needs to/all countries',
    ],
    [
      'As a new frontier, cyberspace needs to be governed by rules and norms of behavior.',
      'others/needs to/cyberspace',
    ],
    [
      'Countries, big or small, strong or weak, are all equal members of the international community entitled to equal participation.',
      'others/is entitled to/Countries',
    ],
    [
      'It is in the shared interests and also the responsibility of the international community to safeguard peace.',
      'others/is responsible/the international community',
    ],
    [
      "The strategic goal of China's participation in international cyberspace cooperation is: resolutely safeguard sovereignty.",
      "self/aims to/The strategic goal of China's participation in international cyberspace cooperation",
    ],
    // The one way left to the addressee is a norm (Chapter I's closing sentence).
    [
      'The international community can only work together through intensified cooperation in the spirit of mutual respect and mutual understanding and accommodation so as to put in place a rule-based global governance system in cyberspace.',
      'others/can only/The international community',
    ],
    // Something of the issuer's own as subject, with "will": the issuer's own course (Conclusion).
    [
      "The development of China's cyber and information sector will not only benefit the Chinese people, but also contribute to a secure and growing global Internet.",
      "self/will/The development of China's cyber and information sector",
    ],
    // What is made part of the issuer's own endeavour is something the issuer pursues (Chapter III §1).
    [
      "Enhanced defense capability in cyberspace is an important part of China's endeavor to modernize its national defense and armed forces, which complies with the strategic guideline of active defense.",
      'self/pursues/Enhanced defense capability in cyberspace',
    ],
    // The issuer's government is the issuer; an appositive may stand between subject and verb.
    ['The government of China will strengthen cooperation.', 'self/will/The government of China'],
    ["China's government supports the UN.", "self/supports/China's government"],
    // The name used as an adjective names the government too ("the U.S. Government", "the UK government").
    ['The China government will lead by example.', 'self/will/The China government'],
    ['China, as a responsible major country, stands ready to take part.', 'self/is ready to/China'],
    ['China, together with other countries, will explore norms.', 'self/will/China'],
    ['China has always supported the UN.', 'self/supports/China'],
    // A later clause whose subject is the issuer: after a semicolon, or after ", and" that follows a verb.
    ['Cyber security is a shared challenge; China will work with others.', 'self/will/China'],
    ['Cyber security is a shared challenge, and China will work with others.', 'self/will/China'],
    // A statement of the issuer's position is its belief, not a norm of the modal inside it.
    ["It is China's consistent position that the UN should play a leading role.", 'self/believes/It'],
    ["China's position is that sovereignty should be respected.", "self/believes/China's position"],
    ['It is necessary for all countries to respect sovereignty.', 'others/is important/all countries'],
    ['States shall not use ICT to interfere in internal affairs.', 'others/must not/States'],
    // Something of the issuer's own that aims, seeks or supports; the issuer's goal stated with its possessive.
    ["China's cyber diplomacy aims to build consensus.", "self/aims to/China's cyber diplomacy"],
    ["China's international cooperation seeks mutual benefit.", "self/seeks/China's international cooperation"],
    ["China's overarching goal is to build a community of shared future.", "self/aims to/China's overarching goal"],
    ['Every state has the right to protect its ICT systems.', 'others/is entitled to/Every state'],
    // The issuer as the subject of a relative clause: what it provides is its contribution (Chapter IV §2).
    [
      'It is the first international paper dedicated to norms of behavior in cyberspace and an important public security product China and other SCO member states provide to support international efforts for a code of conduct in cyberspace.',
      'self/contributes to/China and other SCO member states',
    ],
    // A norm stays a norm when the issuer acts in its relative clause.
    ['Countries should respect the process China supports.', 'others/should/Countries'],
  ])('%s → %s', (sentence, expected) => {
    expect(classify(sentence)).toBe(expected);
  });

  it("takes the issuer's government, named with its demonym, for the issuer, and names the span that says so", () => {
    const sentence = 'The Chinese government stands ready to work with the UN.';
    const match = extractCommitment(sentence, { ...context, issuerDemonyms: ['Chinese'] });
    expect(match).toMatchObject({ kind: 'self', modality: 'is ready to', subject: 'The Chinese government' });
    expect(match && sentence.slice(match.issuerStart, match.issuerEnd)).toBe('The Chinese government');
    // Without the demonym in the gazetteer, "Chinese" says nothing of the issuer.
    expect(extractCommitment(sentence, context)).toBeUndefined();
  });

  it('takes "the U.S. Government" for the issuer named "U.S.", in any case of "government"', () => {
    const us = { issuerNames: ['United States', 'U.S.'], previousSubjectWasIssuer: false };
    for (const sentence of ['The U.S. Government will lead by example.', 'The United States government supports it.'])
      expect(extractCommitment(sentence, us), sentence).toMatchObject({ kind: 'self', issuerStart: 0 });
  });

  it("locates the issuer's name that makes an endeavour sentence its own (the maker, not a party involved)", () => {
    const sentence =
      "Enhanced defense capability in cyberspace is an important part of China's endeavor to modernize its national defense.";
    const match = extractCommitment(sentence, context);
    expect(match && sentence.slice(match.issuerStart, match.issuerEnd)).toBe('China');
  });

  it.each([
    'Cyber terrorism poses a new threat to international peace and security.',
    'International Strategy of Cooperation on Cyberspace provides a comprehensive explanation of China’s policy.',
    'This will ensure that people can share the benefits and an inclusive society will be realized.',
    'It is the first international paper dedicated to norms of behavior in cyberspace.',
    'Cyber culture exhibitions and trade fairs will play an important role.',
    'No countries can stay immune from such problems and challenges.',
    // "Chinese" is not the issuer's possessive: a prediction about exhibitions, not the issuer's course.
    'Cyber culture exhibitions and trade fairs home and abroad will play an important role to help Chinese cyber products and services go global.',
    // Other parties of the issuer's are not the issuer; nor is a possessed subject with a verb other than "will".
    "China's neighbours will share the development opportunities brought by the Internet.",
    "China's partners believe that security guarantees development.",
    "China's neighbours seek closer cooperation.",
    "China's cyber diplomacy hopes for closer cooperation.",
    "The Internet is an important part of people's life in China's cities.",
    // A list is the issuer's only where the issuer itself is one of its members, and a verb of the lexicon follows.
    "China's partners and Russia will hold talks.",
    'Russia and India will hold talks.',
    'China and other SCO member states submitted a code to promote dialogue.',
  ])('is not a commitment: %s', (sentence) => {
    expect(extractCommitment(sentence, afterIssuer)).toBeUndefined();
  });

  // Every verb the subject states, in order: the first stays `modality`, so filters by it are unchanged.
  it.each([
    [
      "China firmly opposes any country using the Internet to interfere in other countries' internal affairs and believes every country has the right and responsibility to maintain its cyber security.",
      context,
      ['opposes', 'believes'],
    ],
    [
      'China supports discussion on privacy protection at the UN General Assembly and the Human Rights Council, and calls for establishing relevant principles for protecting individual privacy in cyberspace.',
      context,
      ['supports', 'calls for'],
    ],
    [
      'While pursuing its own development, China advocates cooperation and shared benefits and commits to promoting investment, trade and a stronger digital economy globally.',
      context,
      ['advocates', 'is committed'],
    ],
    [
      'It supports fair and open international trade, opposes trade barriers and trade protectionism and pursues an open and secure environment for the digital economy, to ensure the Internet serves the economy and innovation.',
      afterIssuer,
      ['supports', 'opposes', 'pursues'],
    ],
    [
      'It encourages the development of e-commerce, promotes integration of the digital and real economies and works to optimize the allocation of resources, which will drive innovation.',
      afterIssuer,
      ['encourages', 'promotes', 'works to'],
    ],
    ['China supports and contributes to UN effort on fighting cyber crimes.', context, ['supports', 'contributes to']],
    // A record that ends in a promise is `will`, and states what the record does too: its support and, sharing
    // its "has", its participation.
    [
      'China has supported and actively participated in international rules making process and will continue to make its contribution.',
      context,
      ['will', 'supports', 'has'],
    ],
    // The issuer as one member of a compound subject commits jointly: "China and X will …".
    ['China and Russia will hold talks on cyber security.', context, ['will']],
    ['Russia, Iran, and China will hold talks.', context, ['will']],
    ['China, Russia and India will hold talks.', context, ['will']],
    [
      'China and other SCO member states are committed to a code of conduct and will submit it to the UN.',
      context,
      ['is committed', 'will'],
    ],
    ['Russia and China have supported the process and will continue to do so.', context, ['will', 'supports']],
    ['China and the United States support dialogue.', context, ['supports']],
    ['China will encourage and support regional organizations to carry out cooperation.', context, ['will']],
    ['China will urge businesses to act and will support their effort.', context, ['will']],
    // "regards them illegal" is the issuer's position; the relative clause's "should" is not its modality.
    [
      'China opposes all forms of hacking and regards them illegal activities that should be tackled.',
      context,
      ['opposes', 'believes'],
    ],
    [
      "It fully respects citizens' rights and fundamental freedoms in cyberspace and safeguards their rights to be informed, to participate, to express and to supervise.",
      afterIssuer,
      ['respects', 'upholds'],
    ],
    ["China's cyber diplomacy aims to build consensus and supports dialogue.", context, ['aims to', 'supports']],
    ["China's cyber diplomacy aims to build consensus and hopes for dialogue.", context, ['aims to']],
    ['No country should pursue hegemony, or must interfere in internal affairs.', context, ['should not', 'must not']],
    ['Efforts will be made to increase ICT investment and expand broadband access.', context, ['will']],
  ])('%s → %j', (sentence, ctx, modalities) => {
    const match = extractCommitment(sentence, ctx);
    expect(match?.modalities).toEqual(modalities);
    expect(match?.modality).toBe(modalities[0]);
  });

  it('keeps a compound subject as written, and where the issuer stands in it', () => {
    const sentence = 'Russia, Iran, and the Chinese government will hold talks.';
    const match = extractCommitment(sentence, { ...context, issuerDemonyms: ['Chinese'] });
    expect(match).toMatchObject({
      kind: 'self',
      modality: 'will',
      subject: 'Russia, Iran, and the Chinese government',
    });
    expect(sentence.slice(match?.issuerStart, match?.issuerEnd)).toBe('the Chinese government');
  });

  it('reads "It …" as the issuer only right after a sentence whose subject is the issuer', () => {
    expect(classify('It will expedite the development of a cyber force.', afterIssuer)).toBe('self/will/It');
    expect(classify('It will expedite the development of a cyber force.', context)).toBeUndefined();
    expect(classify('It aims to guide China’s participation in international exchange.', afterIssuer)).toBe(
      'self/aims to/It',
    );
  });

  it('takes a duty the issuer lays on itself ("The EU must …") as its own commitment, not a norm for others', () => {
    const eu = { issuerNames: ['European Union', 'EU', 'Union'], previousSubjectWasIssuer: false };
    expect(classify('The Union must be able to act quickly.', eu)).toBe('self/must/The Union');
    expect(classify('The EU needs to invest more.', eu)).toBe('self/needs to/The EU');
    expect(classify('It must act.', { ...eu, previousSubjectWasIssuer: true })).toBe('self/must/It');
    const sentence = 'The Union must be able to act quickly.';
    const match = extractCommitment(sentence, eu);
    expect(sentence.slice(match?.issuerStart, match?.issuerEnd)).toBe('The Union');
    // Others stay others: a norm's subject that merely holds the issuer's name is not the issuer.
    expect(classify('Member States of the Union must act.', eu)).toBe('others/must/Member States of the Union');
    expect(classify('It must act.', eu)).toBe('others/must/It');
  });
});

describe('subjectIsIssuer', () => {
  it('recognises the issuer as subject, but not in a compound subject', () => {
    expect(subjectIsIssuer('China has been a force for world peace.', context)).toBe(true);
    expect(subjectIsIssuer('China and other SCO member states provide it.', context)).toBe(false);
    expect(subjectIsIssuer('It steadfastly pursues peace.', afterIssuer)).toBe(true);
    expect(subjectIsIssuer('It is the first paper.', afterIssuer)).toBe(false);
  });
});

describe('extractCommitment: impersonal "It", British spelling', () => {
  it('keeps "It is necessary to …" after the issuer a norm on no one, not the issuer\'s duty', () => {
    expect(classify('It is necessary to strengthen the role of the state.', afterIssuer)).toBe(
      'others/is important/It',
    );
    // "It must …" after the issuer is still the issuer's own duty.
    expect(classify('It must be able to act quickly.', afterIssuer)).toBe('self/must/It');
  });

  it('reads "organisations" as other parties, as "organizations"', () => {
    expect(classify('Data should be protected by all organisations.')).toBe('others/should/all organisations');
    expect(classify("China's partner organisations will help.")).toBeUndefined();
  });
});

describe('extractCommitment: plans in the drafting style of decrees', () => {
  it.each([
    ['Measures shall be taken to improve the security of the infrastructure.', 'self/will/Measures'],
    ['The Doctrine shall be reviewed as necessary.', 'self/will/The Doctrine'],
    [
      'The implementation of this Doctrine shall be ensured by the Security Council.',
      'self/will/The implementation of this Doctrine',
    ],
    // A duty of the parties its agent names stays a norm addressed to them.
    ['Personal data shall be protected by all countries.', 'others/must/all countries'],
    ['States shall not use ICT to interfere.', 'others/must not/States'],
  ])('%s → %s', (sentence, expected) => {
    expect(classify(sentence)).toBe(expected);
  });
});

describe('extractCommitment: dash asides, translated phrasing', () => {
  it("ends a norm's subject before an aside set off by dashes, whose commas are the aside's", () => {
    expect(classify('Regulated sectors — energy, water and health — must report incidents.')).toBe(
      'others/must/Regulated sectors',
    );
    expect(classify('Regulated sectors - energy, water - must report incidents.')).toBe(
      'others/must/Regulated sectors',
    );
  });

  it('reads the issuer with a dash appositive before its verb', () => {
    expect(classify('China — as a responsible major country — will act.')).toBe('self/will/China');
    expect(classify('China – as a victim itself – opposes hacking.')).toBe('self/opposes/China');
  });

  it('reads "proceeds from" as a position the issuer holds', () => {
    expect(classify("The People's Republic of China proceeds from the inadmissibility of interference.")).toBe(
      "self/believes/The People's Republic of China",
    );
  });
});

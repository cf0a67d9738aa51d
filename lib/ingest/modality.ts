/**
 * Modality lexicon
 * ================
 * The verb phrases that make a sentence a commitment and the normalised modality each stands for: what the issuer
 * says it will do or holds ("will", "supports", "stands ready to" …) and the modals of a norm addressed to others
 * ("should", "must", "has the right to" …). Plain English strategy-document phrasing, nothing per-document.
 */

/** Adverbs that may stand between a subject and its verb ("China firmly opposes", "It will further …"). */
export const ADVERB = String.raw`(?:(?:\w+ly|also|further|still|always|never|not\s+only|long|already)\s+)*`;

/** "has" with the adverbs of a record ("has always supported", "has long been"). */
const HAS = String.raw`has\s+${ADVERB}`;

/** The past participles a record states after "has" ("has set out", "has worked", "has been"). */
const PARTICIPLE = String.raw`(?:been|\w+ed|set|made|put|done|taken|become|built|won|kept|held|given|led|undertaken)`;

/** Verb phrases after the issuer (or "It" standing for it) → modality. Order matters: first match wins. */
const SELF_VERBS: Array<[RegExp, string]> = [
  [/^(?:will|shall)\b/, 'will'],
  [new RegExp(String.raw`^(?:${HAS})?supported\b|^supports?\b`), 'supports'],
  [
    new RegExp(
      String.raw`^(?:is|remains?|stays?|has\s+been)\s+${ADVERB}(?:committed|dedicated|determined)\b|^commits?\s+(?:itself\s+)?to\b`,
    ),
    'is committed',
  ],
  [/^calls?\s+(?:for|on|upon)\b/, 'calls for'],
  [/^encourages?\b/, 'encourages'],
  [/^advocates?\b/, 'advocates'],
  [/^(?:opposes?|rejects?)\b|^is\s+(?:\w+ly\s+)?opposed\s+to\b|^stands?\s+against\b/, 'opposes'],
  // "China maintains that …", "holds that …", "is convinced that …", "regards them illegal", "proceeds from the
  // inadmissibility of …" (translated doctrines): a position, as "believes" states one.
  [
    /^believes?\b|^(?:maintains?|holds?)\s+that\b|^is\s+(?:\w+ly\s+)?convinced\b|^regards?\b|^proceeds?\s+from\b/,
    'believes',
  ],
  [/^urges?\b/, 'urges'],
  [/^values?\b/, 'values'],
  [/^pursues?\b/, 'pursues'],
  [/^respects?\b/, 'respects'],
  // "safeguards their rights to be informed …": to safeguard is to uphold.
  [/^(?:upholds?|safeguards?)\b/, 'upholds'],
  [/^seeks?\b/, 'seeks'],
  [/^stands?\s+for\b/, 'stands for'],
  [/^is\s+(?:\w+ly\s+)?implementing\b|^implements?\b/, 'implements'],
  // "stands ready to", "is ready / willing / prepared to", "would like to": an offer is a commitment.
  [/^(?:is|stands?|remains?)\s+(?:\w+ly\s+)?(?:ready|willing|prepared)\s+to\b|^would\s+like\s+to\b/, 'is ready to'],
  [/^aims?\s+to\b/, 'aims to'],
  [/^hopes?\b/, 'hopes'],
  [/^welcomes?\b/, 'welcomes'],
  [/^proposes?\b/, 'proposes'],
  [/^promotes?\b/, 'promotes'],
  // "supports and contributes to UN effort": what the issuer puts into an effort, as citable as its support.
  [/^contributes?\s+to\b/, 'contributes to'],
  [/^(?:participates?\s+in|takes?\s+(?:an?\s+)?(?:\w+\s+)?part\s+in)\b/, 'participates'],
  [/^(?:works?|strives?|endeavou?rs?)\s+(?:to|for|towards?)\b/, 'works to'],
  [/^continues?\s+to\b/, 'continues to'],
  // The issuer's record ("China has been a force for world peace", "has set out a national strategy"): what it
  // claims to have done is as citable as what it promises.
  [new RegExp(String.raw`^${HAS}${PARTICIPLE}\b`), 'has'],
];

/** "has supported … and will continue to …": a record that ends in a promise is a promise. */
const RECORD_THEN_PROMISE = /^has\b[^.;]*?\band\s+(?:\w+ly\s+)?will\b/;

/**
 * "has supported and actively participated in …": a participle coordinated right after the record's own shares its
 * "has", so the record states it too ("has participated" → has). Only right there: further on, "… and shared" may
 * as well be an adjective of the object.
 */
const SHARED_HAS = new RegExp(String.raw`^,?\s+(?:and|or)\s+${ADVERB}(?=${PARTICIPLE}\b)`);

/** The first verb phrase of the lexicon at the start of `rest`: what it states and its length. */
function lexiconVerb(rest: string): { stated: string; length: number } | undefined {
  for (const [verb, stated] of SELF_VERBS) {
    const found = verb.exec(rest);
    if (found) return { stated, length: found[0].length };
  }
  return undefined;
}

/**
 * The modality of what follows the issuer as subject, with the length of the verb phrase that states it ("will
 * participate …" → will, 4): the length tells where the clause chain of further verbs goes on. `also` keeps what a
 * record states besides: a record that ends in a promise ("has supported … and will continue to …") is `will`, and
 * the record (supports) is stated too; so is a participle that shares the record's "has" ("has supported and actively
 * participated in …": supports, has).
 */
export function selfVerb(rest: string): { modality: string; length: number; also?: string[] } | undefined {
  const first = lexiconVerb(rest);
  if (!first) return undefined;
  const { stated, length } = first;
  const records = [stated];
  const shared = /^has\b/.test(rest) ? SHARED_HAS.exec(rest.slice(length)) : null;
  const participle = shared && lexiconVerb(`has ${rest.slice(length + shared[0].length)}`);
  if (participle && !records.includes(participle.stated)) records.push(participle.stated);
  if (RECORD_THEN_PROMISE.test(rest) && stated !== 'will') return { modality: 'will', length, also: records };
  const [modality, ...also] = records as [string, ...string[]];
  return also.length > 0 ? { modality, length, also } : { modality, length };
}

/** The modality of what follows the issuer as subject ("will participate …" → will), if it states one. */
export function selfModality(rest: string): string | undefined {
  return selfVerb(rest)?.modality;
}

/** Modal phrases of a norm addressed to others → modality. */
export const NORM_MODALS: Array<[RegExp, string]> = [
  [/\bshould\s+not\b/, 'should not'],
  [/\bshould\b/, 'should'],
  [/\bought\s+not\s+to\b/, 'should not'],
  [/\bought\s+to\b/, 'should'],
  [/\bmust\s+not\b/, 'must not'],
  [/\bmust\b/, 'must'],
  // "States shall not …": the treaty-drafting modal is an obligation, as "must" is.
  [/\bshall\s+not\b/, 'must not'],
  [/\bshall\b/, 'must'],
  [/\bneeds?\s+to\b/, 'needs to'],
  // "The international community can only work together through intensified cooperation … so as to …": the one way
  // the text leaves its addressee is a norm, as "needs to" is.
  [/\bcan\s+only\b/, 'can only'],
  [/\b(?:is|are)\s+entitled\s+to\b/, 'is entitled to'],
  // "Countries … are all equal members of the international community entitled to equal participation".
  [/\bentitled\s+to\b/, 'is entitled to'],
  // "Every state has the right to …": an entitlement, whichever way it is phrased.
  [/\b(?:has|have)\s+the\s+(?:sovereign\s+)?right\s+to\b/, 'is entitled to'],
  [/^It\s+is\s+(?:important|necessary|essential|imperative|vital|crucial)\s+(?:for\s+[^,;]+?\s+)?to\b/, 'is important'],
];

/** The earliest norm modal of a sentence, with where it stands. */
export function firstNormModal(sentence: string): { index: number; end: number; modality: string } | undefined {
  let best: { index: number; end: number; modality: string } | undefined;
  for (const [modal, modality] of NORM_MODALS) {
    const found = modal.exec(sentence);
    if (found && (!best || found.index < best.index)) {
      best = { index: found.index, end: found.index + found[0].length, modality };
    }
  }
  return best;
}

/** The norm modals anchored where a coordinated predicate begins ("…, and must not …"); "It is important" opens a sentence only. */
const NORM_MODALS_AT: Array<[RegExp, string]> = NORM_MODALS.filter(([modal]) => !modal.source.startsWith('^')).map(
  ([modal, modality]) => [new RegExp(`^${modal.source}`), modality],
);

/** The norm modal a coordinated predicate opens with ("must not cooperate …" → must not), if any. */
export function normModalAt(rest: string): { modality: string; length: number } | undefined {
  for (const [modal, modality] of NORM_MODALS_AT) {
    const found = modal.exec(rest);
    if (found) return { modality, length: found[0].length };
  }
  return undefined;
}

/**
 * The issuer among others
 * =======================
 * The issuer as one member of a compound subject ("China and Russia will …", "Russia, Iran, and China support …")
 * and as the subject of a relative clause that describes something else ("… an important public security product
 * China and other SCO member states provide to support international efforts …"). Either way the sentence states
 * what the issuer does, jointly with the others it names, who are parties the commitment involves.
 */
import { foundAt, type FoundCommitment } from './commitment-match';
import { clauseStarts, issuerSubjectSource, NOT_IN_SUBJECT, type ExtractionContext } from './issuer-subject';
import { ADVERB, selfVerb } from './modality';
import { selfPredicate, type PredicateReader } from './modality-chain';

/** A word of a name in a list: no verb, modal or relative pronoun, and not the list's own "and" / "or". */
const LIST_WORD = String.raw`(?!${NOT_IN_SUBJECT}|\b(?:and|or)\b)[\p{L}\p{N}][\p{L}\p{N}'’.-]*`;
/** One member of a list: a short noun phrase ("Russia", "the United States", "other SCO member states"). */
const LIST_ITEM = String.raw`${LIST_WORD}(?:\s+${LIST_WORD}){0,5}`;
/** Members of a list: "China and Russia", "Russia, Iran, and China", "China, Russia and India". */
const LIST_SEPARATOR = String.raw`\s*,\s+(?:and\s+)?|\s+and\s+`;
const LIST = new RegExp(String.raw`^${LIST_ITEM}(?:(?:${LIST_SEPARATOR})${LIST_ITEM})+$`, 'u');

const ADVERBS_AT_START = new RegExp(`^${ADVERB}`);
const LIST_MEMBERS = new RegExp(`(?:^|${LIST_SEPARATOR})(${LIST_ITEM})`, 'gu');

interface IssuerPatterns {
  /** The issuer as a whole list member. */
  issuer: RegExp;
  /** A quick test that the issuer stands in a list at all. */
  listed: RegExp;
  /** Every place the issuer is written, not as a possessive ("China's partners" is not the issuer). */
  anywhere: RegExp;
}

/** Per set of issuer names. */
const patternCache = new Map<string, IssuerPatterns>();
function issuerPatterns(context: ExtractionContext): IssuerPatterns {
  const key = `${context.issuerNames.join('\u0000')}\u0001${(context.issuerDemonyms ?? []).join('\u0000')}`;
  let patterns = patternCache.get(key);
  if (!patterns) {
    const source = issuerSubjectSource(context);
    patterns = {
      issuer: new RegExp(`^${source}$`),
      listed: new RegExp(`(?:,\\s+|\\band\\s+)${source}\\b|\\b${source}(?:\\s*,\\s+|\\s+and\\s+)`),
      anywhere: new RegExp(`\\b${source}\\b(?!['’])`, 'g'),
    };
    patternCache.set(key, patterns);
  }
  return patterns;
}

type Verb = { modality: string; length: number; also?: string[] };
type VerbReader = (rest: string) => Verb | undefined;

/** A plural subject's verb read as the issuer's own: "are committed" as "is committed", "have supported" as "has …". */
export const pluralVerb: VerbReader = (rest) => {
  const singular = rest.replace(/^are\b/, 'is').replace(/^have\b/, 'has');
  const verb = selfVerb(singular);
  return verb && { ...verb, length: verb.length + rest.length - singular.length };
};

/** Whether a whole subject is the issuer by one of its names ("China", "the Chinese government", a self name). */
export function isIssuer(subject: string, context: ExtractionContext): boolean {
  return issuerPatterns(context).issuer.test(subject);
}

/** The further verbs of a plural subject that are plainly finite ("… and are committed to …", "… and will …"). */
const pluralPredicate: PredicateReader = (predicate) =>
  selfPredicate(predicate.replace(/^are\b/, 'is').replace(/^have\b/, 'has'));

/**
 * At the start of `clause`: a subject (a list of short noun phrases, one of which is the issuer as a whole, or with
 * `alone` the issuer by itself) followed by a verb `verbOf` reads. `stop` when a list subject with a verb does not
 * hold the issuer: the clause's subject is found, and it is others'.
 */
function issuerSubjectAt(
  clause: string,
  context: ExtractionContext,
  verbOf: VerbReader,
  alone: boolean,
): { subject: string; issuerAt: number; issuerLength: number; verbAt: number; verb: Verb } | 'stop' | undefined {
  const { issuer } = issuerPatterns(context);
  // Each space within the first words may end the subject: the subject is what stands before the first verb.
  for (const gap of clause.slice(0, 160).matchAll(/\s+/g)) {
    const subject = clause.slice(0, gap.index);
    const single = alone && issuer.test(subject);
    if (!single && !LIST.test(subject)) continue;
    const afterSubject = (gap.index as number) + gap[0].length;
    const adverbs = ADVERBS_AT_START.exec(clause.slice(afterSubject))?.[0] ?? '';
    const verb = verbOf(clause.slice(afterSubject + adverbs.length));
    if (!verb) continue;
    if (single)
      return { subject, issuerAt: 0, issuerLength: subject.length, verbAt: afterSubject + adverbs.length, verb };
    const own = [...subject.matchAll(LIST_MEMBERS)].find((member) => issuer.test(member[1] as string));
    if (!own) return 'stop';
    const written = own[1] as string;
    const issuerAt = (own.index as number) + own[0].length - written.length;
    return { subject, issuerAt, issuerLength: written.length, verbAt: afterSubject + adverbs.length, verb };
  }
  return undefined;
}

/** The match for a subject found at `start` of the sentence. */
function issuerMatch(start: number, found: Exclude<ReturnType<typeof issuerSubjectAt>, 'stop' | undefined>) {
  const issuerStart = start + found.issuerAt;
  return foundAt('self', found.verb.modality, found.subject, start, {
    issuerStart,
    issuerEnd: issuerStart + found.issuerLength,
    chain: {
      from: start + found.verbAt + found.verb.length,
      read: pluralPredicate,
      also: found.verb.also ?? [],
    },
  });
}

/**
 * "China and Russia will …", "Russia, Iran, and China support …", "China and other SCO member states are committed
 * to …": the issuer as one member of a compound subject commits jointly with the others, so the sentence is the
 * issuer's commitment. Only a list of short noun phrases, one of which is the issuer as a whole ("China", "the
 * Chinese government"; never "China's partners"), followed by a verb of the lexicon, makes such a subject. "It" after
 * it never stands for the issuer (subjectIsIssuer stays false).
 */
export function matchIssuerInList(sentence: string, context: ExtractionContext): FoundCommitment | undefined {
  // Most sentences never list the issuer with others: one cheap test before the clause-by-clause search.
  if (!issuerPatterns(context).listed.test(sentence)) return undefined;
  for (const start of clauseStarts(sentence)) {
    const found = issuerSubjectAt(sentence.slice(start), context, pluralVerb, false);
    if (found === 'stop') return undefined;
    if (found) return issuerMatch(start, found);
  }
  return undefined;
}

/**
 * A word of the noun phrase a relative clause describes: not a preposition ("the role of China will …" is not the
 * issuer's), a verb, a modal, a relative pronoun or a conjunction.
 */
const HEAD_WORD = String.raw`(?!(?:of|to|in|on|at|for|with|by|from|into|about|as|than|between|among|through|under|over|against|within|without|towards?|along|across|via|like|and|or|but)\b)(?!${NOT_IN_SUBJECT})[\p{L}\p{N}][\p{L}\p{N}'’-]*`;

/**
 * What stands right before a relative clause's subject: a noun phrase that opens with a determiner, and may be
 * followed by its relative pronoun ("an important public security product …", "the role that …").
 */
const RELATIVE_HEAD = new RegExp(
  String.raw`(?:^|\s)(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Ee]ach|[Ee]very|[Aa]ny|[Oo]ne)\s+(?:${HEAD_WORD}\s+){1,6}(?:(?:that|which|whom)\s+)?$`,
  'u',
);

/**
 * In a relative clause the head noun is what the issuer puts in ("a product China provides", "the support China
 * gives", "the efforts China makes"): the verb states its contribution. As a main verb "provides" is as often a
 * description ("The Strategy provides an explanation …"), so only here does it count.
 */
const CONTRIBUTION = /^(?:provides?|offers?|gives?|makes?)\b/;

const relativeVerb: VerbReader = (rest) => {
  const verb = pluralVerb(rest);
  if (verb) return verb;
  const contribution = CONTRIBUTION.exec(rest);
  return contribution ? { modality: 'contributes to', length: contribution[0].length } : undefined;
};

/**
 * "It is the first international paper … and an important public security product China and other SCO member states
 * provide to support international efforts …": the issuer (alone or with others) as the subject of a relative clause,
 * with or without its pronoun, states what the issuer does although the sentence's own subject is something else.
 */
export function matchIssuerInRelative(sentence: string, context: ExtractionContext): FoundCommitment | undefined {
  for (const written of sentence.matchAll(issuerPatterns(context).anywhere)) {
    const start = written.index as number;
    if (!RELATIVE_HEAD.test(sentence.slice(0, start))) continue;
    const found = issuerSubjectAt(sentence.slice(start), context, relativeVerb, true);
    if (found && found !== 'stop') return issuerMatch(start, found);
  }
  return undefined;
}

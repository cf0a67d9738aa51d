/**
 * Commitment extraction
 * =====================
 * Finds the sentences in which the issuer commits to act or states its position ("China will …", "It supports …")
 * and the norms it addresses to others ("Countries should …"), and types each by modality. The lexicon is plain
 * English strategy-document phrasing; the issuer's names come from the gazetteer, so nothing here is per-document.
 */
import { foundAt, type CommitmentMatch, type FoundCommitment } from './commitment-match';
import { isIssuer, matchIssuerInList, matchIssuerInRelative, pluralVerb } from './issuer-list';
import {
  APPOSITIVE,
  clauseStarts,
  issuerAlternation,
  issuerSubjectSource,
  NOT_IN_SUBJECT,
  subjectIsIssuer,
  type ExtractionContext,
} from './issuer-subject';
import { ADVERB, selfVerb } from './modality';
import { modalityChain, selfPredicate, type PredicateReader } from './modality-chain';
import { matchNorm, matchResponsibility, namesPartyAgent } from './norms';

export { subjectIsIssuer, type CommitmentMatch, type ExtractionContext };

/** Words without a verb, a modal or a clause break: the stuff of a subject noun phrase. */
const NOUN_WORDS = String.raw`(?:(?!${NOT_IN_SUBJECT})[^,;:])*?`;

/** A subject noun phrase opens its clause with a capital ("Enhanced defense capability") or "the". */
const OPENS_CLAUSE = /^(?:[A-Z]|the\s)/;

/** Heads that make a noun phrase other parties, not something of the issuer's ("China's partners", "its people"). */
const OTHER_PARTIES =
  /\b(?:countries|states|nations|governments|parties|stakeholders|community|organi[sz]ations|members|actors|people|peoples|partners|neighbou?rs|citizens|companies|enterprises|businesses|firms)\b/i;

/** What something of the issuer's own may do for the issuer: commit its course, aim, seek, support, pursue. */
const POSSESSED_MODALITIES = new Set(['will', 'aims to', 'seeks', 'supports', 'pursues', 'is committed']);
/** Where such a subject ends: the first of those verbs (the noun phrase before it is the subject). */
const POSSESSED_VERB = String.raw`(?:will|shall|aims?\s+to|seeks?|supports?|pursues?|is\s+(?:\w+ly\s+)?committed)\b`;

/**
 * "The development of China's cyber and information sector will not only benefit …", "China's cyber diplomacy aims
 * to …": a subject that is the issuer's own (its development, policy, diplomacy) that will, aims to, seeks, supports
 * or pursues something states the issuer's own course, as "China will …" does. Never a belief or a hope: "China's
 * partners believe …" is not the issuer believing, and other parties are never the issuer's own ("China's
 * neighbours will …").
 */
function matchIssuerPossessed(sentence: string, context: ExtractionContext): FoundCommitment | undefined {
  const possessed = new RegExp(
    `^(${NOUN_WORDS}\\b(?:${issuerAlternation(context)})['’]s\\s${NOUN_WORDS})\\s+${ADVERB}(?=${POSSESSED_VERB})`,
  );
  for (const start of clauseStarts(sentence)) {
    const found = possessed.exec(sentence.slice(start));
    const subject = found?.[1];
    if (!found || !subject || !OPENS_CLAUSE.test(subject) || subject.split(/\s+/).length > 12) continue;
    if (OTHER_PARTIES.test(subject)) continue;
    const verbAt = start + found[0].length;
    const verb = selfVerb(sentence.slice(verbAt));
    if (!verb || !POSSESSED_MODALITIES.has(verb.modality)) continue;
    // Its further verbs are the issuer's course only where they could have opened the sentence as its first.
    const read: PredicateReader = (predicate) => {
      const modality = selfPredicate(predicate);
      return modality && POSSESSED_MODALITIES.has(modality) ? modality : undefined;
    };
    return foundAt('self', verb.modality, subject, start, { chain: { from: verbAt + verb.length, read } });
  }
  return undefined;
}

/** What an issuer pursues: its endeavour, efforts, policy, strategy … */
const ENDEAVOUR = String.raw`(?:endeavou?rs?|efforts?|polic(?:y|ies)|strateg(?:y|ies)|agenda|plans?|drive|program(?:me)?s?)`;

/**
 * "Enhanced defense capability in cyberspace is an important part of China's endeavor to modernize …": what the
 * sentence makes a part (component, priority, pillar …) of the issuer's own endeavour, effort, policy or strategy is
 * something the issuer pursues.
 */
function matchIssuerEndeavour(sentence: string, context: ExtractionContext): FoundCommitment | undefined {
  const names = issuerAlternation(context);
  const endeavour = new RegExp(
    `^(${NOUN_WORDS})\\s+(?:is|are)\\s+(?:(?:an?|the|one)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:part|parts|component|element|pillar|priority|cornerstone|focus)\\s+of\\s+(?:the\\s+)?(${names})['’]s\\s+(?:[\\w-]+\\s+){0,2}?${ENDEAVOUR}\\b`,
    'd',
  );
  const found = endeavour.exec(sentence);
  const subject = found?.[1];
  const issuerAt = found?.indices?.[2];
  if (!subject || !issuerAt || !OPENS_CLAUSE.test(subject) || OTHER_PARTIES.test(subject)) return undefined;
  return foundAt('self', 'pursues', subject, 0, { issuerStart: issuerAt[0], issuerEnd: issuerAt[1] });
}

/**
 * The issuer (or "It" standing for it) as the subject of a clause, followed by a modality verb. The words that name
 * the issuer ("the Chinese government") are returned as its span: they name the maker, not a party involved.
 */
function matchSelf(sentence: string, context: ExtractionContext): FoundCommitment | undefined {
  const subject = new RegExp(`^(${issuerSubjectSource(context)}|It)${APPOSITIVE}\\s+${ADVERB}`);
  for (const start of clauseStarts(sentence)) {
    const clause = sentence.slice(start);
    const found = subject.exec(clause);
    if (!found) continue;
    const written = found[1] as string;
    if (written === 'It' && !context.previousSubjectWasIssuer) continue;
    // An issuer that speaks as "We" (the front matter's selfNames) has plural verbs: "We are committed to …".
    const verb = pluralVerb(clause.slice(found[0].length));
    if (!verb) continue;
    const issuer = written === 'It' ? {} : { issuerStart: start, issuerEnd: start + written.length };
    const chain = {
      from: start + found[0].length + verb.length,
      read: selfPredicate,
      also: verb.also ?? [],
    };
    return foundAt('self', verb.modality, written, start, { ...issuer, chain });
  }
  return undefined;
}

/** What a statement of position calls itself: "China's consistent position", "the view of China" … */
const POSITION = String.raw`(?:position|view|belief|stance|stand|conviction)`;

/**
 * "It is China's consistent position that …", "China's position is that …": the issuer stating what it holds, as
 * "China believes that …" does; the modal of the clause that follows is the issuer's view, not a norm of its own.
 */
function matchIssuerPosition(sentence: string, context: ExtractionContext): FoundCommitment | undefined {
  const names = issuerAlternation(context);
  const position = new RegExp(
    `^(?:It\\s+is\\s+(?:the\\s+)?(${names})['’]s\\s+(?:[\\w-]+\\s+){0,2}?${POSITION}|(${names})['’]s\\s+(?:[\\w-]+\\s+){0,2}?${POSITION}\\s+is)\\s+that\\b`,
    'd',
  );
  const found = position.exec(sentence);
  const issuerAt = found?.indices?.[1] ?? found?.indices?.[2];
  if (!found || !issuerAt) return undefined;
  const subject = found[1] ? 'It' : sentence.slice(0, found[0].length - ' that'.length).replace(/\s+is$/, '');
  return foundAt('self', 'believes', subject, 0, { issuerStart: issuerAt[0], issuerEnd: issuerAt[1] });
}

/**
 * "The strategic goal of China's participation … is: …", "China's overarching goal is to …": the issuer's own
 * statement of what it aims at.
 */
function matchStatedGoal(sentence: string, context: ExtractionContext): FoundCommitment | undefined {
  const names = issuerAlternation(context);
  const goal = new RegExp(
    `^(The\\s+(?:\\w+\\s+)?(?:goals?|aims?|objectives?)\\s+of\\s+(?:${names})['’]s\\b[^:;]*?|(?:${names})['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?:goals?|aims?|objectives?|mission))\\s+(?:is|are)\\b`,
  );
  const found = goal.exec(sentence);
  if (!found) return undefined;
  const subject = found[1] as string;
  return foundAt('self', 'aims to', subject, 0);
}

/**
 * "Efforts will be made …", "MSMEs are encouraged to …": the issuer's plans in the passive voice; in the drafting
 * style of decrees and doctrines also with "shall" ("Measures shall be taken to …"), as "We shall …" is "will".
 */
function matchPassivePlan(sentence: string): FoundCommitment | undefined {
  const passive = new RegExp(
    String.raw`^([A-Z](?:(?!\b(?:will|shall|that|which|who|if|when)\b)[^;:])*?)\s+((?:will|shall)\s+be\s+${ADVERB}(?:\w+ed|made|done|given|taken|held|built|set|kept|carried\s+out)|(?:is|are)\s+encouraged\s+to)\b`,
  );
  const found = passive.exec(sentence);
  if (!found) return undefined;
  const subject = found[1] as string;
  // A plan's subject is a short noun phrase ("Efforts", "Chinese companies"), not a clause.
  if (subject.split(/\s+/).length > 8) return undefined;
  // "… shall be protected by all countries" is a duty of the parties it names: a norm (matchNorm reads it).
  const rest = sentence.slice(found.index + found[0].length);
  if (found[2]?.startsWith('shall') && namesPartyAgent(rest)) return undefined;
  // "are encouraged to" and "will be encouraged to" alike: the issuer encourages them.
  const modality = /\bencouraged\b/.test(found[2] as string) ? 'encourages' : 'will';
  return foundAt('self', modality, subject, 0);
}

/**
 * "The Union must be able to act quickly", "We need to …", "It must …" after the issuer: a duty the issuer lays on
 * itself is its own commitment, not a norm asked of others; its name there names the maker, not a party involved.
 */
function asIssuerDuty(found: FoundCommitment | undefined, context: ExtractionContext): FoundCommitment | undefined {
  if (!found || found.kind !== 'others') return found;
  // "It is necessary to …" is impersonal: its "It" stands for no one, whoever spoke before.
  const standsForIssuer =
    found.subject === 'It' && found.modality !== 'is important' && context.previousSubjectWasIssuer;
  if (!standsForIssuer && !isIssuer(found.subject, context)) return found;
  const issuer = standsForIssuer ? {} : { issuerStart: found.subjectStart, issuerEnd: found.subjectEnd };
  return { ...found, kind: 'self', ...issuer };
}

/** Classifies one sentence; undefined when it is neither a commitment nor a norm. */
export function extractCommitment(sentence: string, context: ExtractionContext): CommitmentMatch | undefined {
  const found =
    matchSelf(sentence, context) ??
    matchIssuerInList(sentence, context) ??
    matchIssuerPosition(sentence, context) ??
    matchStatedGoal(sentence, context) ??
    matchIssuerPossessed(sentence, context) ??
    matchIssuerEndeavour(sentence, context) ??
    matchPassivePlan(sentence) ??
    matchResponsibility(sentence) ??
    asIssuerDuty(matchNorm(sentence), context) ??
    // Last: a sentence whose own subject is another's (a norm, "It is the first paper …") states the issuer's act
    // in a relative clause only when nothing else reads it.
    matchIssuerInRelative(sentence, context);
  if (!found) return undefined;
  const { chain, ...match } = found;
  const modalities = chain
    ? modalityChain(sentence, [match.modality, ...(chain.also ?? [])], chain.from, chain.read)
    : [match.modality];
  return { ...match, modalities };
}

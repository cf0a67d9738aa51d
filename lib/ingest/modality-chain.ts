/**
 * Modality chains
 * ===============
 * Every modality a sentence states for its subject, not only the first: "China firmly opposes … and believes …",
 * "It supports …, opposes … and pursues …". After the first verb, the subject's own predicates go on after a comma or
 * a conjunction; each that opens with a verb of the same lexicon adds its modality. An analyst filtering by modality
 * then finds the sentence under each of its verbs.
 */
import { ADVERB, normModalAt, selfVerb } from './modality';

/**
 * Where a coordinated predicate may begin: after ", " (with "and", "or", "but (also)"), " and ", " or ",
 * " but (also) " or " as well as ".
 */
const COORDINATION = /,\s+(?:(?:and|or|but(?:\s+also)?)\s+)?|\s+(?:and|or|but(?:\s+also)?|as\s+well\s+as)\s+/g;

/**
 * Where the subject's chain ends: a semicolon or colon (another clause), or a relative or subordinate clause ("…,
 * which will drive innovation", "believes that … should", "so that cyberspace will not …"), whose verbs belong to
 * another subject.
 */
const CHAIN_END = /[;:]|\b(?:that|which|who|whom|whose|where|when|if|unless|because|although|though|whereas)\b/;

/**
 * A predicate of the issuer itself is finite: "opposes", "calls for", "will", "is committed", "has worked". A bare
 * infinitive ("will encourage and support …") stays in the scope of the verb before it, which states its modality.
 */
const FINITE = /^(?:will|shall|would|is|has|\w+s)\b/;

/** A coordinated predicate's own modality, or undefined when it opens with no verb of the lexicon. */
export type PredicateReader = (predicate: string) => string | undefined;

/** The issuer's own verbs ("China …", "It …"): finite, from the lexicon of what follows the issuer as subject. */
export const selfPredicate: PredicateReader = (predicate) =>
  (FINITE.test(predicate) ? selfVerb(predicate) : undefined)?.modality;

/** A norm's further modals ("Countries should …, and must not …"). */
export const normPredicate: PredicateReader = (predicate) => normModalAt(predicate)?.modality;

const ADVERBS = new RegExp(`^${ADVERB}`);

/**
 * The modalities a sentence states for its subject: `first` (what the extractor found: one modality, or those its
 * first verb phrase states, "has supported … and will" → will, supports), then those of the predicates coordinated
 * with it from `from` (the offset just after the first verb phrase) to the end of the subject's chain, in order of
 * appearance, without duplicates.
 */
export function modalityChain(
  sentence: string,
  first: string | readonly string[],
  from: number,
  read: PredicateReader,
): string[] {
  const modalities = [...new Set(typeof first === 'string' ? [first] : first)];
  const rest = sentence.slice(from);
  const end = CHAIN_END.exec(rest);
  const chain = end ? rest.slice(0, end.index) : rest;
  for (const found of chain.matchAll(COORDINATION)) {
    // Read on past the chain's end: "… and maintains that …" states its modality with the "that".
    const predicate = rest.slice((found.index as number) + found[0].length).replace(ADVERBS, '');
    const modality = read(predicate);
    if (modality && !modalities.includes(modality)) modalities.push(modality);
  }
  return modalities;
}

/**
 * Norms addressed to others
 * =========================
 * The sentences in which the document lays a duty or a right on other parties ("Countries should …", "No country
 * should …", "It is the responsibility of the international community to …"): the modal, whom it addresses and the
 * further modals of the same subject.
 */
import { foundAt, type FoundCommitment } from './commitment-match';
import { firstNormModal } from './modality';
import { normPredicate, type PredicateReader } from './modality-chain';

/** Openers of a fronted clause: the subject comes after the comma that closes it. */
const INTRO =
  /^(?:As|Given|In|While|With|Along|Keeping|At|Since|Although|Though|Because|To|For|On|Under|Through|Like|First|Second|Third|Finally|Moreover|Furthermore|Meanwhile|Therefore|Hence|Thus|Besides)\b/;

/**
 * The subject within the words before a modal, when those words are a clause of their own ("They exercise
 * jurisdiction …, and are entitled to", "Cyberspace is the common space …, hence needs to"): a leading pronoun, or
 * what precedes the clause's own verb "to be" / "to have".
 */
function nounPhrase(words: string): string {
  const pronoun = /^(They|We|It|He|She)\s+\S/.exec(words);
  if (pronoun) return pronoun[1] as string;
  const verb = /\s(?:is|are|was|were|has|have|had)\s/.exec(words);
  return verb ? words.slice(0, verb.index) : words;
}

/** "It is … the responsibility of the international community to …": a duty laid on the group it names. */
export function matchResponsibility(sentence: string): FoundCommitment | undefined {
  const found = /^It\s+is\s+[^.;]*?\b(?:responsibility|duty|obligation)\s+of\s+([^,;]+?)\s+to\b/.exec(sentence);
  if (!found) return undefined;
  const subject = found[1] as string;
  return foundAt('others', 'is responsible', subject, found.index + found[0].lastIndexOf(subject));
}

/** Words that make a passive's agent ("… needs to be built and managed by all countries") the norm's addressee. */
const PARTY =
  /\b(?:countries|states|nations|governments|parties|stakeholders|community|organi[sz]ations|members|actors)\b/i;

/** Whether a passive's participle is followed by an agent that names parties (" by all countries", not " by law"). */
export function namesPartyAgent(afterParticiple: string): boolean {
  const agent = /^\s+by\s+([^,;.]+)/.exec(afterParticiple)?.[1];
  return agent !== undefined && PARTY.test(agent);
}

/** The agent of a passive right after the modal, when it names parties ("by all countries", not "by rules"). */
function passiveAgent(afterModal: string): { text: string; offset: number } | undefined {
  const found = /^\s*be\s+(?:\w+ly\s+)?\w+(?:\s+and\s+\w+)?\s+by\s+([^,;.]+)/.exec(afterModal);
  const agent = found?.[1]?.trim();
  if (!found || !agent || !PARTY.test(agent)) return undefined;
  return { text: agent, offset: found[0].lastIndexOf(agent) };
}

/** A norm: the first modal of the sentence ("should", "must not" …), its addressee and the modals after it. */
export function matchNorm(sentence: string): FoundCommitment | undefined {
  const best = firstNormModal(sentence);
  if (!best) return undefined;
  if (best.modality === 'is important') {
    // "It is necessary for all countries to …" lays the task on whom it names; "It is important to …" on no one.
    const party = /^It\s+is\s+\w+\s+for\s+([^,;]+?)\s+to\b/.exec(sentence)?.[1];
    return foundAt('others', best.modality, party ?? 'It', party ? sentence.indexOf(party) : 0);
  }
  const agent = passiveAgent(sentence.slice(best.end));
  if (agent) {
    const chain = { from: best.end, read: normPredicate };
    return foundAt('others', best.modality, agent.text, best.end + agent.offset, { chain });
  }
  const prefix = sentence.slice(0, best.index);
  // Fronted clause: the subject follows its last comma; otherwise an appositive follows the first comma or dash
  // ("Regulated sectors — energy, water and health — must …": the aside's commas are not the subject's end).
  // An en dash or hyphen is an aside's only with spaces: "2023–2030 plans" is a range.
  const aside = /,|\s*—|\s[–-]\s/.exec(prefix)?.index;
  const [subjectStart, subjectEnd] = INTRO.test(prefix)
    ? [prefix.lastIndexOf(', ') >= 0 ? prefix.lastIndexOf(', ') + 2 : 0, prefix.length]
    : [0, aside ?? prefix.length];
  const subject = nounPhrase(sentence.slice(subjectStart, subjectEnd).trim());
  if (!subject) return undefined;
  // "No country should …" negates each of its modals ("…, or must …" too).
  const negate = (m: string) => (/^No\b/.test(subject) && !m.endsWith('not') ? `${m.split(' ')[0]} not` : m);
  const modality = negate(best.modality);
  const offset = subjectStart + sentence.slice(subjectStart).indexOf(subject);
  const read: PredicateReader = (predicate) => {
    const further = normPredicate(predicate);
    return further && negate(further);
  };
  const chain = { from: best.end, read };
  return foundAt('others', modality, subject, offset, { chain });
}

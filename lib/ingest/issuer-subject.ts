/**
 * The issuer as subject
 * =====================
 * Where a clause may begin in a sentence, and how the issuer is written when it is the subject of one: its names,
 * its government ("the government of China", "China's government", "the Chinese government" with the demonym the
 * gazetteer gives), with an appositive between subject and verb ("China, as a victim itself, opposes …").
 * The names come from the gazetteer, so nothing here is per-document.
 */

export interface ExtractionContext {
  /** The issuer's names as they may open a sentence ("China", "People's Republic of China"). */
  issuerNames: readonly string[];
  /** Adjectives of the issuer ("Chinese"): "the Chinese government" is the issuer speaking. */
  issuerDemonyms?: readonly string[];
  /** True when the previous sentence's subject was the issuer, so "It …" stands for the issuer. */
  previousSubjectWasIssuer: boolean;
}

/** Words that end a subject noun phrase: a finite verb, a modal or a relative pronoun. */
export const NOT_IN_SUBJECT = String.raw`\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|that|which|who)\b`;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A self name as it opens a sentence and as it stands after a comma: "We will …" and "…, and we support …"; "the
 * Government" in either case ("The Government will …" is read by the subject pattern's own "the").
 */
export function selfNameForms(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const first = name.charAt(0);
    const other = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
    return other === first ? [name] : [name, other + name.slice(1)];
  });
}

/** Names as one alternation, longest first (so "People's Republic of China" wins over "China"). */
function alternation(names: readonly string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** The issuer's names as one alternation, longest first. */
export function issuerAlternation(context: Pick<ExtractionContext, 'issuerNames'>): string {
  return alternation(context.issuerNames);
}

/**
 * The issuer as written in a subject, as a regular expression source without groups of its own: "China", "the
 * People's Republic of China", "the government of China", "China's government", "the U.S. Government", "the Chinese
 * government/side".
 * The government speaks for the state: what it commits to, the issuer commits to.
 */
export function issuerSubjectSource(context: ExtractionContext): string {
  return `(?:[Tt]he\\s+)?(?:${[...governmentForms(context), `(?:${issuerAlternation(context)})`].join('|')})`;
}

/**
 * The issuer named by its government: "government of China", "China's government", "the U.S. Government" (the name
 * used as an adjective, as "the UK government" is), "Chinese government/side".
 */
function governmentForms(context: Pick<ExtractionContext, 'issuerNames' | 'issuerDemonyms'>): string[] {
  const names = issuerAlternation(context);
  const government = '(?:[Gg]overnment|[Aa]uthorities)';
  const forms = [
    `${government}\\s+of\\s+(?:the\\s+)?(?:${names})`,
    `(?:${names})['’]s\\s+${government}`,
    `(?:${names})\\s+${government}`,
  ];
  const demonyms = context.issuerDemonyms ?? [];
  if (demonyms.length > 0) forms.push(`(?:${alternation(demonyms)})\\s+(?:${government}|side)`);
  return forms;
}

/**
 * Drops the mentions that stand inside words naming the issuer by its government ("the Chinese government", "the
 * government of China", "China's government") or by a self name of its document ("the Government" of a national
 * strategy): there "government" is the issuer speaking, not the stakeholder group "governments" a gazetteer may give
 * that word to. The issuer's own name in them stays its mention.
 */
export function withoutIssuerGovernment<M extends { start: number; end: number; entityId: string }>(
  text: string,
  mentions: readonly M[],
  context: Pick<ExtractionContext, 'issuerNames' | 'issuerDemonyms'> & { issuerId: string; selfNames?: string[] },
): M[] {
  const forms = governmentForms(context);
  if (context.selfNames?.length) forms.push(alternation(context.selfNames));
  const spans = [...text.matchAll(new RegExp(`\\b(?:${forms.join('|')})\\b`, 'g'))].map(
    (found) => [found.index as number, (found.index as number) + found[0].length] as const,
  );
  if (spans.length === 0) return [...mentions];
  return mentions.filter(
    (mention) =>
      mention.entityId === context.issuerId ||
      !spans.some(([start, end]) => mention.start >= start && mention.end <= end),
  );
}

/**
 * An appositive between a subject and its verb: ", as a responsible major country," or ", together with other
 * countries,", or set off by dashes ("The UK — as a responsible cyber power — will …"). The comma one opens with a
 * lower-case word: "China, Russia and India will …" is a list, not China alone.
 */
export const APPOSITIVE = String.raw`(?:\s*,\s+[a-z][^,;]*,|\s*—\s*[^—;]+?\s*—|\s[–-]\s[^–;]+?\s[–-])?`;

/** Auxiliaries and modals: a clause before ", and …" that has one is a clause, not the head of a list of names. */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|does|do|did)\b/;

/**
 * Offsets where a clause may begin: the sentence start, after a comma (a fronted clause closes there) and after a
 * semicolon; a coordinating conjunction that opens the clause is stepped over (", but China will …"). ", and …"
 * starts a clause only when a verb stands before it: in "Russia, Iran, and China will …" China is one of a list.
 */
export function clauseStarts(sentence: string): number[] {
  const starts = [0];
  for (const match of sentence.matchAll(/[,;]\s+/g)) {
    const at = (match.index as number) + match[0].length;
    const conjunction = /^(?:but|yet|so|while|whereas|and)\s+/.exec(sentence.slice(at));
    if (!conjunction) {
      starts.push(at);
    } else if (conjunction[0].trim() !== 'and' || FINITE.test(sentence.slice(0, match.index))) {
      starts.push(at + conjunction[0].length);
    }
  }
  return starts;
}

/** The first person: an issuer that says "we" is never "it", so "It …" after "We will …" is something else. */
const FIRST_PERSON = /^(?:we|us)$/i;

/** Whether the sentence's main subject is the issuer: "It" in the next sentence then stands for the issuer. */
export function subjectIsIssuer(sentence: string, context: ExtractionContext): boolean {
  const issuer = new RegExp(`^(${issuerSubjectSource(context)})${APPOSITIVE}\\s+(?!and\\b|or\\b)[a-z]`);
  return clauseStarts(sentence).some((start) => {
    const clause = sentence.slice(start);
    const found = issuer.exec(clause);
    if (found) return !FIRST_PERSON.test(found[1] as string);
    return context.previousSubjectWasIssuer && /^It\s+(?!is\b)[a-z]/.test(clause);
  });
}

/**
 * Commitment matches
 * ==================
 * What the extractor finds in a sentence: its kind, modalities and subject with where it stands. Shared by the
 * issuer's own commitments (commitments.ts) and the norms addressed to others (norms.ts).
 */
import type { CommitmentKind } from '../graph/schema';
import type { PredicateReader } from './modality-chain';

export interface CommitmentMatch {
  kind: CommitmentKind;
  /** Normalised modality of the first verb: "will", "supports", "calls for", "should", "must" … */
  modality: string;
  /** Every modality the sentence states for its subject, in order: `modality` first ("opposes", "believes"). */
  modalities: string[];
  /** The grammatical subject as written ("China", "It", "Countries", "The international community"). */
  subject: string;
  subjectStart: number;
  subjectEnd: number;
  /**
   * Where the words naming the issuer stand: the subject ("the Chinese government will …"), or the issuer's name
   * where, outside the subject, it makes the sentence the issuer's own ("… is an important part of China's
   * endeavor …"). There they name the maker, not a party the commitment involves.
   */
  issuerStart?: number;
  issuerEnd?: number;
}

/** A match before its modality chain is read: where the first verb phrase ends, and how to read the verbs after. */
export type FoundCommitment = Omit<CommitmentMatch, 'modalities'> & {
  /** `also`: further modalities the first verb phrase states (a record before its promise: "has supported"). */
  chain?: { from: number; read: PredicateReader; also?: string[] };
};

/** A match whose subject, as written, starts at `start`; `rest` adds the issuer's span or the modality chain. */
export function foundAt(
  kind: CommitmentKind,
  modality: string,
  subject: string,
  start: number,
  rest: Pick<FoundCommitment, 'issuerStart' | 'issuerEnd' | 'chain'> = {},
): FoundCommitment {
  return { kind, modality, subject, subjectStart: start, subjectEnd: start + subject.length, ...rest };
}

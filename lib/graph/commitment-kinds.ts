/**
 * Commitment kinds in words
 * =========================
 * An analyst must tell what the issuer commits to ("China will …", kind `self`) from what the document asks of
 * others ("Countries should …", kind `others`). The reader, the legend and the about page name the two kinds and
 * count them with the same words, taken from here, and name the committing party from the data (the actor that
 * MAKES the commitment), never a hard-coded "China": other documents have other issuers.
 */
import { compareCodePoints } from './attribute-order';

/**
 * The name a party goes by in running text: the gazetteer's `shortName` when it gives one (the European Union is
 * "the EU", not its shortest name "Union"); else its shortest name that is not an acronym ("China" for the People's
 * Republic of China, whose text speaks as "China"; "United States", not "USA"); its label when it has no other.
 */
export function shortName(label: string, aliases: readonly unknown[] = [], given?: unknown): string {
  if (typeof given === 'string' && given.trim() !== '') return given;
  const names = [
    label,
    ...aliases.filter((alias): alias is string => typeof alias === 'string' && alias.trim() !== ''),
  ];
  const words = names.filter((name) => !/^[\p{Lu}\p{N}.&-]+$/u.test(name));
  return (words.length > 0 ? words : [label]).reduce((best, name) => (name.length < best.length ? name : best));
}

/** "China's", "the United States'". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** What a commitment of `kind` is, as a title: "China's commitment", "Norm asked of others"; `maker`: who makes it. */
export function kindTitle(kind: string, maker: string | undefined): string {
  if (kind === 'self') return `${maker ? possessive(maker) : "The issuer's"} commitment`;
  if (kind === 'others') return 'Norm asked of others';
  return 'Commitment';
}

/** The MAKES edges of a serialised graph as commitment id → maker's label (the issuer, or a quoted speaker). */
export function makersOf(
  edges: Iterable<{ source: string; target: string; attributes?: { type?: unknown } }>,
  labelOf: (id: string) => string | undefined,
): Map<string, string> {
  const makers = new Map<string, string>();
  for (const edge of edges) {
    if (edge.attributes?.type !== 'MAKES') continue;
    makers.set(edge.target, labelOf(edge.source) ?? edge.source);
  }
  return makers;
}

export interface KindTally {
  total: number;
  /** The parties' own commitments (`self`) by who makes them, most first. */
  self: Array<{ maker: string; count: number }>;
  /** Norms asked of others. */
  others: number;
}

/** Counts commitments by kind and, for the parties' own, by maker (a `self` one without a maker: "the issuer"). */
export function tallyKinds(commitments: Iterable<{ kind: unknown; maker: string | undefined }>): KindTally {
  const self = new Map<string, number>();
  let total = 0;
  let others = 0;
  for (const { kind, maker } of commitments) {
    total += 1;
    if (kind === 'self') {
      const who = maker ?? 'the issuer';
      self.set(who, (self.get(who) ?? 0) + 1);
    } else if (kind === 'others') others += 1;
  }
  const byMaker = [...self].map(([maker, count]) => ({ maker, count }));
  byMaker.sort((a, b) => b.count - a.count || compareCodePoints(a.maker, b.maker));
  return { total, self: byMaker, others };
}

/**
 * The split in words: "83 by China, 38 asked of others" (a kind with none is left out; a commitment of neither kind
 * is in the total only). Empty when there are no commitments.
 */
export function kindSplit(tally: KindTally): string {
  const parts = tally.self.map(({ maker, count }) => `${count} by ${maker}`);
  if (tally.others > 0) parts.push(`${tally.others} asked of others`);
  return parts.join(', ');
}

/**
 * Mention finding with a large gazetteer
 * ======================================
 * A corpus of many strategies brings a gazetteer of thousands of names. This row finds the mentions in the
 * document's text with the real gazetteer plus 12,000 generated names, with the trie of lib/ingest/mentions.ts
 * against the one regular expression of every name it replaced (test/support/regex-mentions.ts, kept as the
 * differential tests' oracle): matcher creation plus the first search (V8 compiles a pattern at its first use).
 * Both sides must find the same mentions, or the benchmark stops.
 */
import { seededRandom } from '../lib/graph/layout';
import { nameKey } from '../lib/graph/names';
import { readGazetteer, type GazetteerEntity } from '../lib/ingest/gazetteer';
import { createMentionMatcher, type MentionMatcher } from '../lib/ingest/mentions';
import { readInputs } from '../lib/ingest/read';
import { readSourceDocument } from '../lib/ingest/source';
import { createRegexMentionMatcher } from '../test/support/regex-mentions';
import { median, row, type BenchRow } from './support';

const GENERATED_NAMES = 12_000;

const WORDS = [
  'Cyber',
  'Security',
  'Digital',
  'Information',
  'Network',
  'Internet',
  'Governance',
  'Cooperation',
  'Regional',
  'International',
  'National',
  'Council',
  'Agency',
  'Centre',
  'Forum',
  'Group',
  'Dialogue',
  'Partnership',
  'Initiative',
  'Strategy',
  'Convention',
  'Framework',
  'Commission',
  'Committee',
  'Alliance',
  'Response',
  'Emergency',
  'Critical',
  'Infrastructure',
  'Protection',
  'Defence',
  'Resilience',
  'Trust',
  'Capacity',
  'Building',
  'Norms',
];

/** `count` distinct names, about a third acronyms, in entities of one to three names. */
function syntheticEntities(count: number, taken: Set<string>): GazetteerEntity[] {
  const random = seededRandom(12_000);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)] as string;
  const names: string[] = [];
  while (names.length < count) {
    const words = Array.from({ length: 2 + Math.floor(random() * 4) }, pick);
    const name = random() < 0.35 ? words.map((w) => w[0]).join('') + Math.floor(random() * 100) : words.join(' ');
    if (taken.has(nameKey(name))) continue;
    taken.add(nameKey(name));
    names.push(name);
  }
  const entities: GazetteerEntity[] = [];
  for (let at = 0; at < names.length;) {
    const [label, ...aliases] = names.slice(at, at + 1 + Math.floor(random() * 3)) as [string, ...string[]];
    at += 1 + aliases.length;
    entities.push({ id: `synthetic-${entities.length}`, type: 'organization', label, aliases, basis: 'text' });
  }
  return entities;
}

/** Creation plus the first search, in ms, and what it found. */
function createAndFind(create: () => MentionMatcher, text: string): { ms: number; found: string } {
  const started = performance.now();
  const mentions = create().find(text);
  return { ms: performance.now() - started, found: JSON.stringify(mentions) };
}

export function benchMentions(quick: boolean): BenchRow[] {
  const inputs = readInputs('graph-data');
  const gazetteer = readGazetteer(inputs.gazetteer).gazetteer;
  const document = inputs.documents[0];
  const text = document ? readSourceDocument(document).document?.text : undefined;
  if (!gazetteer || !text) throw new Error('bench/mentions: graph-data/ does not build');
  const taken = new Set(gazetteer.entities.flatMap((e) => [e.label, ...e.aliases].map(nameKey)));
  const entities = [...gazetteer.entities, ...syntheticEntities(GENERATED_NAMES, taken)];
  const names = entities.reduce((n, e) => n + new Set([e.label, ...e.aliases]).size, 0);
  const runs = quick ? 1 : 3;
  const ours: number[] = [];
  const regex: number[] = [];
  for (let i = 0; i < runs; i++) {
    const trie = createAndFind(() => createMentionMatcher(entities), text);
    const before = createAndFind(() => createRegexMentionMatcher(entities, 'gazetteer.yaml'), text);
    if (trie.found !== before.found) throw new Error('bench/mentions: the trie and the regex found different mentions');
    ours.push(trie.ms);
    regex.push(before.ms);
  }
  return [
    row({
      name: 'mentions-12k-names-vs-regex',
      ours: median(ours),
      baseline: median(regex),
      unit: 'ms',
      better: 'lower',
      note: `${names} names (${GENERATED_NAMES} generated) over the document's ${text.length} characters, matcher creation + first search, median of ${runs}; baseline: one regular expression of every name (what the trie replaced)`,
    }),
  ];
}

/**
 * Mention finding at scale (a standalone measurement, not part of `npm run bench`)
 * ================================================================================
 * `npx tsx bench/mention-finding.ts [names]`: the trie (lib/ingest/mentions.ts) against the regular expressions it
 * replaced (test/support/regex-mentions.ts) with the real gazetteer plus a generated one of `names` names (12,000 by
 * default, what a corpus of many strategies would hold), over the document's text and the text ×10. Prints
 * milliseconds; the first search includes compiling (V8 compiles a pattern at its first use). Both sides' mentions
 * are compared too.
 */
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../lib/graph/layout';
import { nameKey } from '../lib/graph/names';
import { readGazetteer, type GazetteerEntity } from '../lib/ingest/gazetteer';
import { createMentionMatcher, type MentionMatcher } from '../lib/ingest/mentions';
import { readInputs } from '../lib/ingest/read';
import { readSourceDocument } from '../lib/ingest/source';
import { createRegexMentionMatcher } from '../test/support/regex-mentions';

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

function time<T>(run: () => T): { ms: number; value?: T; error?: string } {
  const start = performance.now();
  try {
    const value = run();
    return { ms: performance.now() - start, value };
  } catch (error) {
    return {
      ms: performance.now() - start,
      error: error instanceof Error ? error.message.split('\n')[1] : String(error),
    };
  }
}

const inputs = readInputs('graph-data');
const gazetteer = readGazetteer(inputs.gazetteer).gazetteer;
const text = readSourceDocument(inputs.documents[0]!).document?.text;
if (!gazetteer || !text) throw new Error('bench/mention-finding: graph-data/ does not build');
const count = Number(process.argv[2] ?? 12_000);
const taken = new Set(gazetteer.entities.flatMap((e) => [e.label, ...e.aliases].map(nameKey)));
const entities = [...gazetteer.entities, ...syntheticEntities(count, taken)];
const names = entities.reduce((n, e) => n + new Set([e.label, ...e.aliases]).size, 0);
const text10 = Array.from({ length: 10 }, () => text).join('\n\n');
console.log(`${names} names (${count} generated), text ${text.length} characters, ×10 ${text10.length}`);

const sides: Array<[string, (e: GazetteerEntity[]) => MentionMatcher]> = [
  ['regex (before)', (e) => createRegexMentionMatcher(e, 'gazetteer.yaml')],
  ['trie (now)', (e) => createMentionMatcher(e)],
];
const found: string[] = [];
for (const [name, create] of sides) {
  const matcher = time(() => create(entities));
  const first = time(() => matcher.value!.find(text));
  const again = time(() => matcher.value!.find(text));
  const tenfold = time(() => matcher.value!.find(text10));
  const show = (t: { ms: number; error?: string }) =>
    t.error ? `failed after ${t.ms.toFixed(0)} ms: ${t.error}` : `${t.ms.toFixed(1)} ms`;
  console.log(
    `${name}: create ${show(matcher)}; first search (text) ${show(first)}; again ${show(again)}; text ×10 ${show(tenfold)}; mentions ${first.value?.length ?? '-'} / ${tenfold.value?.length ?? '-'}`,
  );
  found.push(JSON.stringify([first.value, tenfold.value]));
}
console.log(found[0] === found[1] ? 'same mentions on both sides' : 'the mentions DIFFER');

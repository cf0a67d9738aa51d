/**
 * Sentence search: every word must be in the sentence, best first, cut at the limit with the total kept, each hit
 * with a snippet; over the real 2017 strategy (graph-data/, as /api/graph serialises it) and a 10k-node synthetic
 * graph (lib/graph/synthetic.ts) for speed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClientGraph, type ClientGraph } from '@/lib/explorer/graph/client-graph';
import {
  buildSentenceIndex,
  searchSentences,
  SENTENCE_LIMIT,
  type SentenceEntry,
} from '@/lib/explorer/search/sentences';
import { toApiGraph } from '@/lib/graph/serialize';
import { generateSyntheticGraph } from '@/lib/graph/synthetic';
import { loadMemoryStore } from '@/lib/store/memory';

const entry = (id: string, text: string, kind = 'self'): SentenceEntry => ({
  id,
  label: text.slice(0, 20),
  text,
  kind,
  folded: text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim(),
});

describe('searchSentences', () => {
  const index = [
    entry('inside', 'Countries should curb cyberterrorism and its financing.', 'others'),
    entry('late', 'China will cooperate with other countries on law enforcement, crimes and terrorism.'),
    entry('early', 'Terrorism online is a threat that China will help counter.'),
    entry('none', 'China supports the UN Security Council.'),
  ];

  it('finds every sentence holding the word, whole words first, then by the earliest hit', () => {
    const found = searchSentences(index, 'TERRORISM');
    expect(found.total).toBe(3);
    expect(found.hits.map((h) => h.id)).toEqual(['early', 'late', 'inside']);
    expect(found.hits[2]).toMatchObject({ kind: 'others', label: 'Countries should cur' });
  });

  it('needs every word; the words together, in order, rank first', () => {
    const index2 = [
      entry('apart', 'Cyber security matters, and so does the council of the UN.'),
      entry('together', 'China supports the UN Security Council and its cyber work.'),
    ];
    expect(searchSentences(index2, 'security council').hits.map((h) => h.id)).toEqual(['together', 'apart']);
    expect(searchSentences(index2, 'security council terrorism').total).toBe(0);
    expect(searchSentences(index2, '"council security"').total).toBe(0);
  });

  it('marks the hits in a snippet, and gives nothing for a query without words', () => {
    const [hit] = searchSentences(index, 'terrorism online').hits;
    expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['Terrorism online']);
    expect(searchSentences(index, ' ?! ')).toEqual({ total: 0, hits: [] });
  });
});

describe('sentence search over the 2017 strategy', () => {
  let index: SentenceEntry[];
  beforeAll(async () => {
    index = buildSentenceIndex(buildClientGraph(await loadMemoryStore('graph-data').graph()));
  });

  it('indexes every commitment by its whole sentence', () => {
    expect(index).toHaveLength(121);
    expect(index.filter((e) => e.kind === 'self')).toHaveLength(83);
  });

  it.each([
    ['terrorism', 5],
    ['"Internet governance"', 7],
    ['sovereignty', 4],
    ['sovereignty in cyberspace', 4],
  ])('finds what name search missed: %s → %i sentences', (query, count) => {
    const found = searchSentences(index, query);
    expect(found.total).toBe(count);
    for (const hit of found.hits) expect(hit.snippet.some((part) => part.hit)).toBe(true);
  });

  it('keeps the total when it cuts the list at the limit', () => {
    const found = searchSentences(index, 'China');
    expect(found.total).toBeGreaterThan(SENTENCE_LIMIT);
    expect(found.hits).toHaveLength(SENTENCE_LIMIT);
  });
});

describe('sentence search on a 10k-node synthetic graph', () => {
  let graph: ClientGraph;
  it('indexes once and answers a keystroke in a few milliseconds', () => {
    graph = buildClientGraph(toApiGraph(generateSyntheticGraph(10_000).graph));
    const index = buildSentenceIndex(graph);
    expect(index.length).toBeGreaterThan(1000);
    const started = performance.now();
    for (const query of ['w', 'wi', 'wil', 'will', 'will a', 'will act', 'commitment 99'])
      searchSentences(index, query);
    const perKeystroke = (performance.now() - started) / 7;
    // Measured about 1 ms; the bound leaves room for a slow CI machine, not for a per-keystroke re-fold.
    expect(perKeystroke).toBeLessThan(50);
  });
});

/**
 * Ingest benchmarks
 * =================
 * Building the document graph from its text, against the floor of any text pipeline on the same text (reading the
 * files and splitting them into sentences); and the text repeated 10× (ten copies as ten documents) against ten
 * times the single build, which shows whether the build stays linear.
 */
import { buildKnowledgeGraph, type AtlasInputs } from '../lib/ingest/build';
import { readInputs } from '../lib/ingest/read';
import { documentSentences } from '../lib/ingest/sentences';
import { parseSourceDocument } from '../lib/ingest/source';
import { median, row, type BenchRow } from './support';

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** Ten copies of each document under new ids; the gazetteer and curation are shared (curation names copy 0). */
export function repeated(inputs: AtlasInputs, times: number): AtlasInputs {
  const documents = inputs.documents.flatMap((doc) =>
    Array.from({ length: times }, (_v, i) =>
      i === 0
        ? doc
        : {
            file: doc.file.replace(/\.md$/, `-copy${i}.md`),
            text: doc.text.replace(/^id: (\S+)$/m, `id: $1-copy${i}`),
          },
    ),
  );
  return { ...inputs, documents };
}

export async function benchIngest(quick: boolean): Promise<BenchRow[]> {
  const inputs = readInputs('graph-data');
  const runs = quick ? 3 : 9;
  buildKnowledgeGraph(inputs); // warm-up: JIT, the segmenter's ICU data
  const single = time(() => buildKnowledgeGraph(readInputs('graph-data')), runs);
  const floor = time(() => {
    for (const doc of readInputs('graph-data').documents) documentSentences(parseSourceDocument(doc));
  }, runs);
  const tenfold = repeated(inputs, 10);
  const ten = time(() => buildKnowledgeGraph(tenfold), quick ? 1 : 3);
  return [
    row({
      name: 'ingest-build',
      ours: single,
      baseline: floor,
      unit: 'ms',
      better: 'lower',
      note: 'baseline: read + parse + split into sentences only (the floor of any text pipeline)',
    }),
    row({
      name: 'ingest-build-10x',
      ours: ten,
      baseline: single * 10,
      unit: 'ms',
      better: 'lower',
      target: 1.5,
      note: 'the text repeated 10× as ten documents, against 10 × one build (1 = linear)',
    }),
  ];
}

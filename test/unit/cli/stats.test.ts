/** `atlas stats` (lib/cli/stats.ts): the counts a curator checks, per document too when there are several. */
import { describe, expect, it } from 'vitest';
import { formatSummary, summarize } from '@/lib/cli/stats';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { MINI_DOCUMENT, miniInputs } from '../../support/data';

describe('summarize', () => {
  it("counts each document's commitments by kind, and lists a document that has none", () => {
    const inputs = miniInputs();
    const silent = MINI_DOCUMENT.replace('id: atlantis-2020', 'id: atlantis-2021')
      .replace('Atlantis publishes this strategy. Countries should respect the UN Charter.', 'The UN Charter is old.')
      .replace('Atlantis will work in the UNGGE. It supports the UN.', 'The UNGGE met.');
    inputs.documents.push({ file: 'sources/atlantis-2021.md', text: silent });
    const summary = summarize(buildKnowledgeGraph(inputs));
    expect(summary.commitmentsByDocument).toEqual({
      'atlantis-2020': { total: 3, self: 2, others: 1 },
      'atlantis-2021': { total: 0, self: 0, others: 0 },
    });
    expect(formatSummary(summary)).toContain(
      'Commitments by document (total: self + others):\n  atlantis-2020                     3: 2 + 1\n  atlantis-2021                     0: 0 + 0',
    );
  });
});

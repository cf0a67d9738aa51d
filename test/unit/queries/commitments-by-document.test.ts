/**
 * GET /api/commitments?document=: with two documents in one atlas, each document's commitments alone, and an id
 * that is not a document refused as such (lib/queries/commitments.ts on the memory store; the contract suite
 * holds Neo4j to the same answers).
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { findCommitments } from '@/lib/queries/commitments';
import { MemoryStore } from '@/lib/store/memory';
import { MINI_DOCUMENT, miniInputs } from '../../support/data';

/** The made-up Atlantis strategy, and a second one of the same issuer three years on. */
function twoDocuments(): MemoryStore {
  const inputs = miniInputs();
  const later = MINI_DOCUMENT.replace('id: atlantis-2020', 'id: atlantis-2023')
    .replace('date: 2020-01-01', 'date: 2023-01-01')
    .replace('Atlantis will work in the UNGGE.', 'Atlantis will leave the UNGGE.');
  inputs.documents.push({ file: 'sources/atlantis-2023.md', text: later });
  return new MemoryStore(buildKnowledgeGraph(inputs));
}

describe('commitments of one document', () => {
  const store = twoDocuments();

  it("lists only that document's commitments, and both documents' without the filter", async () => {
    const all = await findCommitments(store, {});
    const later = await findCommitments(store, { document: 'atlantis-2023' });
    expect(new Set(all.map((c) => c.documentId))).toEqual(new Set(['atlantis-2020', 'atlantis-2023']));
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((c) => c.documentId === 'atlantis-2023')).toBe(true);
    expect(later.map((c) => c.text)).toContain('Atlantis will leave the UNGGE.');
    expect(later.length + (await findCommitments(store, { document: 'atlantis-2020' })).length).toBe(all.length);
  });

  it('combines with the other filters', async () => {
    const rows = await findCommitments(store, { document: 'atlantis-2020', forum: 'ungge' });
    expect(rows.map((c) => c.text)).toEqual(['Atlantis will work in the UNGGE.']);
  });

  it('refuses an unknown id, and an id that is not a document, by the name of the parameter', async () => {
    await expect(findCommitments(store, { document: 'atlantis-1999' })).rejects.toThrow(
      'commitments: unknown document "atlantis-1999"',
    );
    await expect(findCommitments(store, { document: 'ungge' })).rejects.toThrow(
      'commitments: unknown document "ungge" ("ungge" is a process; expected: document)',
    );
  });
});

/**
 * A stage that cannot go on: when the gazetteer's names cannot be made into a pattern (mocked here: reaching the
 * engine's real limit takes minutes), the build says so beside every problem found before it, never crashes.
 */
import { describe, expect, it, vi } from 'vitest';
import { AtlasDataError, formatIssue } from '@/lib/graph/errors';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { MINI_DOCUMENT, miniInputs } from '../../support/data';

vi.mock('@/lib/ingest/mentions', () => ({
  createMentionMatcher: (_entities: unknown, file?: string) => {
    throw new AtlasDataError('lib/ingest', [{ file, message: 'the names cannot be matched in the text (too large)' }]);
  },
}));

describe('buildKnowledgeGraph when the names cannot be matched', () => {
  it('reports it with the problems found before it', () => {
    const document = MINI_DOCUMENT.replace('date: 2020-01-01', 'date: 2020-02-30');
    let thrown: unknown;
    try {
      buildKnowledgeGraph(miniInputs({ document }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AtlasDataError);
    expect((thrown as AtlasDataError).issues.map(formatIssue)).toEqual([
      'sources/atlantis-2020.md:6: date: must be a date YYYY-MM-DD that exists',
      'gazetteer.yaml: the names cannot be matched in the text (too large)',
    ]);
  });
});

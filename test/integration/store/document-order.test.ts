/**
 * Neo4j lists several documents, and the rows of each, in date order, as the memory store does
 * (test/support/document-order.ts): the ORDER BY and the matrix's columns read each row's document's date.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { assignLayout } from '@/lib/graph/layout';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';
import type { Neo4jStore } from '@/lib/store/neo4j/store';
import { datesReversedFixture, documentOrderCases } from '../../support/document-order';
import { loadInto, openStore } from '../support/neo4j';

let store: Neo4jStore;

beforeAll(async () => {
  const kg = buildKnowledgeGraph(readInputs(datesReversedFixture()));
  assignLayout(kg.graph);
  await loadInto(kg);
  store = openStore();
});
afterAll(async () => store?.close());

describe('neo4j store: document order', () => {
  documentOrderCases(() => store);
});

/** The memory store lists several documents, and the rows of each, in date order (test/support/document-order.ts). */
import { describe } from 'vitest';
import { loadMemoryStore } from '@/lib/store/memory';
import { datesReversedFixture, documentOrderCases } from '../../support/document-order';

const store = loadMemoryStore(datesReversedFixture());

describe('memory store: document order', () => {
  documentOrderCases(() => store);
});

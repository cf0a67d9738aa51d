/**
 * Store contract
 * ==============
 * The cases every store must pass, on the real document graph (graph-data/). Run by test/unit/store/memory.test.ts
 * and by the Neo4j integration suite, which also checks that both stores give identical answers. The cases live in
 * test/support/contract/ by area (graph and search, matrix and commitments, commitments by their sentence's words,
 * named queries, the API's field names).
 */
import { describe } from 'vitest';
import { renderExport } from '@/lib/export';
import { findCommitments } from '@/lib/queries/commitments';
import { AtlasError } from '@/lib/store/errors';
import type { AtlasStore } from '@/lib/store/types';
import { graphCases } from './contract/graph-cases';
import { matrixCases } from './contract/matrix-cases';
import { queryCases } from './contract/query-cases';
import { sentenceCases } from './contract/sentence-cases';
import { shapeCases } from './contract/shape-cases';

/** A domain error as a value, so both stores' refusals (status and message) are compared too. */
async function settle(answer: Promise<unknown>): Promise<unknown> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof AtlasError) return { status: error.status, error: error.message };
    throw error;
  }
}

const query = (name: string, params: Record<string, unknown>) => (s: AtlasStore) => settle(s.runQuery(name, params));
const checked = (filter: Parameters<typeof findCommitments>[1]) => (s: AtlasStore) =>
  settle(findCommitments(s, filter));

/** Calls whose answers must be identical on every store (compared by the Neo4j suite). */
export const CONTRACT_CALLS: Array<[string, (store: AtlasStore) => Promise<unknown>]> = [
  ['stats', (s) => s.stats()],
  // Nodes and edges in one order on every store: the explorer draws overlapping nodes in it, and the ETag hashes it.
  ['graph', (s) => s.graph()],
  ['search ARF', (s) => s.search('ARF', 10)],
  ['search asean regional forum', (s) => s.search('asean regional forum', 10)],
  ['search un', (s) => s.search('un', 20)],
  ['search Wuzhen', (s) => s.search('Wuzhen', 5)],
  // Names written "Internet …": a Neo4j whose JVM lower-cases in a Turkish locale must still find them.
  ['search internet', (s) => s.search('internet', 20)],
  ['search regex characters', (s) => s.search('(china', 5)],
  ['search unicode', (s) => s.search('中国 ü', 5)],
  ['node arf', (s) => s.node('arf')],
  ['node china', (s) => s.node('china')],
  ['node commitment', (s) => s.node('iscc-2017-ch4-3-s3')],
  ['node action', (s) => s.node('action-partnership-in-cyberspace')],
  ['node section', (s) => s.node('iscc-2017-ch4-3')],
  ['node document', (s) => s.node('iscc-2017')],
  ['node unknown', (s) => s.node('no-such-node')],
  ['edge curated', (s) => s.edge('PART_OF:arf->asean')],
  ['edge text', (s) => s.edge('SUBMITTED:sco->code-of-conduct')],
  ['edge mentions', (s) => s.edge('MENTIONS:iscc-2017-ch4-3->arf')],
  ['edge unknown', (s) => s.edge('NOPE:a->b')],
  ['matrix', (s) => s.matrix()],
  ['matrix with parts', (s) => s.matrix({ parts: true })],
  ['matrix parts false', (s) => s.matrix({ parts: false })],
  ['commitments all', (s) => s.commitments({})],
  ['commitments arf', (s) => s.commitments({ forum: 'arf' })],
  [
    'commitments action+modality',
    (s) => s.commitments({ action: 'action-partnership-in-cyberspace', modality: 'will' }),
  ],
  ['commitments others', (s) => s.commitments({ kind: 'others' })],
  ['commitments q terrorism', (s) => s.commitments({ q: 'terrorism' })],
  ['commitments q words anywhere', (s) => s.commitments({ q: 'Internet governance' })],
  ['commitments q quoted phrase', (s) => s.commitments({ q: '"Internet governance"' })],
  ['commitments q punctuation and case', (s) => s.commitments({ q: 'CYBER-terrorism, China’s' })],
  ['commitments q inside a word', (s) => s.commitments({ q: 'terror' })],
  ['commitments q unicode', (s) => s.commitments({ q: '中国 über' })],
  // Regular-expression characters are punctuation to the query, never a pattern, on Neo4j's `=~` as in memory.
  ['commitments q regex characters', (s) => s.commitments({ q: 'a|b x* (?i)cyber \\p{L} [s]' })],
  ['commitments q unclosed quote', (s) => s.commitments({ q: '"cyber' })],
  // Case as JavaScript lower-cases, in every JVM locale: "ınternet" (dotless) and "ſecurity" (long s) are not found.
  ['commitments q upper case in the text', (s) => s.commitments({ q: 'INTERNET governance' })],
  ['commitments q dotless i, long s', (s) => s.commitments({ q: 'ınternet ſecurity' })],
  ['commitments q with kind and forum', (s) => s.commitments({ q: 'cooperation', kind: 'self', forum: 'arf' })],
  ['commitments checked q, unknown modality', checked({ q: 'terrorism', modality: 'bogus' })],
  ['commitments checked arf', checked({ forum: 'arf' })],
  ['commitments checked document', checked({ document: 'iscc-2017', kind: 'others' })],
  ['commitments checked document unknown', checked({ document: 'no-such-document' })],
  ['commitments checked document not one', checked({ document: 'arf' })],
  ['commitments checked principle', checked({ action: 'principle-peace' })],
  ['commitments checked known modality, none here', checked({ forum: 'arf', modality: 'opposes' })],
  ['commitments checked forum state', checked({ forum: 'china' })],
  ['commitments checked forum principle', checked({ forum: 'principle-peace' })],
  ['commitments checked action forum', checked({ action: 'arf' })],
  ['commitments checked unknown modality', checked({ modality: 'bogus' })],
  ['commitments later modality believes', (s) => s.commitments({ modality: 'believes' })],
  ['commitments later modality calls for, with forum', checked({ forum: 'unga', modality: 'calls for' })],
  ['documents', (s) => s.documents()],
  ['document', (s) => s.document('iscc-2017')],
  ['document unknown', (s) => s.document('nope')],
  ['query actions-for-forum arf', query('actions-for-forum', { forum: 'arf' })],
  ['query actions-for-forum sco', query('actions-for-forum', { forum: 'sco' })],
  ['query actions-for-forum un', query('actions-for-forum', { forum: 'un' })],
  ['query actions-for-forum unga', query('actions-for-forum', { forum: 'unga' })],
  ['query actions-for-forum un with its parts', query('actions-for-forum', { forum: 'un', parts: 'true' })],
  ['query actions-for-forum unga with its parts', query('actions-for-forum', { forum: 'unga', parts: true })],
  ['query actions-for-forum arf with no parts', query('actions-for-forum', { forum: 'arf', parts: 'true' })],
  ['query actions-for-forum icann', query('actions-for-forum', { forum: 'icann' })],
  ['query actions-for-forum asean (no link)', query('actions-for-forum', { forum: 'asean' })],
  ['query actions-for-forum state', query('actions-for-forum', { forum: 'china' })],
  ['query actions-for-forum unknown', query('actions-for-forum', { forum: 'no-such-forum' })],
  ['query forums-for-action partnership', query('forums-for-action', { action: 'action-partnership-in-cyberspace' })],
  [
    'query forums-for-action rule-based order',
    query('forums-for-action', { action: 'action-rule-based-order-in-cyberspace' }),
  ],
  [
    'query forums-for-action cyber crime',
    query('forums-for-action', { action: 'action-international-cooperation-on-cyber-terrorism-and-cyber-crimes' }),
  ],
  ['query forums-for-action unknown', query('forums-for-action', { action: 'arf' })],
  ['query shortest-path arf icann', query('shortest-path', { from: 'arf', to: 'icann' })],
  ['query shortest-path arf sco', query('shortest-path', { from: 'arf', to: 'sco' })],
  // An all-text chain as short as the curated one through China's memberships: both stores answer the text's.
  ['query shortest-path sco brics', query('shortest-path', { from: 'sco', to: 'brics' })],
  ['query shortest-path cica g20', query('shortest-path', { from: 'cica', to: 'g20' })],
  ['query shortest-path commitment asean', query('shortest-path', { from: 'iscc-2017-ch4-9-s4', to: 'asean' })],
  ['query shortest-path document unga', query('shortest-path', { from: 'iscc-2017', to: 'unga' })],
  ['query shortest-path unknown', query('shortest-path', { from: 'arf', to: 'no-such-node' })],
  ['query shortest-path same', query('shortest-path', { from: 'arf', to: 'arf' })],
  ['query neighborhood arf', query('neighborhood', { id: 'arf' })],
  ['query neighborhood arf 2', query('neighborhood', { id: 'arf', depth: 2 })],
  ['query neighborhood un 3', query('neighborhood', { id: 'un', depth: 3 })],
  ['query neighborhood commitment 2', query('neighborhood', { id: 'iscc-2017-ch4-3-s3', depth: '2' })],
  ['query neighborhood depth 4', query('neighborhood', { id: 'arf', depth: 4 })],
  ['query commitments-by-modality will', query('commitments-by-modality', { modality: 'will' })],
  ['query commitments-by-modality opposes', query('commitments-by-modality', { modality: 'Opposes' })],
  ['query commitments-by-modality unknown', query('commitments-by-modality', { modality: 'perhaps' })],
  ['query commitments-by-modality later verb', query('commitments-by-modality', { modality: 'is committed' })],
  ['query central-forums', query('central-forums', {})],
  ['query central-forums 3', query('central-forums', { limit: 3 })],
  ['query central-forums all', query('central-forums', { limit: 100 })],
  ['query unknown', query('no-such-query', {})],
  // Byte for byte: the export puts the graph in one order whatever order the store hands it over in.
  ['export json', async (s) => renderExport(await s.exportGraph(), 'json').body],
  ['export csv edges', async (s) => renderExport(await s.exportGraph(), 'csv').body],
  ['export csv nodes', async (s) => renderExport(await s.exportGraph(), 'csv', { part: 'nodes' }).body],
  ['export gexf', async (s) => renderExport(await s.exportGraph(), 'gexf').body],
  ['export graphml', async (s) => renderExport(await s.exportGraph(), 'graphml').body],
];

export function storeContract(name: string, getStore: () => AtlasStore): void {
  describe(`${name} store contract`, () => {
    graphCases(getStore);
    matrixCases(getStore);
    queryCases(getStore);
    sentenceCases(getStore);
    shapeCases(getStore);
  });
}

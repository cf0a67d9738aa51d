/** The table view's rows as CSV (lib/explorer/table/rows-csv.ts): what traces each row back, links that work outside. */
import { describe, expect, it } from 'vitest';
import { rowsCsv, rowsCsvFilename } from '@/lib/explorer/table/rows-csv';
import type { NodeRow } from '@/lib/explorer/table/rows';

const commitment: NodeRow = {
  id: 'iscc-2017-ch4-3-s3',
  label: 'China will promote practical cyber security cooperation among member st…',
  type: 'commitment',
  typeName: 'Commitment',
  aliases: [],
  detail: 'will',
  kind: 'self',
  documentId: 'iscc-2017',
  text: 'China will promote practical cyber security cooperation among member states of SCO and BRICS, "and" more.',
  degree: 5,
  centrality: 0.0123456789,
};
const forum: NodeRow = {
  id: 'arf',
  label: 'ASEAN Regional Forum',
  type: 'forum',
  typeName: 'Forum',
  aliases: ['ARF'],
  detail: '',
  degree: 7,
  centrality: 0.02,
};

describe('rowsCsv', () => {
  it('gives each row its id, whole sentence, document and addresses, in the order shown', () => {
    const lines = rowsCsv([forum, commitment], 'https://atlas.example.org').split('\r\n');
    expect(lines[0]).toBe('id,name,sentence,type,verbs and kind,document,relationships,centrality,explorer,reader');
    expect(lines[1]).toBe('arf,ASEAN Regional Forum,,Forum,,,7,0.02,https://atlas.example.org/?node=arf,');
    expect(lines[2]).toBe(
      'iscc-2017-ch4-3-s3,China will promote practical cyber security cooperation among member st…,' +
        '"China will promote practical cyber security cooperation among member states of SCO and BRICS, ""and"" more.",' +
        'Commitment,will,iscc-2017,5,0.012346,https://atlas.example.org/?node=iscc-2017-ch4-3-s3,' +
        'https://atlas.example.org/document?id=iscc-2017#iscc-2017-ch4-3-s3',
    );
  });

  it('names its document by the short name the table shows when several are loaded', () => {
    const csv = rowsCsv([{ ...commitment, document: 'China 2017' }], '');
    expect(csv.split('\r\n')[1]).toContain(',China 2017,');
  });
});

describe('rowsCsvFilename', () => {
  it('says the filter, the choice and the document, so two exports differ', () => {
    expect(rowsCsvFilename('', 'all', null)).toBe('strategy-atlas-table.csv');
    expect(rowsCsvFilename('cyber terrorism', 'others', null)).toBe('strategy-atlas-table-cyber-terrorism-others.csv');
    expect(rowsCsvFilename('"Internet governance"', 'commitments', 'eu-2020')).toBe(
      'strategy-atlas-table-internet-governance-commitments-eu-2020.csv',
    );
  });
});

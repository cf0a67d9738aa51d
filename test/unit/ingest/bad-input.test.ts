/** Bad input files: refused before parsing, with the file named; nothing half-built comes out. */
import { describe, expect, it } from 'vitest';
import { AtlasDataError } from '@/lib/graph/errors';
import { buildKnowledgeGraph } from '@/lib/ingest/build';
import { decodeInput, MAX_INPUT_BYTES } from '@/lib/ingest/input-file';
import { miniInputs } from '../../support/data';

describe('decodeInput', () => {
  it('refuses binary garbage', () => {
    const bytes = new Uint8Array(4096).map((_v, i) => (i * 7919) % 256);
    expect(() => decodeInput('sources/blob.md', bytes)).toThrow(/sources\/blob\.md: file contains NUL bytes/);
  });

  it('refuses invalid UTF-8', () => {
    expect(() => decodeInput('gazetteer.yaml', new Uint8Array([0x65, 0xff, 0xfe, 0x41]))).toThrow(
      /gazetteer\.yaml: file is not valid UTF-8/,
    );
  });

  it('refuses a 10 MB file', () => {
    const bytes = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    expect(MAX_INPUT_BYTES).toBeLessThan(bytes.byteLength);
    expect(() => decodeInput('sources/huge.md', bytes)).toThrow(/sources\/huge\.md: file is 10485760 bytes/);
  });

  it('normalises line endings and a byte-order mark', () => {
    expect(decodeInput('a.md', new TextEncoder().encode('\uFEFFa\r\nb\rc')).text).toBe('a\nb\nc');
  });
});

describe('buildKnowledgeGraph with bad data', () => {
  const fails = (overrides: Parameters<typeof miniInputs>[0]) => () => buildKnowledgeGraph(miniInputs(overrides));

  it('names a wrong type in the gazetteer', () => {
    const gazetteer = miniInputs().gazetteer.text.replace('type: process', 'type: committee');
    expect(fails({ gazetteer })).toThrow(AtlasDataError);
    expect(fails({ gazetteer })).toThrow(/gazetteer\.yaml:\d+: entities\[2\]\.type/);
  });

  it('names a gazetteer that is not a list of entities', () => {
    expect(fails({ gazetteer: 'entities: 42\n' })).toThrow(/gazetteer\.yaml:1: entities/);
    expect(fails({ gazetteer: '- just\n- a list\n' })).toThrow(/gazetteer\.yaml/);
  });

  it('names a document id that is not a slug', () => {
    const document = miniInputs().documents[0]!.text.replace('id: atlantis-2020', 'id: Atlantis 2020');
    expect(fails({ document })).toThrow(/sources\/atlantis-2020\.md:2: id: must be a lower-case slug/);
  });

  it('rejects a curation file of the wrong shape', () => {
    expect(fails({ curation: 'relations: yes\n' })).toThrow(/curation\.yaml:1: relations/);
  });
});

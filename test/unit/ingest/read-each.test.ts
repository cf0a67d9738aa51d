/** Reading each input on its own: every file's problems, what could be read, and what is left unchecked. */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/graph/errors';
import { readEach } from '@/lib/ingest/read-each';
import { MINI_DOCUMENT, MINI_GAZETTEER, miniInputs } from '../../support/data';

describe('readEach', () => {
  it('reads every file even when the others fail, and keeps what could be read', () => {
    const read = readEach(
      miniInputs({
        gazetteer: MINI_GAZETTEER.replace('type: process', 'type: committee'),
        document: MINI_DOCUMENT.replace('date: 2020-01-01', 'date: 2020-04-31'),
        curation: 'relations: yes\n',
      }),
    );
    expect(read.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^gazetteer\.yaml:11: entities\[2\]\.type/),
      expect.stringMatching(/^curation\.yaml:1: relations: /),
      'sources/atlantis-2020.md:6: date: must be a date YYYY-MM-DD that exists',
    ]);
    expect(read.gazetteer?.entities.map((e) => e.id)).toEqual(['atlantis', 'un', 'un-charter']);
    expect(read.documents.map((d) => d.meta.id)).toEqual(['atlantis-2020']);
    expect(read.curation.relations).toEqual([]);
    expect(read.notChecked).toEqual(["the curation's entries (they need a usable curation.yaml)"]);
  });

  it('names a document that could not be read by its file name, for the build to leave its references alone', () => {
    const read = readEach(miniInputs({ document: 'no front matter\n' }));
    expect(read.documents).toEqual([]);
    expect(read.unreadIds).toEqual(['atlantis-2020']);
    expect(read.notChecked).toEqual(['what the curation says about documents that could not be read']);
  });
});

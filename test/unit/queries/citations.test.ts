/** Citations of commitment sentences from a store's document views (lib/queries/citations.ts). */
import { describe, expect, it } from 'vitest';
import { citePassage } from '@/lib/explorer/document/citing';
import { citeCommitments, readerCitationContext, sectionHeadings } from '@/lib/queries/citations';
import { loadMemoryStore } from '@/lib/store/memory';

const store = loadMemoryStore('graph-data');

describe('commitment citations', () => {
  it('gives the section headings from the chapter down', async () => {
    const view = (await store.document('iscc-2017'))!;
    expect(sectionHeadings(view, 'iscc-2017-ch4-5')).toEqual([
      'Chapter IV. Plan of Action',
      '5. International Cooperation on Cyber Terrorism and Cyber Crimes',
    ]);
    expect(sectionHeadings(view, 'iscc-2017-conclusion')).toEqual(['Conclusion']);
    expect(sectionHeadings(view, 'no-such-section')).toEqual([]);
  });

  it('cites each sentence once per document read, and leaves out a sentence whose document is unknown', async () => {
    const [row] = await store.commitments({ forum: 'arf', action: 'action-partnership-in-cyberspace' });
    const citations = await citeCommitments(store, [row!, { ...row!, id: 'orphan', documentId: 'no-such-document' }]);
    expect(citations.get(row!.id)).toBe(
      `“${row!.text}” Ministry of Foreign Affairs of the People's Republic of China, International Strategy of ` +
        'Cooperation on Cyberspace, 1 March 2017, Chapter IV. Plan of Action, 3. Partnership in Cyberspace. ' +
        'https://www.fmprc.gov.cn/mfa_eng/wjb_663304/zzjg_663340/jks_665232/kjlc_665236/qtwt_665250/201703/t20170301_599869.html',
    );
    expect(citations.has('orphan')).toBe(false);
  });

  it("gives the reader every section's path, so a passage it shows is cited like the same sentence elsewhere", async () => {
    const view = (await store.document('iscc-2017'))!;
    const context = readerCitationContext(view);
    expect(Object.keys(context.sectionPaths).sort()).toEqual(view.sections.map((s) => s.id).sort());
    expect(context.sectionPaths['iscc-2017-ch4-3']).toEqual([
      'Chapter IV. Plan of Action',
      '3. Partnership in Cyberspace',
    ]);
    // A linked commitment in the reader reads exactly as the matrix's citation of it.
    const [row] = await store.commitments({ forum: 'arf', action: 'action-partnership-in-cyberspace' });
    const fromMatrix = (await citeCommitments(store, [row!])).get(row!.id);
    expect(citePassage(context, { quote: row!.text, sectionId: row!.sectionId, kind: 'sentence' })).toBe(fromMatrix);
    // JSON-safe: it travels from the server page to the client bar.
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
  });
});

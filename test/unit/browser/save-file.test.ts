/** Saving a CSV (lib/browser/save-file.ts): UTF-8 with a byte-order mark, so Excel reads "…" and accents as written. */
import { describe, expect, it } from 'vitest';
import { csvBlob } from '@/lib/browser/save-file';

describe('csvBlob', () => {
  it('starts with the UTF-8 byte-order mark, then the text in UTF-8', async () => {
    const text = 'name\r\n"China will … – “quoted”, Zürich"\r\n';
    const bytes = new Uint8Array(await csvBlob(text).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe(text);
    expect(csvBlob(text).type).toBe('text/csv;charset=utf-8');
  });
});

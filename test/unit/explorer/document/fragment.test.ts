import { describe, expect, it } from 'vitest';
import { fragmentId, fragmentTarget } from '@/lib/explorer/document/fragment';

describe('fragmentId', () => {
  it('decodes an escaped fragment', () => {
    expect(fragmentId('#caf%C3%A9')).toBe('café');
    expect(fragmentId('#iscc-2017-ch4-3-s3')).toBe('iscc-2017-ch4-3-s3');
  });
  it('reads a malformed escape as it stands instead of throwing (a link cut short)', () => {
    expect(fragmentId('#%')).toBe('%');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
  });
  it('is empty for no fragment', () => {
    expect(fragmentId('')).toBe('');
    expect(fragmentId('#')).toBe('');
  });
});

describe('fragmentTarget', () => {
  const page = new Map([['iscc-2017-ch4-3-s3', { id: 'iscc-2017-ch4-3-s3' } as unknown as Element]]);
  const byId = (id: string) => page.get(id) ?? null;
  it('finds an anchor by its id, and in another case by its lower-case form', () => {
    expect(fragmentTarget('#iscc-2017-ch4-3-s3', byId)).toBe(page.get('iscc-2017-ch4-3-s3'));
    expect(fragmentTarget('#ISCC-2017-CH4-3-S3', byId)).toBe(page.get('iscc-2017-ch4-3-s3'));
  });
  it('is null for a fragment that names nothing, malformed or empty', () => {
    for (const hash of ['', '#', '#nope', '#%', '#%E0%A4%A', '#%22%3E%3Cscript%3E'])
      expect(fragmentTarget(hash, byId)).toBeNull();
  });
});

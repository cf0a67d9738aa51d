/**
 * GET /api/matrix on the memory backend, called as Next calls it: the answer keeps its shape without `parts`,
 * counts the bodies within each forum with `parts=true`, and refuses a value that is not true or false (400 naming
 * the field), like every route's parameters.
 */
import { describe, expect, it, vi } from 'vitest';
import { GET as matrix } from '@/app/api/matrix/route';
import type { MatrixView } from '@/lib/store/types';

vi.stubEnv('ATLAS_BACKEND', 'memory');

const get = async (search = '') => {
  const response = await matrix(new Request(`http://atlas.test/api/matrix${search}`));
  return { status: response.status, body: await response.json() };
};
const unTotal = (view: MatrixView) =>
  view.cells.filter((cell) => cell.forum === 'un').reduce((sum, cell) => sum + cell.commitments.length, 0);

describe('GET /api/matrix', () => {
  it('answers {actions, forums, cells} with no `via` when parts is absent, blank or false', async () => {
    const plain = await get();
    expect(plain.status).toBe(200);
    expect(Object.keys(plain.body)).toEqual(['actions', 'forums', 'cells']);
    for (const cell of plain.body.cells)
      expect(Object.keys(cell)).toEqual(['action', 'forum', 'commitments', 'curated']);
    expect((await get('?parts=')).body).toEqual(plain.body);
    expect((await get('?parts=false')).body).toEqual(plain.body);
  });

  it('counts the bodies within each forum with parts=true, saying through which', async () => {
    const [plain, parts] = await Promise.all([get(), get('?parts=true')]);
    expect(parts.status).toBe(200);
    expect(unTotal(parts.body)).toBeGreaterThan(unTotal(plain.body));
    const governance = (parts.body as MatrixView).cells.find(
      (cell) => cell.forum === 'un' && cell.action === 'action-reform-of-global-internet-governance-system',
    );
    expect(governance?.via).toContainEqual({ commitment: 'iscc-2017-ch4-4-s2', parts: ['igf'] });
    for (const cell of parts.body.cells) expect(cell.via).toEqual(expect.any(Array));
  });

  it.each([
    ['?parts=yes', 'matrix: invalid parameter "parts": must be true or false'],
    ['?parts=1', 'matrix: invalid parameter "parts": must be true or false'],
    ['?parts=true&parts=false', 'matrix: invalid parameter "parts": given more than once (give it once)'],
    ['?part=true', 'matrix: invalid parameter "part": unknown parameter (expected one of: parts)'],
  ])('%s → 400 {error} naming the field', async (search, error) => {
    expect(await get(search)).toEqual({ status: 400, body: { error } });
  });

  it('ignores the cache-buster `_`', async () => {
    expect((await get('?parts=true&_=1700000000000')).status).toBe(200);
  });
});

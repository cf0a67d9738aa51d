/**
 * The matrix's assembly from links (lib/queries/matrix), on made-up links: each commitment once per cell however
 * many links bring it in, `curated` only when no link is the text's own, and with `parts` the `via` list that says
 * which bodies within the forum a commitment was counted through.
 */
import { describe, expect, it } from 'vitest';
import { assembleMatrix, matrixParamsSchema, type MatrixLink } from '@/lib/queries/matrix';

const actions = [
  { id: 'p2', label: 'Second', documentId: 'doc', documentDate: '2017-03-01', number: 2 },
  { id: 'p1', label: 'First', documentId: 'doc', documentDate: '2017-03-01', number: 1 },
];
const forums = [
  { id: 'un', label: 'United Nations', type: 'organization' as const, aliases: ['UN'] },
  { id: 'ga', label: 'General Assembly', type: 'organization' as const, aliases: [] },
];

/** A link of commitment `commitment` (at `start`) to `forum` under `action`, through `via` (the forum by default). */
const link = (
  action: string,
  forum: string,
  commitment: string,
  start: number,
  { via = forum, curated = false }: { via?: string; curated?: boolean } = {},
): MatrixLink => ({ action, forum, commitment, start, curated, via });

describe('assembleMatrix', () => {
  it('without parts: one cell per pair, commitments in reading order, no `via` field at all', () => {
    const view = assembleMatrix(actions, forums, [
      link('p2', 'un', 'c2', 20),
      link('p1', 'un', 'c3', 30, { curated: true }),
      link('p1', 'un', 'c1', 10),
    ]);
    expect(view.actions.map((a) => a.id)).toEqual(['p1', 'p2']);
    expect(view.forums.map((f) => f.id)).toEqual(['ga', 'un']);
    expect(view.cells).toEqual([
      { action: 'p1', forum: 'un', commitments: ['c1', 'c3'], curated: ['c3'] },
      { action: 'p2', forum: 'un', commitments: ['c2'], curated: [] },
    ]);
  });

  it('with parts: a sentence naming the forum and a body within it counts once, and needs no "via"', () => {
    const view = assembleMatrix(
      actions,
      forums,
      [link('p1', 'un', 'c1', 10), link('p1', 'un', 'c1', 10, { via: 'ga' }), link('p1', 'ga', 'c1', 10)],
      { parts: true },
    );
    expect(view.cells).toEqual([
      { action: 'p1', forum: 'ga', commitments: ['c1'], curated: [], via: [] },
      { action: 'p1', forum: 'un', commitments: ['c1'], curated: [], via: [] },
    ]);
  });

  it('with parts: a commitment counted only through bodies within the forum lists them, sorted, each once', () => {
    const view = assembleMatrix(
      actions,
      forums,
      [
        link('p1', 'un', 'c2', 20, { via: 'hrc' }),
        link('p1', 'un', 'c2', 20, { via: 'ga' }),
        link('p1', 'un', 'c2', 20, { via: 'hrc' }),
        link('p1', 'un', 'c1', 10),
      ],
      { parts: true },
    );
    expect(view.cells).toEqual([
      {
        action: 'p1',
        forum: 'un',
        commitments: ['c1', 'c2'],
        curated: [],
        via: [{ commitment: 'c2', parts: ['ga', 'hrc'] }],
      },
    ]);
  });

  it('with parts: curated only when every link is curated; a curated link to the forum itself still says "via"', () => {
    const view = assembleMatrix(
      actions,
      forums,
      [
        // Linked to the UN by a curator, but the sentence names the General Assembly: the text's, via the GA.
        link('p1', 'un', 'c1', 10, { curated: true }),
        link('p1', 'un', 'c1', 10, { via: 'ga' }),
        // Linked only by a curator, to a body within the UN: curated, and via that body.
        link('p1', 'un', 'c2', 20, { via: 'ga', curated: true }),
        // Linked only by a curator to the UN itself: curated, as without parts, and no "via".
        link('p1', 'un', 'c3', 30, { curated: true }),
      ],
      { parts: true },
    );
    expect(view.cells[0]).toEqual({
      action: 'p1',
      forum: 'un',
      commitments: ['c1', 'c2', 'c3'],
      curated: ['c2', 'c3'],
      via: [
        { commitment: 'c1', parts: ['ga'] },
        { commitment: 'c2', parts: ['ga'] },
      ],
    });
  });

  it("orders several documents' items by the documents' dates, then by number, as the reader lists the documents", () => {
    const view = assembleMatrix(
      [
        { id: 'a-2', label: 'A two', documentId: 'atlantis', documentDate: '2020-05-01', number: 2 },
        { id: 'z-1', label: 'Z one', documentId: 'zembla', documentDate: '2015-01-01', number: 1 },
        { id: 'a-1', label: 'A one', documentId: 'atlantis', documentDate: '2020-05-01', number: 1 },
        { id: 'b-1', label: 'B one', documentId: 'bohemia', documentDate: '2020-05-01', number: 1 },
      ],
      forums,
      [],
    );
    expect(view.actions.map((a) => a.id)).toEqual(['z-1', 'a-1', 'a-2', 'b-1']);
  });

  it('gives the same cells with and without parts when no link goes through a part, but for the empty `via`', () => {
    const links = [link('p1', 'un', 'c1', 10), link('p2', 'ga', 'c2', 5, { curated: true })];
    const plain = assembleMatrix(actions, forums, links);
    const withParts = assembleMatrix(actions, forums, links, { parts: true });
    expect(withParts.cells).toEqual(plain.cells.map((cell) => ({ ...cell, via: [] })));
  });
});

describe('GET /api/matrix parameters', () => {
  it('takes parts as true or false, absent or blank meaning false, and refuses anything else', () => {
    expect(matrixParamsSchema.parse({})).toEqual({ parts: false });
    expect(matrixParamsSchema.parse({ parts: ' TRUE ' })).toEqual({ parts: true });
    expect(matrixParamsSchema.parse({ parts: 'false' })).toEqual({ parts: false });
    expect(matrixParamsSchema.safeParse({ parts: 'yes' }).error?.issues[0]).toMatchObject({
      path: ['parts'],
      message: 'must be true or false',
    });
    expect(matrixParamsSchema.safeParse({ part: 'true' }).success).toBe(false);
  });
});

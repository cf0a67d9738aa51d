/** The matrix's URL: ids in any case, and a link to a cell the matrix does not have is named, not ignored. */
import { describe, expect, it } from 'vitest';
import { missingCellMessage, parseMatrixState, unreadCellMessage } from '@/lib/queries/matrix-url';

const view = { forums: [{ id: 'arf' }, { id: 'sco' }], actions: [{ id: 'action-a' }] };

describe('parseMatrixState: ids as the API reads them', () => {
  it('reads forum, action and document in any case', () => {
    expect(parseMatrixState('forum=SCO&action=Action-A&document=ISCC-2017')).toMatchObject({
      forum: 'sco',
      action: 'action-a',
      document: 'iscc-2017',
    });
  });
});

describe('missingCellMessage', () => {
  it('is null without a cell, and for a cell the matrix has', () => {
    expect(missingCellMessage(view, { forum: null, action: null })).toBeNull();
    expect(missingCellMessage(view, { forum: 'arf', action: 'action-a' })).toBeNull();
  });

  it('names what is unknown: the forum, the item, or both', () => {
    expect(missingCellMessage(view, { forum: 'nope', action: 'action-a' })).toMatch(
      /^The matrix has no forum, organisation or process "nope": the link may be mistyped/,
    );
    expect(missingCellMessage(view, { forum: 'arf', action: 'action-z' })).toMatch(
      /^The matrix has no plan-of-action item "action-z": /,
    );
    expect(missingCellMessage(view, { forum: 'x', action: 'y' })).toMatch(
      /^The matrix has no forum, organisation or process "x" and no plan-of-action item "y": /,
    );
  });
});

describe('unreadCellMessage', () => {
  it('is null without a cell, and for a well-formed one (missingCellMessage speaks for an unknown one)', () => {
    expect(unreadCellMessage('')).toBeNull();
    expect(unreadCellMessage('forum=&action=')).toBeNull();
    expect(unreadCellMessage('forum=SCO&action=action-a')).toBeNull();
    expect(unreadCellMessage('forum=nope&action=nope')).toBeNull();
  });
  it('names a half-given cell or one whose id is garbled, quoted short', () => {
    expect(unreadCellMessage('forum=sco')).toMatch(
      /^The link asks for a cell the matrix cannot read \(forum "sco", no item\)/,
    );
    expect(unreadCellMessage('action=action-a')).toMatch(/\(no forum, item "action-a"\)/);
    expect(unreadCellMessage('forum=%22%3E%3Cscript%3E&action=action-a')).toMatch(
      /\(forum ""><script>", item "action-a"\)/,
    );
    expect(unreadCellMessage(`forum=${'x'.repeat(10_000)}!&action=a`)).toContain(`forum "${'x'.repeat(40)}…"`);
  });
  it('quotes a long unknown id short in missingCellMessage too', () => {
    expect(missingCellMessage(view, { forum: 'x'.repeat(10_000), action: 'action-a' })).toContain(
      `"${'x'.repeat(40)}…"`,
    );
  });
});

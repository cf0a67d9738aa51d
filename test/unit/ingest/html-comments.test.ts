/** HTML comments in a source (lib/ingest/html-comments.ts). */
import { describe, expect, it } from 'vitest';
import { findHtmlComments } from '@/lib/ingest/html-comments';

describe('HTML comments', () => {
  it('finds each comment from "<!--" to the end of "-->", and an unclosed one to the end', () => {
    const body = 'A <!-- one --> B <!-- two\n# x\n--> C <!-- three';
    expect(findHtmlComments(body)).toEqual([
      { start: 2, end: 14, closed: true },
      { start: 17, end: 33, closed: true },
      { start: 36, end: body.length, closed: false },
    ]);
  });

  it('finds none in prose, and does not close a comment with its own opening dashes', () => {
    expect(findHtmlComments('Costs -> benefits; a <- b.')).toEqual([]);
    expect(findHtmlComments('<!-->')).toEqual([{ start: 0, end: 5, closed: false }]);
  });
});

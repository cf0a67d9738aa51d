/** Fenced code blocks in a body: where they open and close, as CommonMark reads them. */
import { describe, expect, it } from 'vitest';
import { findFences } from '@/lib/ingest/fences';

describe('findFences', () => {
  it('finds ``` and ~~~ blocks with their ranges, closed only by the same character, at least as long', () => {
    const body = 'Text.\n```js\n# x\n~~~\n```\nMore.\n  ~~~~\n```\n~~~~~ \nEnd.';
    expect(findFences(body).map(({ lineIndex, marker, closed }) => [lineIndex, marker, closed])).toEqual([
      [1, '```', true],
      [6, '~~~~', true],
    ]);
    const [first] = findFences(body);
    expect(body.slice(first!.start, first!.end)).toBe('```js\n# x\n~~~\n```');
  });

  it('runs an unclosed fence to the end; ignores backticks inside a line and lines indented four spaces', () => {
    expect(findFences('a\n~~~\nb')).toEqual([{ start: 2, end: 7, lineIndex: 1, marker: '~~~', closed: false }]);
    expect(findFences('It is ```old```.\n    ```\n``')).toEqual([]);
  });
});

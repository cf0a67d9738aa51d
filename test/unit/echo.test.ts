/**
 * lib/echo: user input quoted back in messages and on pages, cut short and with the control characters a page cannot
 * hold shown.
 */
import { describe, expect, it } from 'vitest';
import { echo } from '@/lib/echo';

describe('echo', () => {
  it('cuts a long input and marks the cut', () => {
    expect(echo('x'.repeat(250))).toBe(`${'x'.repeat(200)}…`);
    expect(echo('abcdef', 3)).toBe('abc…');
    expect(echo('arf')).toBe('arf');
  });

  it('shows control characters as U+FFFD, keeping tabs, line breaks and every other character', () => {
    expect(echo('a\u0000b\u001Fc\u007F')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(echo('a\tb\nc — “é” 中文 🙂')).toBe('a\tb\nc — “é” 中文 🙂');
  });
});

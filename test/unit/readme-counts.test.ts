/** The README's "What is in the graph" table: its counts are the graph's, so the README stays true as the data grows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '@/lib/cli/stats';
import { realGraph } from '../support/data';

/** Rows of the table: the node types of the first column, the counts of the last ("4, 6, 9" per type, or a sum). */
function tableRows(readme: string): Array<{ types: string[]; counts: number[] }> {
  const section = readme.split('## What is in the graph')[1]?.split('\n\n')[1] ?? '';
  return section
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => ({
      types: (cells[1] ?? '').split(',').map((type) => type.trim()),
      counts: (cells.at(-2) ?? '').split(',').map((count) => Number(count.trim())),
    }));
}

describe('README', () => {
  it('gives the counts of the document graph by node type', () => {
    const { nodesByType } = summarize(realGraph());
    const rows = tableRows(readFileSync('README.md', 'utf8'));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const listed = rows.flatMap((row) => row.types);
    // Every type the graph has appears in the table.
    expect(Object.keys(nodesByType).filter((type) => !listed.includes(type))).toEqual([]);
    for (const { types, counts } of rows) {
      const actual = types.map((type) => nodesByType[type] ?? 0);
      const expected = counts.length === types.length ? actual : [actual.reduce((a, b) => a + b, 0)];
      expect({ types, counts }).toEqual({ types, counts: expected });
    }
  });
});

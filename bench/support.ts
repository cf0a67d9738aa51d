/**
 * Benchmark support
 * =================
 * The result row every benchmark produces (ours against a baseline measured in the same run, as a ratio), small
 * statistics, and the writers of bench/results.json and the README's Performance table.
 */
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';

export interface BenchRow {
  name: string;
  ours: number;
  baseline: number;
  ratio: number;
  unit: string;
  better: 'higher' | 'lower';
  /** The target the ratio should meet (≥ for higher, ≤ for lower), when the issue sets one. */
  target?: number;
  note?: string;
}

export function row(fields: Omit<BenchRow, 'ratio'>): BenchRow {
  const ratio = fields.baseline === 0 ? Number.NaN : fields.ours / fields.baseline;
  return { ...fields, ours: round(fields.ours), baseline: round(fields.baseline), ratio: round(ratio, 3) };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function meets(r: BenchRow): boolean | undefined {
  if (r.target === undefined || Number.isNaN(r.ratio)) return undefined;
  return r.better === 'higher' ? r.ratio >= r.target : r.ratio <= r.target;
}

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header =
    '| benchmark | ours | baseline | unit | ratio | better | target | met |\n|---|---:|---:|---|---:|---|---:|---|';
  const lines = rows.map((r) => {
    const met = meets(r);
    const target = r.target === undefined ? '' : `${r.better === 'higher' ? '≥' : '≤'} ${r.target}`;
    return `| ${r.name} | ${r.ours} | ${r.baseline} | ${r.unit} | ${r.ratio} | ${r.better} | ${target} | ${met === undefined ? '' : met ? 'yes' : '**no**'} |`;
  });
  return [header, ...lines].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the README's Performance table (between the bench markers) with this run's. */
export function updateReadme(rows: readonly BenchRow[], when: Date, readmePath = 'README.md'): void {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return;
  const notes = rows.filter((r) => r.note).map((r) => `- **${r.name}**: ${r.note}`);
  const body = [
    START,
    `Last run ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()} (\`npm run bench\`; raw numbers in \`bench/results.json\`).`,
    '',
    formatTable(rows),
    '',
    ...notes,
    END,
  ].join('\n');
  writeFileSync(readmePath, readme.slice(0, start) + body + readme.slice(end + END.length));
}

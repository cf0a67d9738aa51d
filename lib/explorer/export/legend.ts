/**
 * PNG legend
 * ==========
 * The legend of an exported image, so a PNG taken out of the app still says what its colours and line styles mean
 * (placed beside the graph by sheet.ts). Layout (what to draw, where) is computed apart from the drawing so it can be
 * tested without a canvas;
 * edge samples are the page legend's (lib/explorer/graph/edges.ts), so both show what the canvas draws.
 */
import type { NodeType } from '@/lib/graph/schema';
import { TYPE_STYLE } from '@/lib/graph/style';
import { isTypeVisible } from '../filters/types';
import { EDGE_DEPICTION, edgeSample, isCurved } from '../graph/edges';
import { NODE_TYPE_ORDER } from '../graph/kinds';

export interface LegendEntry {
  kind: 'node' | 'edge';
  label: string;
  color: string;
  /** Edges: drawn as a curved arrow (as the canvas draws curated ones), else a straight one. */
  curved?: boolean;
}

/** The exported legend: the node types the graph has and the filter shows (legend order), then the relationships. */
export function legendEntries(
  counts: ReadonlyMap<string, number>,
  visibleTypes: readonly NodeType[] | null,
): LegendEntry[] {
  return [
    ...NODE_TYPE_ORDER.filter((type) => counts.has(type) && isTypeVisible(visibleTypes, type)).map(
      (type): LegendEntry => ({ kind: 'node', label: TYPE_STYLE[type].plural, color: TYPE_STYLE[type].color }),
    ),
    ...edgeLegendEntries(),
  ];
}

/** The legend rows of the relationship kinds, in the order the page's legend lists them. */
export function edgeLegendEntries(): LegendEntry[] {
  return [EDGE_DEPICTION.text, EDGE_DEPICTION.curated].map((depiction) => ({
    kind: 'edge',
    label: depiction.label,
    color: depiction.color,
    curved: isCurved(depiction),
  }));
}

export interface LegendBox {
  x: number;
  y: number;
  width: number;
  height: number;
  rows: Array<LegendEntry & { y: number }>;
}

const PADDING = 10;
const ROW = 18;
const TITLE = 20;
const SWATCH = 24;
const SAMPLE_HEIGHT = 12;

export function legendLayout(
  entries: readonly LegendEntry[],
  measure: (text: string) => number,
  origin: { x: number; y: number } = { x: 0, y: 0 },
  title = 'Legend',
): LegendBox {
  const textWidth = Math.max(measure(title), ...entries.map((entry) => measure(entry.label)));
  const width = Math.ceil(PADDING * 2 + SWATCH + 6 + textWidth);
  const height = PADDING * 2 + TITLE + entries.length * ROW;
  const { x, y } = origin;
  return {
    x,
    y,
    width,
    height,
    rows: entries.map((entry, i) => ({ ...entry, y: y + PADDING + TITLE + i * ROW + ROW / 2 })),
  };
}

/** The font the legend is measured and drawn in. */
export const LEGEND_FONT = '12px system-ui, sans-serif';

/** Draws a legend laid out by legendLayout with a 2D context already scaled to CSS pixels. */
export function drawLegend(ctx: CanvasRenderingContext2D, box: LegendBox, title = 'Legend'): void {
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#d0d7de';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
  ctx.fillStyle = '#1b1f23';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${LEGEND_FONT}`;
  ctx.fillText(title, box.x + PADDING, box.y + PADDING + TITLE / 2 - 2);
  ctx.font = LEGEND_FONT;
  for (const row of box.rows) {
    const sx = box.x + PADDING;
    if (row.kind === 'node') {
      ctx.beginPath();
      ctx.fillStyle = row.color;
      ctx.arc(sx + SWATCH / 2, row.y, 5, 0, Math.PI * 2);
      ctx.fill();
    } else {
      const sample = edgeSample(row.curved ?? false, SWATCH, SAMPLE_HEIGHT);
      ctx.save();
      ctx.translate(sx, row.y - SAMPLE_HEIGHT / 2);
      ctx.strokeStyle = row.color;
      ctx.fillStyle = row.color;
      ctx.lineWidth = 2;
      ctx.stroke(new Path2D(sample.line));
      ctx.fill(new Path2D(sample.head));
      ctx.restore();
    }
    ctx.fillStyle = '#1b1f23';
    ctx.fillText(row.label, sx + SWATCH + 6, row.y);
  }
  ctx.restore();
}

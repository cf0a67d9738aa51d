/**
 * Export sheet
 * ============
 * The PNG "Export PNG" downloads: the view as the reader sees it (not the rows under the toolbar or a phone's open
 * sheet, where the camera framed nothing), with its legend in a column beside it (drawn over the graph,
 * it hid the labels in its corner) — or below it when the view is narrow, as on a phone, where a column beside it
 * and a one-line footer made a wide, thin strip — and a footer that says what the picture is — the atlas, the
 * documents it shows and the address of the view, so a figure pasted into a report can be traced back and opened
 * again. The layout is computed apart from the drawing, so it is tested without a canvas.
 */
import { drawLegend, LEGEND_FONT, legendLayout, type LegendBox, type LegendEntry } from './legend';

const GAP = 16;
const FOOTER_LINE = 16;

export interface SheetLayout {
  width: number;
  height: number;
  legend: LegendBox;
  /** Baselines of the footer's lines, below the graph and the legend. */
  footer: Array<{ text: string; x: number; y: number }>;
}

/** Narrower than this (CSS pixels), the view gets its legend below it, and its footer wrapped to its width. */
export const NARROW_VIEW = 560;

/**
 * Where the graph (at 0, 0), the legend (right of it, or below a narrow one) and the footer lines go, in CSS pixels.
 * A narrow view's footer wraps to the sheet's width, so a phone's figure stays as wide as its view.
 */
export function sheetLayout(
  graph: { width: number; height: number },
  entries: readonly LegendEntry[],
  footer: readonly string[],
  measure: (text: string) => number,
): SheetLayout {
  const narrow = graph.width < NARROW_VIEW;
  const legend = legendLayout(
    entries,
    measure,
    narrow ? { x: GAP, y: graph.height + GAP } : { x: graph.width + GAP, y: GAP },
  );
  const lines = narrow
    ? footer.flatMap((text) => wrapText(text, Math.max(graph.width, legend.width + 2 * GAP) - 2 * GAP, measure))
    : footer;
  const footerWidth = Math.max(0, ...lines.map(measure));
  const width = Math.ceil(Math.max(graph.width, legend.x + legend.width + GAP, footerWidth + 2 * GAP));
  const top = Math.max(graph.height, legend.y + legend.height) + GAP;
  return {
    width,
    height: Math.ceil(top + lines.length * FOOTER_LINE + GAP / 2),
    legend,
    footer: lines.map((text, i) => ({ text, x: GAP, y: top + i * FOOTER_LINE + FOOTER_LINE / 2 })),
  };
}

/**
 * A line broken into lines no wider than `width`: between words, and within a word (an address) that is wider on its
 * own. A line always takes at least one character, so a width below one character still ends.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/(?<= )/)) {
    if (measure(line + word.trimEnd()) <= width) {
      line += word;
      continue;
    }
    push();
    let rest = word;
    while (measure(rest.trimEnd()) > width) {
      let take = 1;
      while (take < rest.length && measure(rest.slice(0, take + 1)) <= width) take += 1;
      lines.push(rest.slice(0, take));
      rest = rest.slice(take);
    }
    line = rest;
  }
  push();
  return lines.map((l) => l.trimEnd());
}

/** The footer's lines: what the image shows and where to open it again. */
export function sheetFooter(documents: readonly string[], viewUrl: string, exportedOn: Date): string[] {
  const day = exportedOn.toISOString().slice(0, 10);
  return [`Strategy Atlas${documents.length ? ` · ${documents.join('; ')}` : ''}`, `${viewUrl} · exported ${day}`];
}

/**
 * The file's name: the selection's id when there is one (`strategy-atlas-sco.png`), so that the figures exported for a
 * report are told apart in a downloads folder, not saved as "strategy-atlas (3).png"; kept to letters, digits and
 * hyphens, as an edge's id (`SUBMITTED:sco->code-of-conduct`) holds characters some file systems refuse.
 */
export function sheetFilename(viewUrl: string): string {
  const params = new URL(viewUrl).searchParams;
  const selected = (params.get('node') ?? params.get('edge') ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return selected ? `strategy-atlas-${selected}.png` : 'strategy-atlas.png';
}

/** The rows of the view a reader sees: below the toolbar and above an open sheet (CSS pixels). */
export interface VisibleRows {
  top: number;
  bottom: number;
}

/** The part of the graph canvas (CSS pixels) the reader sees: all of it but the rows overlays cover. */
export function visibleRegion(canvas: { width: number; height: number }, covered: VisibleRows) {
  const top = Math.max(0, Math.min(covered.top, canvas.height - 1));
  const bottom = Math.max(0, Math.min(covered.bottom, canvas.height - top - 1));
  return { y: top, width: canvas.width, height: canvas.height - top - bottom };
}

/**
 * Draws the sheet: the part of the graph canvas (device pixels) the reader sees (`covered`: the rows under the
 * toolbar and an open sheet, whose graph the screen does not show), the legend and the footer, at the same device
 * pixel ratio.
 */
export function drawSheet(
  graph: HTMLCanvasElement,
  entries: readonly LegendEntry[],
  footer: readonly string[],
  scale: number,
  covered: VisibleRows = { top: 0, bottom: 0 },
): HTMLCanvasElement {
  const sheet = document.createElement('canvas');
  const ctx = sheet.getContext('2d');
  if (!ctx) throw new Error('lib/explorer/export: no 2D context for the exported image');
  ctx.font = LEGEND_FONT;
  const region = visibleRegion({ width: graph.width / scale, height: graph.height / scale }, covered);
  const layout = sheetLayout(region, entries, footer, (text) => ctx.measureText(text).width);
  sheet.width = Math.round(layout.width * scale);
  sheet.height = Math.round(layout.height * scale);
  // Resizing reset the context: set it up again.
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.drawImage(
    graph,
    0,
    region.y * scale,
    region.width * scale,
    region.height * scale,
    0,
    0,
    region.width,
    region.height,
  );
  ctx.strokeStyle = '#d0d7de';
  ctx.strokeRect(0.5, 0.5, region.width - 1, region.height - 1);
  drawLegend(ctx, layout.legend);
  ctx.fillStyle = '#57606a';
  ctx.font = LEGEND_FONT;
  ctx.textBaseline = 'middle';
  for (const line of layout.footer) ctx.fillText(line.text, line.x, line.y);
  return sheet;
}

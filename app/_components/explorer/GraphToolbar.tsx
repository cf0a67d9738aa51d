/**
 * Graph toolbar
 * =============
 * Controls over the canvas: the layout to run (from the catalog) with Run / Stop, zoom, Fit (the whole graph,
 * below this toolbar), and PNG export of the current view with its legend. Lives under <SigmaContainer> because zoom and export act on the sigma instance.
 * The toolbar renders with the first frame, but what its buttons run does not: @sigma/export-image is imported on
 * "Export PNG" and the layouts' code on "Run layout" (LayoutController), so neither is in the page's first scripts.
 */
'use client';

import { useCamera, useSigma } from '@react-sigma/core';
import { labelsPlaced } from '@/lib/explorer/graph/labels';
import { useState } from 'react';
import type { LegendEntry } from '@/lib/explorer/export/legend';
import { drawSheet, sheetFilename, sheetFooter } from '@/lib/explorer/export/sheet';
import { homeTarget } from '@/lib/explorer/graph/camera';
import { saveFile } from '@/lib/browser/save-file';
import { motionMs } from '@/lib/explorer/graph/motion';
import { viewFrame } from '@/lib/explorer/graph/view-frame';
import { LAYOUT_CATALOG } from '@/lib/explorer/layouts/catalog';

interface Props {
  layoutId: string;
  running: boolean;
  onLayoutChange: (id: string) => void;
  onRun: () => void;
  onStop: () => void;
  legend: readonly LegendEntry[];
}

export function GraphToolbar({ layoutId, running, onLayoutChange, onRun, onStop, legend }: Props) {
  const sigma = useSigma();
  const { zoomIn, zoomOut } = useCamera({ duration: motionMs(250) });
  const [exportError, setExportError] = useState<string | null>(null);
  // What the last export saved: a download gives a screen reader no word of its own.
  const [exported, setExported] = useState('');
  const layout = LAYOUT_CATALOG.find((l) => l.id === layoutId);

  const exportPng = async () => {
    setExportError(null);
    setExported('');
    try {
      const { drawOnCanvas } = await import('@sigma/export-image');
      // The export draws with a sigma of its own; its labels are placed once its frame is over (labels.ts).
      const view = await drawOnCanvas(sigma, { backgroundColor: '#ffffff', withTempRenderer: labelsPlaced });
      const graph = sigma.getGraph();
      const documents = graph.filterNodes((_, attributes) => attributes.nodeType === 'document');
      const footer = sheetFooter(
        documents.map((id) => String(graph.getNodeAttribute(id, 'label'))),
        window.location.href,
        new Date(),
      );
      const { top, bottom = 0 } = viewFrame(sigma);
      const canvas = drawSheet(view, legend, footer, window.devicePixelRatio || 1, { top, bottom });
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (b) => (b ? resolve(b) : reject(new Error('app/explorer/export: the canvas gave no PNG'))),
          'image/png',
        ),
      );
      const filename = sheetFilename(window.location.href);
      saveFile(blob, filename);
      setExported(`Exported ${filename}`);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    // Marked as covering the canvas's top: the camera fits the graph below it (lib/explorer/graph/view-frame).
    <div className="graph-toolbar" role="toolbar" aria-label="Graph controls" data-covers-graph="top">
      <label className="toolbar-field">
        <span>Layout</span>
        <select value={layoutId} onChange={(event) => onLayoutChange(event.target.value)} disabled={running}>
          {LAYOUT_CATALOG.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      {running ? (
        <button type="button" onClick={onStop} className="button-primary">
          Stop layout
        </button>
      ) : (
        <button type="button" onClick={onRun} title={layout?.description}>
          Run layout
        </button>
      )}
      <span className="toolbar-sep" aria-hidden="true" />
      <button type="button" onClick={() => zoomIn()} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoomOut()} aria-label="Zoom out">
        −
      </button>
      {/* The whole graph below this toolbar, not sigma's home view, which fills the canvas under it too. */}
      <button
        type="button"
        onClick={() => {
          sigma
            .getCamera()
            .animate(homeTarget(viewFrame(sigma)), { duration: motionMs(250) })
            .catch(() => {
              // Replaced by a newer camera move: nothing to do.
            });
        }}
        title="Fit the whole graph in view"
      >
        Fit
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <button type="button" onClick={exportPng}>
        Export PNG
      </button>
      <p role="status" className="visually-hidden">
        {exported}
      </p>
      {exportError ? (
        <p role="alert" className="toolbar-error">
          {exportError}
        </p>
      ) : null}
    </div>
  );
}

/**
 * WebGL constants on the server
 * =============================
 * sigma reads WebGL enum constants (`WebGL2RenderingContext.FLOAT` …) when its modules are evaluated. The graph view
 * is bundled with the explorer page, so its modules are evaluated on the server too, where WebGL does not exist;
 * the view itself is only ever rendered in the browser. On the server this stands in for the two constant holders
 * (any constant reads as 0, never used); in the browser it does nothing. Imported before sigma by the graph view.
 */
if (typeof window === 'undefined') {
  const constants = new Proxy({}, { get: () => 0 });
  const scope = globalThis as Record<string, unknown>;
  scope.WebGLRenderingContext ??= constants;
  scope.WebGL2RenderingContext ??= constants;
}

export {};

/**
 * lib/explorer/graph/server-webgl-stub.ts: with it, sigma and the sigma packages the graph view imports can be
 * evaluated where WebGL does not exist (the server evaluates the explorer page's modules; it never renders the view).
 * The unit project runs in Node, which has no WebGL: without the stub these imports throw.
 */
import { describe, expect, it } from 'vitest';

describe('server WebGL stub', () => {
  it('lets sigma and its program packages load where WebGL does not exist', async () => {
    expect('WebGL2RenderingContext' in globalThis).toBe(false);
    await import('@/lib/explorer/graph/server-webgl-stub');
    const [sigma, rendering, curve, exportImage, reactSigma] = await Promise.all([
      import('sigma'),
      import('sigma/rendering'),
      import('@sigma/edge-curve'),
      import('@sigma/export-image'),
      import('@react-sigma/core'),
    ]);
    expect(typeof sigma.default).toBe('function');
    expect(typeof rendering.NodeCircleProgram).toBe('function');
    expect(typeof curve.EdgeCurvedArrowProgram).toBe('function');
    expect(typeof exportImage.downloadAsPNG).toBe('function');
    expect(typeof reactSigma.useSigma).toBe('function');
  });
});

/**
 * The graph view's frame
 * ======================
 * What the camera needs to know about the view sigma draws in: its height, how much of its top the toolbar (any
 * element marked `data-covers-graph="top"` beside sigma's container, as the controllers render it) hides, how much
 * of its bottom an open drawer hides (an element marked `data-covers-graph="bottom"`: the details sheet on a phone),
 * and which way is down in sigma's framed coordinates. Measured when the camera moves, so a toolbar that wraps onto
 * two lines on a phone counts as it is.
 */
import type Sigma from 'sigma';
import type { ViewFrame } from './camera';

/** The attribute that marks an overlay over the top of the graph (the toolbar). */
export const COVERS_TOP = 'data-covers-graph';

/**
 * Pixels hidden at the top of the container: the lowest bottom edge of the overlays marked as covering it, looked
 * for in `root` (sigma's container's parent: the controllers' overlays are its siblings, not inside it).
 */
export function coveredTop(container: HTMLElement, root: ParentNode = container.parentElement ?? container): number {
  const top = container.getBoundingClientRect().top;
  let covered = 0;
  for (const overlay of root.querySelectorAll<HTMLElement>(`[${COVERS_TOP}="top"]`)) {
    const box = overlay.getBoundingClientRect();
    // A hidden overlay (display: none) has an empty box: it covers nothing.
    if (box.height > 0) covered = Math.max(covered, box.bottom - top);
  }
  return covered;
}

/**
 * Pixels hidden at the bottom of the container by an open bottom sheet (`data-covers-graph="bottom"` and
 * `data-open="true"`, fixed to the viewport's bottom). Counted at the height it may grow to (its max-height) rather
 * than its height now: the camera moves as the selection is made, before the sheet's content has loaded, and while
 * it slides in (a transform, which its layout height ignores). A sheet beside the graph (the wide layout's column)
 * covers none of it.
 */
export function coveredBottom(container: HTMLElement, root: ParentNode = document): number {
  const view = container.getBoundingClientRect();
  let covered = 0;
  for (const sheet of root.querySelectorAll<HTMLElement>(`[${COVERS_TOP}="bottom"][data-open="true"]`)) {
    const box = sheet.getBoundingClientRect();
    if (box.width === 0 || box.right <= view.left || box.left >= view.right) continue;
    const maxHeight = Number.parseFloat(getComputedStyle(sheet).maxHeight);
    const height = Math.max(sheet.offsetHeight, Number.isFinite(maxHeight) ? maxHeight : 0);
    covered = Math.max(covered, view.bottom - (window.innerHeight - height));
  }
  return Math.max(0, Math.min(covered, view.height));
}

/** Only what is measured: any sigma instance, whatever its graph's attributes. */
type Measured = Pick<Sigma, 'viewportToFramedGraph' | 'getDimensions' | 'getContainer'>;

export function viewFrame(sigma: Measured): ViewFrame {
  const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState });
  const b = sigma.viewportToFramedGraph({ x: 0, y: 1 }, { cameraState });
  return {
    height: sigma.getDimensions().height,
    width: sigma.getDimensions().width,
    top: coveredTop(sigma.getContainer()),
    bottom: coveredBottom(sigma.getContainer()),
    down: { x: b.x - a.x, y: b.y - a.y },
  };
}

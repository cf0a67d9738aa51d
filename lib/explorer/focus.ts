/**
 * Focus after render
 * ==================
 * Focus for a control that its own click removes (Clear selection, Clear highlight, the drawer's ×) or for a part of
 * the page a click reveals (the legend overlay, the table): without a new target the browser drops focus to <body>,
 * and a keyboard user starts again from the top of the page. Browser-only.
 */

/** How long (in frames, ≈ 2 s) a focus move waits for its target to be rendered. */
const FOCUS_WAIT_FRAMES = 120;

/** Focuses the element `selector` finds once it is rendered (a view whose code is still loading comes later). */
export function focusAfterRender(selector: string, frames = FOCUS_WAIT_FRAMES): void {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target) target.focus();
    else if (frames > 0) focusAfterRender(selector, frames - 1);
  });
}

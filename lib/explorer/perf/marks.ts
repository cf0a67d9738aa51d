/**
 * Performance marks
 * =================
 * Named points on the way to the explorer's first frame (`atlas:graph-response`, `atlas:graph-parsed`,
 * `atlas:graph-built`, `atlas:sigma-created`, `atlas:first-frame`), left in the browser's performance timeline so a
 * profile (DevTools, or `performance.getEntriesByType('mark')` from a test) shows where the time goes. A mark costs
 * microseconds; where the User Timing API is missing it does nothing.
 */

export type ExplorerMark = 'graph-response' | 'graph-parsed' | 'graph-built' | 'sigma-created' | 'first-frame';

export function mark(name: ExplorerMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`atlas:${name}`);
}

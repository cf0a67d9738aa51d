/**
 * Accessibility audit
 * ===================
 * Runs axe-core in a page against WCAG 2.0/2.1 A and AA and 2.2 AA, and describes each violation (rule id, impact,
 * help, the selectors of the failing nodes and axe's summary of why) so that a failing test says what to fix.
 * axe's source is evaluated through the DevTools protocol (`page.evaluate`), which the page's Content-Security-Policy
 * does not govern; `addScriptTag` would insert a script without the request's nonce, which that policy blocks. The
 * app's CSP is never loosened for tests.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string; summary: string }>;
}

/** The page's violations of those rules, every element included; axe is injected anew, as a navigation drops it. */
export async function audit(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (tags) => {
      const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        // A target is a list of selectors only inside iframes or shadow roots (the app has none).
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(' >> '),
          summary: node.failureSummary ?? '',
        })),
      }));
    },
    [...WCAG_TAGS],
  );
  return violations;
}

/** One line per violation, then one per failing node: what the test's failure message shows. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} [${v.impact ?? 'no impact'}] ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

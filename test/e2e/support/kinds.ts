/**
 * Commitment kinds, as the API counts them: what the legend, the about page and the reader's key must say (the
 * issuer's own commitments and the norms asked of others, apart).
 */
import { baseURL } from './browser';

export async function commitmentKinds(): Promise<{ total: number; self: number; others: number }> {
  const response = await fetch(`${baseURL()}/api/commitments`);
  if (!response.ok) throw new Error(`test/e2e/support/kinds: /api/commitments answered ${response.status}`);
  const { commitments } = (await response.json()) as { commitments: Array<{ kind: string }> };
  return {
    total: commitments.length,
    self: commitments.filter((c) => c.kind === 'self').length,
    others: commitments.filter((c) => c.kind === 'others').length,
  };
}

/**
 * Cache markers
 * =============
 * The small JSON files that record which inputs a cached step was built from, so a warm provisioning decides
 * "nothing to do" by reading them instead of redoing the work.
 */
import { readFile } from 'node:fs/promises';

export async function readJson(file: string): Promise<Record<string, unknown> | null> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function markerMatches(file: string, expected: Record<string, unknown>): Promise<boolean> {
  const marker = await readJson(file);
  return !!marker && Object.entries(expected).every(([key, value]) => marker[key] === value);
}

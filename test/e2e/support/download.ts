/** A download the page starts: the click, the browser's download event, and the file's name and text. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** `text` without the byte-order mark a CSV opens with (lib/browser/save-file.ts csvBlob); `bom` says it was there. */
export async function downloadText(
  page: Page,
  button: Locator,
): Promise<{ filename: string; text: string; bom: boolean }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const raw = readFileSync(await download.path(), 'utf8');
  const bom = raw.startsWith('\uFEFF');
  return { filename: download.suggestedFilename(), text: bom ? raw.slice(1) : raw, bom };
}

/** A download the page starts: the click, the browser's download event, and the file's name and text. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export async function downloadText(page: Page, button: Locator): Promise<{ filename: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { filename: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

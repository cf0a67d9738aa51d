/**
 * Saving a file
 * =============
 * Hands a file made in the page (a CSV of a table, a PNG of the graph) to the browser as a download under the given
 * name: an object URL behind a link clicked once. The URL is released later, not at once: the browser may still be
 * reading it when the click returns.
 */

/** How long the object URL outlives the click. */
const RELEASE_AFTER_MS = 10_000;

export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}

/**
 * A CSV text as a file, UTF-8 with a byte-order mark: Excel reads a CSV without one in the machine's legacy code page,
 * so "…", "·", curly quotes and accented names came out as "â€¦"; LibreOffice, pandas and R skip the mark.
 */
export function csvBlob(text: string): Blob {
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

/** A CSV text as a download (csvBlob). */
export function saveCsv(text: string, filename: string): void {
  saveFile(csvBlob(text), filename);
}

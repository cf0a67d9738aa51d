'use client';
/**
 * Download CSV
 * ============
 * A named query's answer as a spreadsheet, in the words the page shows (lib/queries/result-csv.ts): the text is made
 * on the server with the page and saved from here, so the download needs no second request and is the answer seen.
 */
import { saveCsv } from '@/lib/browser/save-file';

export function DownloadCsv({ csv, filename }: { csv: string; filename: string }) {
  return (
    <button type="button" className="link-button" onClick={() => saveCsv(csv, filename)}>
      Download CSV
    </button>
  );
}

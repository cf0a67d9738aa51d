/** Types of scripts/raw-query.mjs (plain JavaScript, so `npm start` needs no TypeScript tooling). */
export function rawQueryParts(url: string): string[];
export function rawQueryProblem(url: string): { field: string; message: string } | undefined;

/** Types of scripts/request-target.mjs (plain JavaScript, so `npm start` needs no TypeScript tooling). */
export function requestTarget(
  method: string | undefined,
  url: string | undefined,
  httpVersion: string | undefined,
  host: string | undefined,
): { url: string } | { status: number; error: string };

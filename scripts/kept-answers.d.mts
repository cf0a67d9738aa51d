/** Types of scripts/kept-answers.mjs (plain JavaScript, so `npm start` needs no TypeScript tooling). */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export function acceptsGzip(header: string | undefined): boolean;
export function etagMatches(header: string | undefined, etag: string): boolean;
export function replayableHeaders(headers: OutgoingHttpHeaders): Record<string, string | string[]>;
export class KeptAnswers {
  answer(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

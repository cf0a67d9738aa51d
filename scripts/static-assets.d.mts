/** Types of scripts/static-assets.mjs (plain JavaScript, so `npm start` needs no TypeScript tooling). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function assetFile(staticDir: string, url: string | undefined): string | undefined;
export class StaticAssets {
  constructor(distDir: string);
  answer(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

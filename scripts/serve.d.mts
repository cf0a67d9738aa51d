/** Types of scripts/serve.mjs's pure guards (plain JavaScript, so `npm start` needs no TypeScript tooling). */
export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}
/** The API routes that take POST (every other one answers GET and HEAD). */
export const POST_ROUTES: ReadonlySet<string>;
export function refusal(method: string | undefined, url: string | undefined): Refusal | undefined;
export function parserRefusal(error: NodeJS.ErrnoException): { status: number; text: string; error: string };
/** The whole HTTP/1.1 answer (status line, headers, body) to a request Node's parser rejected. */
export function rawParserRefusal(error: NodeJS.ErrnoException): string;
/** The ready line's address, from the socket actually bound (PORT=0 names the port the system chose). */
export function readyUrl(hostname: string, address: string | import('node:net').AddressInfo | null): string;
export function choosePort(flag: string | undefined, env: string | undefined): number;
export function listenFailure(
  error: NodeJS.ErrnoException,
  hostname: string,
  port: number,
): { message: string; exitCode: number };
/** The server in front of Next's handler (`handle`), with the kept answers and build assets it answers itself. */
export function createAtlasServer(parts: {
  handle: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown;
  kept: {
    answer(
      request: import('node:http').IncomingMessage,
      response: import('node:http').ServerResponse,
    ): Promise<boolean>;
  };
  assets: {
    answer(
      request: import('node:http').IncomingMessage,
      response: import('node:http').ServerResponse,
    ): Promise<boolean>;
  };
}): import('node:http').Server;

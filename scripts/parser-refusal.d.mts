/** Types of scripts/parser-refusal.mjs (plain JavaScript, so `npm start` needs no TypeScript tooling). */
export function parserRefusal(error: NodeJS.ErrnoException): { status: number; text: string; error: string };
/** The whole HTTP/1.1 answer (status line, headers, body) to a request Node's parser rejected. */
export function rawParserRefusal(error: NodeJS.ErrnoException): string;
/** A whole HTTP/1.1 `{error}` answer with every answer's headers, `extra` added. */
export function rawAnswer(status: number, text: string, reason: string, extra?: Record<string, string>): string;

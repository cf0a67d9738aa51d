/** Types of scripts/security-headers.mjs (plain JavaScript, so `npm start` needs no TypeScript tooling). */
export const COMMON_HEADERS: Readonly<Record<string, string>>;
export const API_CSP: string;
export const BASELINE_HEADERS: Readonly<Record<string, string>>;

/** Types of scripts/api-origin.mjs (plain JavaScript, so `npm start` needs no TypeScript tooling). */
export const API_ORIGIN: 'api';
export const ROUTE_PARTS: Record<string, number[]>;
export const QUERY_NAMES: string[];
export function apiOrigin(path: string): string;
export function withOrigin(origin: string, message: string): string;
export function withoutOrigin(origin: string, message: string): string;

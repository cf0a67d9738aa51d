/** Types of scripts/app-build.mjs (plain JavaScript, so `npm start` needs no TypeScript tooling). */
export function buildInputsFingerprint(root: string): string;
export function buildState(root: string): 'missing' | 'stale' | 'current';
export function buildApp(root: string, options: { env?: NodeJS.ProcessEnv; origin: string }): void;
export function ensureCurrentBuild(
  root: string,
  options: { env?: NodeJS.ProcessEnv; origin: string },
): 'built' | 'reused';

// Test stand-in for the `server-only` guard: Vitest runs server code outside Next's react-server condition.
export {};

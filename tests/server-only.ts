// Stands in for the "server-only" guard in tests (vitest.config.mts).
export {};

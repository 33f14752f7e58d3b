/**
 * Test and hook timeouts per Vitest project. Inline projects do not inherit the root `test` options
 * (Vitest 4 needs `extends: true`), so each project sets its own; `timeouts.test.ts` and
 * `timeouts.engines.test.ts` in infra/runner read back what Vitest resolved.
 *
 * Sized for a busy two-core machine running two suites side by side: a fresh PGlite runs initdb
 * (3–4 s alone, over 20 s when the cores are shared), a Kafka consumer group joins in seconds, and
 * a hook may open several of either.
 */
export const TIMEOUTS = {
  unit: { test: 60_000, hook: 180_000 },
  engines: { test: 120_000, hook: 240_000 },
  'engines-db': { test: 90_000, hook: 240_000 },
  'engines-catalog': { test: 120_000, hook: 240_000 },
  // A broker stopped and started again mid-test, then every group catching up.
  'engines-outage': { test: 180_000, hook: 240_000 },
} as const satisfies Record<string, { test: number; hook: number }>;

export type ProjectName = keyof typeof TIMEOUTS;

export const timeoutsOf = (project: ProjectName) => ({
  testTimeout: TIMEOUTS[project].test,
  hookTimeout: TIMEOUTS[project].hook,
});

import { defineConfig } from 'vitest/config';
import { timeoutsOf } from './vitest.timeouts.js';

// Tests run the TypeScript sources of the workspace packages directly (the `source` export
// condition), so `npm test` needs no build.
const shared = {
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
};

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          ...timeoutsOf('unit'),
          include: ['{packages,services,infra,apps}/**/test/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.engines.test.ts'],
          pool: 'forks',
        },
      },
      // `npm run test:engines` runs the four projects below in groups (`sequence.groupOrder`), one group
      // after the other: engines-db (its files side by side), then engines and engines-catalog (one
      // file at a time), then engines-outage, whose tests stop shared engines, alone.
      {
        ...shared,
        test: {
          name: 'engines',
          include: ['{packages,services,infra}/**/test/**/*.engines.test.ts'],
          exclude: ['**/node_modules/**', '**/*.outage.engines.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          ...timeoutsOf('engines'),
        },
      },
      {
        // The relational services' component, property and crash tests again, on real PostgreSQL and
        // Kafka instead of PGlite and the embedded bus; and every race test (`*.race.test.ts`), because
        // PGlite runs one statement at a time and a race cannot happen there. README.md, "Development",
        // lists the race tests and where each runs.
        ...shared,
        test: {
          name: 'engines-db',
          include: [
            'services/{user,inventory,payment,order,notification}/test/{component,property,crash}/*.test.ts',
            '{packages,services}/*/test/**/*.race.test.ts',
            'infra/runner/test/timeouts.test.ts',
          ],
          env: { SHOP_TEST_DATABASE: 'postgres' },
          pool: 'forks',
          sequence: { groupOrder: 0 },
          // Events cross a real Kafka broker here: a consumer group joins in seconds, not milliseconds.
          ...timeoutsOf('engines-db'),
        },
      },
      {
        // The catalog's component tests again, on MongoDB and OpenSearch instead of the embedded pair.
        ...shared,
        test: {
          name: 'engines-catalog',
          include: ['services/catalog/test/component/*.test.ts', 'infra/runner/test/timeouts.test.ts'],
          env: { SHOP_TEST_CATALOG_ENGINES: '1' },
          pool: 'forks',
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          ...timeoutsOf('engines-catalog'),
        },
      },
      {
        // Tests that stop and restart a shared engine (`*.outage.engines.test.ts`, e.g. the Kafka
        // broker under the outbox relay): one file at a time, after every other project has finished,
        // so no other test loses the engine under it.
        ...shared,
        test: {
          name: 'engines-outage',
          include: ['{packages,services,infra}/**/test/**/*.outage.engines.test.ts', 'infra/runner/test/timeouts.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          ...timeoutsOf('engines-outage'),
        },
      },
    ],
  },
});

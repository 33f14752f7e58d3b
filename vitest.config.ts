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
      {
        ...shared,
        test: {
          name: 'engines',
          include: ['{packages,services,infra}/**/test/**/*.engines.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          ...timeoutsOf('engines'),
        },
      },
      {
        // The relational services' component and property tests again, on real PostgreSQL instead of PGlite.
        ...shared,
        test: {
          name: 'engines-db',
          include: [
            'services/{user,inventory,payment,order,notification}/test/{component,property,crash}/*.test.ts',
            'infra/runner/test/timeouts.test.ts',
          ],
          env: { SHOP_TEST_DATABASE: 'postgres' },
          pool: 'forks',
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
          ...timeoutsOf('engines-catalog'),
        },
      },
    ],
  },
});

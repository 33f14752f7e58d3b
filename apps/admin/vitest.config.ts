import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The admin app's pure logic (form parsing, dashboard arithmetic), run from the TypeScript sources.
export default defineConfig({
  resolve: { conditions: ['source'], alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: { include: ['test/**/*.test.ts'], pool: 'forks' },
});

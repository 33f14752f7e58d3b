import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startTestIssuer } from '@shop/auth/testing';
import { requireEngine } from '@shop/config/engines';
import type { EventBus } from '@shop/events/bus';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createTestClient } from '@shop/http/testing';
import { silentLogger } from '@shop/logging/logger';
import { MongoClient } from 'mongodb';
import { startCatalogService } from '../../src/main.js';

/** The catalog service on its embedded store and index, with the demo catalog loaded. */
export async function startCatalog(env: Record<string, string> = {}) {
  const issuer = await startTestIssuer();
  const bus: EventBus = await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  const dataDir = mkdtempSync(join(tmpdir(), 'catalog-svc-'));
  const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  // `npm run test:engines` runs these same tests on MongoDB and OpenSearch, in a database and index of their own.
  const run = randomBytes(4).toString('hex');
  const engines =
    process.env['SHOP_TEST_CATALOG_ENGINES'] === '1'
      ? {
          CATALOG_MONGODB_URL: withDatabase(requireEngine('CATALOG_MONGODB_URL'), `catalog_component_${run}`),
          OPENSEARCH_URL: requireEngine('OPENSEARCH_URL'),
          OPENSEARCH_INDEX: `products_component_${run}`,
        }
      : {};
  const service = await startCatalogService(
    {
      PORT: '0',
      DATA_DIR: dataDir,
      JWKS_URL: issuer.jwksUrl,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '100000',
      CATALOG_DEMO_DATA: 'true',
      ...engines,
      ...env,
    },
    { bus, logDestination: quiet as never },
  );
  const client = createTestClient(service.app);
  return {
    service,
    bus,
    dataDir,
    request: client.request,
    admin: await issuer.token({ role: 'admin' }),
    customer: await issuer.token({ role: 'customer' }),
    async close() {
      await service.close();
      await bus.close();
      await issuer.close();
      if (engines.CATALOG_MONGODB_URL) await dropEngineData(engines.CATALOG_MONGODB_URL, engines.OPENSEARCH_URL, engines.OPENSEARCH_INDEX);
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function dropEngineData(mongoUrl: string, opensearchUrl: string, alias: string): Promise<void> {
  const client = new MongoClient(mongoUrl);
  await client.connect();
  await client.db().dropDatabase();
  await client.close();
  await fetch(`${opensearchUrl}/${alias}_*`, { method: 'DELETE' });
}

export type CatalogHarness = Awaited<ReturnType<typeof startCatalog>>;

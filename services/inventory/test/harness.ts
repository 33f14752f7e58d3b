import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startTestIssuer } from '@shop/auth/testing';
import { requireEngine } from '@shop/config/engines';
import type { Database } from '@shop/db/database';
import { migrate } from '@shop/db/migrate';
import { openPostgres } from '@shop/db/postgres';
import { createTestDatabase, testPgliteHost } from '@shop/db/testing';
import type { EventBus } from '@shop/events/bus';
import { TOPICS } from '@shop/events/catalog';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { migrateOutbox } from '@shop/events/outbox';
import { createTestClient } from '@shop/http/testing';
import { silentLogger } from '@shop/logging/logger';
import { startInventoryService } from '../src/main.js';

/** `npm run test:engines` runs the inventory tests on real PostgreSQL and Kafka instead of PGlite and the embedded bus. */
const onPostgres = () => process.env['SHOP_TEST_DATABASE'] === 'postgres';

/** How long a test waits for an event: on Kafka a fresh consumer group first joins, then reads the topic from its start. */
export const EVENT_WAIT_MS = onPostgres() ? 30_000 : 10_000;

/**
 * A name no earlier run used, for what a test reads back from a topic (a sku, a consumer group):
 * on Kafka the topics keep every earlier run's events, and a new group reads them all.
 */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** The inventory service on PGlite and the embedded bus (or PostgreSQL and Kafka), with tokens from a test issuer. */
export async function startInventory(env: Record<string, string> = {}) {
  const issuer = await startTestIssuer();
  const bus: EventBus = onPostgres()
    ? createKafkaBus({ brokers: requireEngine('KAFKA_BROKERS').split(','), clientId: unique('inventory-tests'), logger: silentLogger() })
    : await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  await bus.ensureTopics(TOPICS);
  const host = onPostgres() ? undefined : await testPgliteHost();
  const postgres = onPostgres() ? await createTestDatabase(requireEngine('DATABASE_URL'), 'inventory_test') : undefined;
  const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const service = await startInventoryService(
    {
      PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'inventory-svc-')),
      JWKS_URL: issuer.jwksUrl,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '0',
      ...(postgres ? { INVENTORY_DATABASE_URL: postgres.url } : {}),
      ...env,
    },
    { ...(host ? { pglite: host } : {}), bus, logDestination: quiet as never },
  );
  const client = createTestClient(service.app);
  return {
    service,
    bus,
    request: client.request,
    admin: await issuer.token({ role: 'admin' }),
    service_: await issuer.token({ role: 'service', sub: 'order' }),
    customer: await issuer.token({ role: 'customer' }),
    async close() {
      await service.close();
      await bus.close();
      await host?.close();
      await issuer.close();
      await postgres?.drop();
    },
  };
}

export type InventoryHarness = Awaited<ReturnType<typeof startInventory>>;

/** A migrated inventory database for tests that drive the repository directly. */
export async function openInventoryDatabase(): Promise<{ db: Database; close(): Promise<void> }> {
  let db: Database;
  let close: () => Promise<void>;
  if (onPostgres()) {
    const postgres = await createTestDatabase(requireEngine('DATABASE_URL'), 'inventory_prop');
    db = await openPostgres({ url: postgres.url, poolSize: 20 });
    close = async () => {
      await db.close();
      await postgres.drop();
    };
  } else {
    const host = await testPgliteHost();
    db = await host.database('inventory');
    close = () => host.close();
  }
  await migrate(db, new URL('../migrations', import.meta.url));
  await migrateOutbox(db);
  return { db, close };
}

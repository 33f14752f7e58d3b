import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startTestIssuer, type TestIssuer } from '@shop/auth/testing';
import { startCartService } from '@shop/cart-service/main';
import { startCatalogService } from '@shop/catalog-service/main';
import { requireEngine } from '@shop/config/engines';
import type { Database } from '@shop/db/database';
import type { PgliteHost } from '@shop/db/pglite';
import { openPostgres } from '@shop/db/postgres';
import { createTestDatabase, testPgliteHost } from '@shop/db/testing';
import type { EventBus } from '@shop/events/bus';
import { TOPICS, parseEvent, type PlatformEvent } from '@shop/events/catalog';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { createTestClient, fetchJson } from '@shop/http/testing';
import { startInventoryService } from '@shop/inventory-service/main';
import { silentLogger } from '@shop/logging/logger';
import { startPaymentService } from '@shop/payment-service/main';
import type { RunningService } from '@shop/runtime/runtime';
import { startOrderService } from '../src/main.js';

/** How long a test waits for an event: on Kafka a fresh consumer group first joins and catches up. */
export const EVENT_TIMEOUT_MS = 25_000;

/** `npm run test:engines` runs the checkout tests on PostgreSQL and Kafka instead of PGlite and the embedded bus. */
export const onEngines = () => process.env['SHOP_TEST_DATABASE'] === 'postgres';

export interface Platform {
  issuer: TestIssuer;
  bus: EventBus;
  catalog: RunningService;
  inventory: RunningService;
  cart: RunningService;
  payment: RunningService;
  order: RunningService;
  /** Environment that points a separately started order service at this platform. */
  orderEnv: Record<string, string>;
  events: PlatformEvent[];
  logs: string[];
  /**
   * Another handle on the order service's database, as a second replica would hold it: on
   * PostgreSQL a pool of its own whose connections are open already (so racing statements from it
   * do not arrive one by one while connections open), on PGlite the shared instance.
   */
  orderDatabase(): Promise<Database>;
  close(): Promise<void>;
}

/**
 * The services checkout needs, each on its own port in this process: catalog and inventory
 * with the demo data, cart, payment, and the order service under test. Tokens come from a test
 * issuer that also grants service tokens.
 */
export async function startPlatform(options: { startOrder?: boolean } = {}): Promise<Platform> {
  const issuer = await startTestIssuer();
  const dropDatabases: (() => Promise<void>)[] = [];
  let host: PgliteHost | undefined;
  const database = async (name: string): Promise<Record<string, string>> => {
    if (!onEngines()) return {};
    const created = await createTestDatabase(requireEngine('DATABASE_URL'), `${name}_test`);
    dropDatabases.push(created.drop);
    return { DATABASE_URL: created.url };
  };
  if (!onEngines()) host = await testPgliteHost();
  const bus = onEngines()
    ? createKafkaBus({ brokers: requireEngine('KAFKA_BROKERS').split(','), clientId: 'order-tests', logger: silentLogger() })
    : await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  await bus.ensureTopics(TOPICS);
  const logs: string[] = [];
  const capture = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString().split('\n').filter(Boolean));
      callback();
    },
  });
  const shared = { ...(host ? { pglite: host } : {}), bus, logDestination: capture as never };
  const dataDir = mkdtempSync(join(tmpdir(), 'checkout-'));
  const common = {
    PORT: '0',
    DATA_DIR: dataDir,
    JWKS_URL: issuer.jwksUrl,
    USER_SERVICE_URL: issuer.url,
    LOG_LEVEL: 'info',
    RATE_LIMIT_MAX: '0',
  };

  const catalog = await startCatalogService({ ...common, CATALOG_DEMO_DATA: 'true' }, shared);
  const inventory = await startInventoryService({ ...common, INVENTORY_DEMO_DATA: 'true', ...(await database('inventory')) }, shared);
  const cart = await startCartService({ ...common, CATALOG_SERVICE_URL: catalog.url, INVENTORY_SERVICE_URL: inventory.url }, shared);
  const payment = await startPaymentService({ ...common, ...(await database('payment')) }, shared);
  const orderDb = await database('order');
  const orderEnv = {
    ...common,
    ...orderDb,
    CATALOG_SERVICE_URL: catalog.url,
    INVENTORY_SERVICE_URL: inventory.url,
    CART_SERVICE_URL: cart.url,
    PAYMENT_SERVICE_URL: payment.url,
    UPSTREAM_TIMEOUT_MS: '3000',
  };
  const order = options.startOrder === false ? undefined : await startOrderService(orderEnv, shared);

  const replicaPools: (() => Promise<void>)[] = [];
  const events: PlatformEvent[] = [];
  const subscription = await bus.subscribe({
    groupId: `order-tests-${Date.now()}`,
    topics: ['order-events', 'payment-events', 'inventory-events'],
    handler: async (m) => void events.push(parseEvent(m.value)),
  });

  return {
    issuer,
    bus,
    catalog,
    inventory,
    cart,
    payment,
    order: order!,
    orderEnv,
    events,
    logs,
    async orderDatabase() {
      if (!orderDb.DATABASE_URL) return host!.database('order');
      const db = await openPostgres({ url: orderDb.DATABASE_URL, poolSize: 20 });
      await Promise.all(Array.from({ length: 20 }, () => db.query('SELECT pg_sleep(0.05)')));
      replicaPools.push(() => db.close());
      return db;
    },
    async close() {
      await subscription.close();
      for (const closeIt of replicaPools) await closeIt();
      for (const s of [order, payment, cart, inventory, catalog]) await s?.close();
      await bus.close();
      await host?.close();
      await issuer.close();
      for (const drop of dropDatabases) await drop();
    },
  };
}

/** A test client for a running service, with tokens for a customer, another customer and an admin. */
export async function clientsFor(platform: Platform, service: RunningService) {
  const client = createTestClient(service.app);
  const customerId = crypto.randomUUID();
  return {
    request: client.request,
    bodies: client.bodies,
    customerId,
    customer: await platform.issuer.token({ role: 'customer', sub: customerId, email: 'ada@example.com' }),
    otherCustomer: await platform.issuer.token({ role: 'customer', email: 'grace@example.com' }),
    admin: await platform.issuer.token({ role: 'admin', email: 'admin@shop.test' }),
    service: await platform.issuer.token({ role: 'service', sub: 'tests' }),
  };
}

export const ADDRESS = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};
export const card = (cardNumber: string) => ({
  type: 'card' as const,
  cardNumber,
  expMonth: 12,
  expYear: new Date().getFullYear() + 2,
  cvc: '123',
});

/** HTTP against a running service by URL (for the order service run as a child process). */
export const http = (base: string, method: string, path: string, token?: string, body?: unknown) =>
  fetchJson(`${base}${path}`, { method, token, body });

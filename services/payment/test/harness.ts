import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startTestIssuer } from '@shop/auth/testing';
import { requireEngine } from '@shop/config/engines';
import type { Database } from '@shop/db/database';
import { openPostgres } from '@shop/db/postgres';
import { createTestDatabase, testPgliteHost } from '@shop/db/testing';
import type { EventBus } from '@shop/events/bus';
import { TOPICS, parseEvent, type PlatformEvent } from '@shop/events/catalog';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { createTestClient, type TestRequest } from '@shop/http/testing';
import { silentLogger } from '@shop/logging/logger';
import { startPaymentService } from '../src/main.js';

/** `SHOP_TEST_DATABASE=postgres` runs the payment tests on real PostgreSQL and Kafka instead of PGlite and the embedded bus. */
const onPostgres = () => process.env['SHOP_TEST_DATABASE'] === 'postgres';

/** How long a test waits for an event: on Kafka a fresh consumer group first joins, then reads the topic from its start. */
export const EVENT_WAIT_MS = onPostgres() ? 30_000 : 10_000;

/** The payment service on PGlite and the embedded bus (or PostgreSQL and Kafka), with tokens from a test issuer, its events and its logs. */
export async function startPayment(env: Record<string, string> = {}) {
  const issuer = await startTestIssuer();
  const run = randomUUID().slice(0, 8);
  const bus: EventBus = onPostgres()
    ? createKafkaBus({ brokers: requireEngine('KAFKA_BROKERS').split(','), clientId: `payment-tests-${run}`, logger: silentLogger() })
    : await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  await bus.ensureTopics(TOPICS);
  const host = onPostgres() ? undefined : await testPgliteHost();
  const postgres = onPostgres() ? await createTestDatabase(requireEngine('DATABASE_URL'), 'payment_test') : undefined;
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString().split('\n').filter(Boolean));
      callback();
    },
  });
  const service = await startPaymentService(
    {
      PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'payment-svc-')),
      JWKS_URL: issuer.jwksUrl,
      // Debug: the leak test reads as much as the service ever writes.
      LOG_LEVEL: 'debug',
      RATE_LIMIT_MAX: '0',
      ...(postgres ? { PAYMENT_DATABASE_URL: postgres.url } : {}),
      ...env,
    },
    { ...(host ? { pglite: host } : {}), bus, logDestination: destination as never },
  );

  // A group of this run's own: on Kafka it reads payment-events from the start, every earlier run's
  // events included, which `eventsOf` leaves out (order ids are unique per run) and does not parse
  // (an older run may have written another version). At least once: a redelivered event is kept
  // once, by its id.
  const events = new Map<string, { orderId: string | undefined; value: string }>();
  const subscription = await bus.subscribe({
    groupId: `payment-tests-${run}`,
    topics: ['payment-events'],
    handler: async (m) => {
      const envelope = JSON.parse(m.value) as { id: string; data?: { orderId?: string } };
      if (!events.has(envelope.id)) events.set(envelope.id, { orderId: envelope.data?.orderId, value: m.value });
    },
  });

  // The tests' own connection to the service's database, to look at what it stores.
  const db: Database = postgres ? await openPostgres({ url: postgres.url, poolSize: 2 }) : await host!.database('payment');
  const client = createTestClient(service.app);
  const customerId = 'cust-1';
  return {
    service,
    logs,
    bodies: client.bodies,
    request: client.request,
    admin: await issuer.token({ role: 'admin' }),
    service_: await issuer.token({ role: 'service', sub: 'order' }),
    customerId,
    customer: await issuer.token({ role: 'customer', sub: customerId }),
    otherCustomer: await issuer.token({ role: 'customer', sub: 'cust-2' }),
    /** Events published so far about one order, in order. */
    eventsOf: (orderId: string): PlatformEvent[] =>
      [...events.values()].filter((e) => e.orderId === orderId).map((e) => parseEvent(e.value)),
    /** Runs SQL on the service's own database, whichever engine it is on. */
    async sql(text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
      return (await db.query<Record<string, unknown>>(text, params)).rows;
    },
    async close() {
      await subscription.close();
      await service.close();
      if (postgres) await db.close();
      await bus.close();
      await host?.close();
      await issuer.close();
      await postgres?.drop();
    },
  };
}

export type PaymentHarness = Awaited<ReturnType<typeof startPayment>>;

export const CARDS = {
  visa: '4242424242424242',
  mastercard: '5555555555554444',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  expired: '4000000000000069',
  processingError: '4000000000000119',
  amex: '378282246310005',
  discover: '6011111111111117',
} as const;

/** A distinctive CVC, so a leak is found by a plain search. */
export const CVC = '7391';

let orders = 0;
/** A fresh order id per call, never used by an earlier run: each test creates its own records. */
export const newOrderId = (label = 'ord') => `${label}-${Date.now().toString(36)}-${randomUUID().slice(0, 4)}-${++orders}`;

/** A charge body for `orderId` with a card that expires next year. */
export function chargeBody(orderId: string, cardNumber: string = CARDS.visa, overrides: Record<string, unknown> = {}) {
  return {
    orderId,
    amount: 49.99,
    paymentMethod: { type: 'card', cardNumber, expMonth: 12, expYear: new Date().getUTCFullYear() + 1, cvc: CVC },
    ...overrides,
  };
}

/** POST /api/v1/payments as the order service, with an optional Idempotency-Key. */
export function charge(h: PaymentHarness, body: unknown, key?: string, token = h.service_): ReturnType<PaymentHarness['request']> {
  const request: TestRequest = { method: 'POST', url: '/api/v1/payments', token, payload: body };
  if (key) request.headers = { 'idempotency-key': key };
  return h.request(request);
}

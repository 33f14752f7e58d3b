import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { requireEngine } from '@shop/config/engines';
import type { PgliteHost } from '@shop/db/pglite';
import { createTestDatabase, testPgliteHost } from '@shop/db/testing';
import type { EventBus } from '@shop/events/bus';
import { TOPICS } from '@shop/events/catalog';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { silentLogger } from '@shop/logging/logger';
import { createTestClient, type TestRequest, type TestResponse } from '@shop/http/testing';
import { SignJWT, importJWK, type JWK } from 'jose';
import pg from 'pg';
import type { RunningService } from '@shop/runtime/runtime';
import { startUserService } from '../../src/main.js';

export const ADMIN = { email: 'admin@shop.test', password: 'admin-password-1' };

/** `npm run test:engines` runs these same tests on real PostgreSQL and Kafka, in a database of their own. */
const onEngines = () => process.env['SHOP_TEST_DATABASE'] === 'postgres';

/** How long a test waits for an event: on Kafka a fresh consumer group first joins, then reads the topic from its start. */
export const EVENT_WAIT_MS = onEngines() ? 30_000 : 10_000;

export interface Harness {
  service: RunningService;
  bus: EventBus;
  /** The PGlite instance, when not on PostgreSQL. */
  host: PgliteHost | undefined;
  dataDir: string;
  /** The service's clock: real time plus whatever `advance` has added. */
  clock: { now(): Date; advance(seconds: number): void };
  /** Every log line the service wrote, as text. */
  logs: string[];
  /** Every response body the tests received, as text. */
  bodies: string[];
  request(options: TestRequest): Promise<TestResponse>;
  /** Runs SQL on the service's own database, whichever engine it is on. */
  sql(text: string, params?: unknown[]): Promise<unknown[]>;
  /** Signs a token with the service's own key, with claim overrides, for forgery tests. */
  signWithServiceKey(
    claims: Record<string, unknown>,
    options?: { expiresIn?: string | number; issuer?: string; audience?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'user-svc-'));
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(...chunk.toString().split('\n').filter(Boolean));
      callback();
    },
  });
  const postgres = onEngines() ? await createTestDatabase(requireEngine('DATABASE_URL'), 'user_test') : undefined;
  const host = postgres ? undefined : await testPgliteHost();
  const bus: EventBus = onEngines()
    ? createKafkaBus({
        brokers: requireEngine('KAFKA_BROKERS').split(','),
        clientId: `user-tests-${randomUUID().slice(0, 8)}`,
        logger: silentLogger(),
      })
    : await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  await bus.ensureTopics(TOPICS);
  let offsetMs = 0;
  const clock = {
    now: () => new Date(Date.now() + offsetMs),
    advance: (seconds: number) => void (offsetMs += seconds * 1000),
  };
  const service = await startUserService(
    {
      ...(postgres ? { USER_DATABASE_URL: postgres.url } : {}),
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'debug',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_MAX: '10000',
      ...env,
    },
    { ...(host ? { pglite: host } : {}), bus, clock, logDestination: destination as never },
  );

  const client = createTestClient(service.app);

  return {
    service,
    bus,
    host,
    dataDir,
    clock,
    logs,
    bodies: client.bodies,
    request: client.request,
    async sql(text, params = []) {
      if (postgres) {
        const client = new pg.Client({ connectionString: postgres.url });
        await client.connect();
        try {
          return (await client.query(text, params)).rows;
        } finally {
          await client.end();
        }
      }
      return (await (await host!.database('user')).query(text, params)).rows;
    },
    async signWithServiceKey(claims, options = {}) {
      const jwk = JSON.parse(readFileSync(join(dataDir, 'secrets', 'jwt-es256.jwk.json'), 'utf8')) as JWK;
      const key = await importJWK(jwk, 'ES256');
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: jwk.kid! })
        .setIssuedAt()
        .setIssuer(options.issuer ?? 'shop-platform')
        .setAudience(options.audience ?? 'shop-platform')
        .setExpirationTime(options.expiresIn ?? '10m')
        .sign(key);
    },
    async close() {
      await service.close();
      await bus.close();
      await host?.close();
      await postgres?.drop();
    },
  };
}

let counter = 0;
/** A fresh customer registration body; each call gets a new email. */
export function newCustomer(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    email: `customer${counter}-${Date.now()}@example.com`,
    password: `s3cret-pass-${counter}`,
    firstName: 'Ada',
    lastName: 'Lovelace',
    ...overrides,
  };
}

/** Fails when any text contains a password hash or its field. */
export function assertNoHashes(texts: string[]): void {
  for (const text of texts) {
    if (/\$argon2|passwordHash|password_hash/.test(text)) throw new Error(`A password hash leaked: ${text.slice(0, 300)}`);
  }
}

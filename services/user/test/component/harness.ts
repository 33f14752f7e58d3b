import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { requireEngine } from '@shop/config/engines';
import type { PgliteHost } from '@shop/db/pglite';
import { createTestDatabase, testPgliteHost } from '@shop/db/testing';
import type { EventBus } from '@shop/events/bus';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { silentLogger } from '@shop/logging/logger';
import { createTestClient, type TestRequest, type TestResponse } from '@shop/http/testing';
import { SignJWT, importJWK, type JWK } from 'jose';
import pg from 'pg';
import type { RunningService } from '@shop/runtime/runtime';
import { startUserService } from '../../src/main.js';

export const ADMIN = { email: 'admin@shop.test', password: 'admin-password-1' };

export interface Harness {
  service: RunningService;
  bus: EventBus;
  host: PgliteHost;
  dataDir: string;
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
  const host = await testPgliteHost();
  const bus = await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  // `npm run test:engines` runs these same tests on real PostgreSQL, in a database of their own.
  const postgres =
    process.env['SHOP_TEST_DATABASE'] === 'postgres' ? await createTestDatabase(requireEngine('DATABASE_URL'), 'user_test') : undefined;
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
    { ...(postgres ? {} : { pglite: host }), bus, logDestination: destination as never },
  );

  const client = createTestClient(service.app);

  return {
    service,
    bus,
    host,
    dataDir,
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
      return (await (await host.database('user')).query(text, params)).rows;
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
      await host.close();
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

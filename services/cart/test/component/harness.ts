import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startTestIssuer } from '@shop/auth/testing';
import type { EventBus } from '@shop/events/bus';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createTestClient } from '@shop/http/testing';
import { silentLogger } from '@shop/logging/logger';
import { startCartService } from '../../src/main.js';
import { startFakeUpstreams } from './fake-upstreams.js';

/**
 * Upstream answers slower than this fail the request. Generous, so that a hundred adds at once on a
 * busy machine never time out against the fake upstreams; a slow upstream answers only after four
 * times this. Tests of the timeout itself pass a shorter one.
 */
export const UPSTREAM_TIMEOUT_MS = 2_000;

export const guestId = () => `guest_${randomUUID()}`;

/** The cart service on its embedded store (or on Redis when `REDIS_URL` is passed), with fake catalog and inventory. */
export async function startCart(env: Record<string, string> = {}) {
  const issuer = await startTestIssuer();
  const upstreams = await startFakeUpstreams({ slowMs: UPSTREAM_TIMEOUT_MS * 4 });
  const bus: EventBus = await createEmbeddedBus({ logger: silentLogger() });
  const dataDir = mkdtempSync(join(tmpdir(), 'cart-svc-'));
  const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const service = await startCartService(
    {
      PORT: '0',
      DATA_DIR: dataDir,
      JWKS_URL: issuer.jwksUrl,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '100000',
      CATALOG_SERVICE_URL: upstreams.url,
      INVENTORY_SERVICE_URL: upstreams.url,
      USER_SERVICE_URL: upstreams.url,
      UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS),
      ...env,
    },
    { bus, logDestination: quiet as never },
  );
  const client = createTestClient(service.app);
  return {
    service,
    upstreams,
    dataDir,
    request: client.request,
    bodies: client.bodies,
    /** A signed-in customer: their user id and a token for it. */
    async customer() {
      const id = randomUUID();
      return { id, token: await issuer.token({ sub: id, role: 'customer' }) };
    },
    admin: await issuer.token({ role: 'admin' }),
    serviceToken: await issuer.token({ sub: 'order', role: 'service' }),
    async close() {
      await service.close();
      await bus.close();
      await upstreams.close();
      await issuer.close();
    },
  };
}

export type CartHarness = Awaited<ReturnType<typeof startCart>>;

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestIssuer } from '@shop/auth/testing';
import { requireEngine } from '@shop/config/engines';
import type { Database } from '@shop/db/database';
import { openPostgres } from '@shop/db/postgres';
import { createTestDatabase, testPgliteHost } from '@shop/db/testing';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { createTestClient } from '@shop/http/testing';
import { silentLogger } from '@shop/logging/logger';
import { createOrderRepository } from '../src/adapters/postgres/orders.repository.js';
import type { OrderStatus, PaymentStatus } from '../src/domain/order.js';
import { startOrderService } from '../src/main.js';
import { ADDRESS, onEngines } from './platform.js';

/**
 * The order service by itself, on PGlite (or PostgreSQL under `npm run test:engines`), for the
 * read side: orders are written straight through its own repository, dated as a test needs, so
 * no checkout (and no other service) is involved. Nothing here answers the saga's calls.
 * `clock` is the service's "now" (the real clock when absent).
 */
export async function startOrderAlone(options: { clock?: { now(): Date } } = {}) {
  const issuer = await startTestIssuer();
  const bus = await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  const host = onEngines() ? undefined : await testPgliteHost();
  const postgres = onEngines() ? await createTestDatabase(requireEngine('DATABASE_URL'), 'order_alone_test') : undefined;
  const service = await startOrderService(
    {
      PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'order-alone-')),
      JWKS_URL: issuer.jwksUrl,
      USER_SERVICE_URL: issuer.url,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '0',
      // The seeded orders are dated in the past: the recovery job must leave pending ones alone.
      ORDER_RECOVERY_AFTER_MS: String(100 * 365 * 86_400_000),
      ...(postgres ? { ORDER_DATABASE_URL: postgres.url } : {}),
    },
    { ...(host ? { pglite: host } : {}), bus, ...(options.clock ? { clock: options.clock } : {}) },
  );
  const db: Database = postgres ? await openPostgres({ url: postgres.url, poolSize: 2 }) : await host!.database('order');
  const repository = createOrderRepository(db);
  const client = createTestClient(service.app);
  let seeded = 0;

  return {
    request: client.request,
    admin: await issuer.token({ role: 'admin', email: 'admin@shop.test' }),
    service: await issuer.token({ role: 'service', sub: 'tests' }),
    customer: await issuer.token({ role: 'customer', sub: 'cust-alone', email: 'ada@example.com' }),

    /** An order of `totalCents` placed at `at`, then moved to `status` (and `paymentStatus`) at that instant. */
    async seed(at: string, totalCents: number, status: OrderStatus, paymentStatus: PaymentStatus, email = 'ada@example.com') {
      const now = new Date(at);
      const created = await repository.create(
        {
          id: crypto.randomUUID(),
          userId: `user-${email}`,
          email,
          items: [{ productId: 'p-1', sku: `SKU-${++seeded}`, name: 'Lamp', priceCents: totalCents, quantity: 1, imageUrl: null }],
          subtotalCents: totalCents,
          taxCents: 0,
          shippingCents: 0,
          totalCents,
          currency: 'USD',
          shippingAddress: ADDRESS,
          billingAddress: ADDRESS,
          shippingMethod: 'standard',
          fromCart: false,
          idempotencyKey: null,
        },
        now,
      );
      const order = created!;
      if (status === 'pending') {
        if (paymentStatus !== 'pending') await repository.update(order.id, { paymentStatus }, now);
        return order.id;
      }
      // Through the lifecycle, as the service would move it.
      const path: OrderStatus[] = status === 'cancelled' ? ['cancelled'] : ['confirmed', 'shipped', 'delivered'];
      let from: OrderStatus = 'pending';
      for (const to of path.slice(0, path.indexOf(status) + 1)) {
        await repository.transition(order.id, {
          from: [from],
          to,
          changes: to === status ? { paymentStatus } : {},
          note: null,
          event: null,
          now,
        });
        from = to;
      }
      return order.id;
    },

    async close() {
      await service.close();
      if (postgres) await db.close();
      await bus.close();
      await host?.close();
      await issuer.close();
      await postgres?.drop();
    },
  };
}

export type OrderAlone = Awaited<ReturnType<typeof startOrderAlone>>;

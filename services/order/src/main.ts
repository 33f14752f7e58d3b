import { createDenyList } from '@shop/auth/deny-list';
import type { Env } from '@shop/config/config';
import { followAccessChanges } from '@shop/events/access-changes';
import { createIdempotency, migrateIdempotency } from '@shop/idempotency/idempotency';
import type { RunningService, SharedInfra } from '@shop/runtime/runtime';
import { runWhenMain, startService } from '@shop/runtime/service';
import { cartClient, catalogClient, inventoryClient, paymentClient, userClient } from './adapters/http/clients.js';
import { createOrderRepository } from './adapters/postgres/orders.repository.js';
import { buildApp } from './app.js';
import { loadOrderConfig } from './config.js';
import { makeCheckout } from './domain/checkout.js';
import { makeEffects } from './domain/effects.js';
import { makeOrders } from './domain/orders.js';
import type { Failpoint } from './domain/ports.js';

/** Composition root: config → runtime → repository and clients → saga → app, recovery job → listen. */
export function startOrderService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadOrderConfig(env);
  // Tokens of users deactivated or given a new role since they were issued are refused.
  const denyList = createDenyList();
  const options = {
    service: 'order',
    config,
    databaseUrl: config.databaseUrl,
    migrations: new URL('../migrations', import.meta.url),
    shared,
    verifier: { denyList },
  };
  return startService(options, async (runtime, onClose) => {
    const accessChanges = await followAccessChanges(runtime.bus, denyList, 'order');
    onClose(() => accessChanges.close());
    const db = runtime.db!;
    await migrateIdempotency(db);
    const clients = { token: () => runtime.serviceToken.getToken(), timeoutMs: config.upstreamTimeoutMs };
    const failpoint: Failpoint = (name) => {
      if (config.failpoint === name) {
        runtime.logger.fatal({ failpoint: name }, 'failpoint reached: killing the process');
        process.kill(process.pid, 'SIGKILL');
      }
    };
    const clock = shared.clock ?? { now: () => new Date() };
    const repository = createOrderRepository(db, { onEvents: () => runtime.relay?.notify() });
    const inventory = inventoryClient(config.inventoryServiceUrl, clients);
    const payments = paymentClient(config.paymentServiceUrl, clients);
    const warn = (message: string, details: Record<string, unknown>) => runtime.logger.warn(details, message);
    const effects = makeEffects({ orders: repository, inventory, payments, clock, warn });
    const checkout = makeCheckout({
      orders: repository,
      catalog: catalogClient(config.catalogServiceUrl, clients),
      inventory,
      payments,
      cart: cartClient(config.cartServiceUrl, clients),
      users: userClient(config.userServiceUrl, clients),
      effects,
      clock,
      taxRate: config.taxRate,
      currency: config.currency ?? 'USD',
      reservationTtlSeconds: config.reservationTtlSeconds,
      failpoint,
      warn,
    });
    const orders = makeOrders({ orders: repository, checkout, effects, clock });

    // Orders a crash or a lost answer left pending are finished or compensated, and effects that
    // failed after their status change won are run again: at start, then every interval.
    const recover = () =>
      orders
        .recoverStale(new Date(Date.now() - config.recoveryAfterMs), (order, error) =>
          runtime.logger.warn({ err: error, orderId: order.id }, 'order recovery failed; will retry'),
        )
        .then(
          (n) => n > 0 && runtime.logger.info({ recovered: n }, 'pending orders settled'),
          (error: unknown) => runtime.logger.error({ err: error }, 'order recovery round failed'),
        );
    const timer = setInterval(() => void recover(), config.recoveryIntervalMs);
    timer.unref();
    onClose(async () => clearInterval(timer));

    const app = await buildApp({ http: runtime.http, checkout, orders, idempotency: createIdempotency({ db }), clock });
    return { app, started: () => void recover() };
  });
}

await runWhenMain(import.meta.url, () => startOrderService());

import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import type { createIdempotency } from '@shop/idempotency/idempotency';
import type { Checkout } from './domain/checkout.js';
import type { Orders } from './domain/orders.js';
import { registerOrderRoutes } from './http/orders.routes.js';

/** The order service's HTTP app; never listens (tests use `inject`). */
export async function buildApp(deps: {
  http: HttpAppOptions;
  checkout: Checkout;
  orders: Orders;
  idempotency: ReturnType<typeof createIdempotency>;
  /** "Today", for the default range of the stats. */
  clock: { now(): Date };
}): Promise<HttpApp> {
  const app = await createHttpApp({
    ...deps.http,
    description: 'Checkout (the saga), orders and their lifecycle.',
    tags: [{ name: 'orders', description: 'Checkout and order management' }],
  });
  registerOrderRoutes(app, deps);
  await app.ready();
  return app;
}

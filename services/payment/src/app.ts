import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import type { createIdempotency } from '@shop/idempotency/idempotency';
import type { Payments } from './domain/payments.js';
import { registerPaymentRoutes } from './http/payments.routes.js';

/** The payment service's HTTP app; never listens (tests use `inject`). */
export async function buildApp(deps: {
  http: HttpAppOptions;
  payments: Payments;
  idempotency: ReturnType<typeof createIdempotency>;
  /** "Today", for the default range of the stats. */
  clock: { now(): Date };
}): Promise<HttpApp> {
  const app = await createHttpApp({
    ...deps.http,
    description: 'Card payments against a simulated processor: charges once per order, refunds, events through the outbox.',
    tags: [{ name: 'payments', description: 'Charges and refunds' }],
  });
  registerPaymentRoutes(app, deps.payments, deps.idempotency, deps.clock);
  await app.ready();
  return app;
}

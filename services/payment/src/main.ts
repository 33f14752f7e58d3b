import type { Env } from '@shop/config/config';
import { createIdempotency, migrateIdempotency } from '@shop/idempotency/idempotency';
import type { RunningService, SharedInfra } from '@shop/runtime/runtime';
import { runWhenMain, startService } from '@shop/runtime/service';
import { createPaymentRepository } from './adapters/postgres/payments.repository.js';
import { createProcessorAttempts } from './adapters/postgres/processor-attempts.repository.js';
import { buildApp } from './app.js';
import { loadPaymentConfig } from './config.js';
import { createSimulatedGateway } from './domain/gateway.js';
import { makePayments } from './domain/payments.js';

/** Composition root: config → runtime → repositories and gateway → domain → app → listen. */
export function startPaymentService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadPaymentConfig(env);
  const options = {
    service: 'payment',
    config,
    databaseUrl: config.databaseUrl,
    migrations: new URL('../migrations', import.meta.url),
    shared,
  };
  return startService(options, async (runtime) => {
    const db = runtime.db!;
    await migrateIdempotency(db);
    const clock = shared.clock ?? { now: () => new Date() };
    const payments = makePayments({
      repository: createPaymentRepository(db, { onEvents: () => runtime.relay?.notify() }),
      gateway: createSimulatedGateway({ attempts: createProcessorAttempts(db) }),
      clock,
    });
    return { app: await buildApp({ http: runtime.http, payments, idempotency: createIdempotency({ db }), clock }) };
  });
}

await runWhenMain(import.meta.url, () => startPaymentService());

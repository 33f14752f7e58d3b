import { createDenyList } from '@shop/auth/deny-list';
import type { Env } from '@shop/config/config';
import { followAccessChanges } from '@shop/events/access-changes';
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
  // Tokens of users deactivated or given a new role since they were issued are refused.
  const denyList = createDenyList();
  const options = {
    service: 'payment',
    config,
    databaseUrl: config.databaseUrl,
    migrations: new URL('../migrations', import.meta.url),
    shared,
    verifier: { denyList },
  };
  return startService(options, async (runtime, onClose) => {
    const accessChanges = await followAccessChanges(runtime.bus, denyList, 'payment');
    onClose(() => accessChanges.close());
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

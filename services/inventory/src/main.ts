import { createDenyList } from '@shop/auth/deny-list';
import type { Env } from '@shop/config/config';
import { demoProducts } from '@shop/demo-data/catalog-data';
import { followAccessChanges } from '@shop/events/access-changes';
import { progressBar } from '@shop/runtime/progress';
import type { RunningService, SharedInfra } from '@shop/runtime/runtime';
import { runWhenMain, startService } from '@shop/runtime/service';
import { createInventoryRepository } from './adapters/postgres/inventory.repository.js';
import { buildApp } from './app.js';
import { loadInventoryConfig } from './config.js';
import { makeInventory } from './domain/inventory.js';

/** Composition root: config → runtime → repository → domain → app, sweeper → listen. */
export function startInventoryService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadInventoryConfig(env);
  // Tokens of users deactivated or given a new role since they were issued are refused.
  const denyList = createDenyList();
  const options = {
    service: 'inventory',
    config,
    databaseUrl: config.databaseUrl,
    migrations: new URL('../migrations', import.meta.url),
    shared,
    verifier: { denyList },
  };
  return startService(options, async (runtime, onClose) => {
    const accessChanges = await followAccessChanges(runtime.bus, denyList, 'inventory');
    onClose(() => accessChanges.close());
    const repository = createInventoryRepository(runtime.db!, { onEvents: () => runtime.relay?.notify() });
    const inventory = makeInventory({
      repository,
      clock: { now: () => new Date() },
      reservationTtlSeconds: config.reservationTtlSeconds,
      lowStockThreshold: config.lowStockThreshold,
    });

    if (config.demoData && (await repository.count()) === 0) {
      const products = demoProducts();
      const bar = progressBar('Stocking the demo catalog', products.length);
      let done = 0;
      for (const p of products) {
        await inventory.put(p.sku, p.stock, `Aisle ${p.sku.slice(0, 3)}`);
        bar.update(++done);
      }
      bar.done();
    }

    // Expires lapsed reservations; one failure is logged and the next round tries again.
    const sweeper = setInterval(() => {
      inventory.expireDue().then(
        (n) => n > 0 && runtime.logger.info({ expired: n }, 'reservations expired'),
        (error: unknown) => runtime.logger.error({ err: error }, 'reservation sweep failed'),
      );
    }, config.sweepIntervalMs);
    sweeper.unref();
    onClose(async () => clearInterval(sweeper));

    return { app: await buildApp({ http: runtime.http, inventory }) };
  });
}

await runWhenMain(import.meta.url, () => startInventoryService());

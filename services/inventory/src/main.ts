import { pathToFileURL } from 'node:url';
import type { Env } from '@shop/config/config';
import { demoProducts } from '@shop/demo-data/catalog-data';
import { closeOnSignals, listen } from '@shop/http/serve';
import { progressBar } from '@shop/runtime/progress';
import { createRuntime, type RunningService, type SharedInfra } from '@shop/runtime/runtime';
import { createInventoryRepository } from './adapters/postgres/inventory.repository.js';
import { buildApp } from './app.js';
import { loadInventoryConfig } from './config.js';
import { makeInventory } from './domain/inventory.js';

/** Composition root: config → runtime → repository → domain → app, sweeper → listen. */
export async function startInventoryService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadInventoryConfig(env);
  const runtime = await createRuntime({
    service: 'inventory',
    config,
    databaseUrl: config.databaseUrl,
    migrations: new URL('../migrations', import.meta.url),
    shared,
  });
  const closers: (() => Promise<void>)[] = [() => runtime.close()];
  const close = async () => {
    for (const fn of closers.reverse()) await fn();
  };
  try {
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
    closers.push(async () => clearInterval(sweeper));

    const app = await buildApp({ http: runtime.http, inventory });
    closers.push(() => app.close());
    const url = await listen(app, config.port, config.host);
    return { name: 'inventory', app, url, notices: [], close };
  } catch (error) {
    await close();
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const service = await startInventoryService();
  service.app.log.info({ url: service.url }, 'inventory service listening');
  closeOnSignals(service.app.log as never, () => service.close());
}

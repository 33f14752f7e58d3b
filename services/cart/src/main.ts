import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Env } from '@shop/config/config';
import { closeOnSignals, listen } from '@shop/http/serve';
import { createRuntime, type RunningService, type SharedInfra } from '@shop/runtime/runtime';
import { createEmbeddedCartStore } from './adapters/embedded/cart-store.js';
import { createCatalogClient } from './adapters/http/catalog.client.js';
import { createInventoryClient } from './adapters/http/inventory.client.js';
import { bestEffortToken } from './adapters/http/service-token.js';
import { createRedisCartStore } from './adapters/redis/cart-store.js';
import { buildApp } from './app.js';
import { loadCartConfig, type CartConfig } from './config.js';
import { makeCarts } from './domain/carts.js';
import type { CartStore } from './domain/ports.js';

/** The store the configuration names: Redis, or the embedded journal under the data folder. */
export function openCartStore(config: CartConfig): Promise<CartStore> {
  return config.redisUrl
    ? createRedisCartStore({ url: config.redisUrl, ttlSeconds: config.cartTtlSeconds })
    : createEmbeddedCartStore({ path: join(config.dataDir, 'cart', 'carts.jsonl'), ttlSeconds: config.cartTtlSeconds });
}

/** Composition root: config → runtime → store and upstream clients → domain → app → listen. */
export async function startCartService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadCartConfig(env);
  const runtime = await createRuntime({ service: 'cart', config, shared });
  const closers: (() => Promise<void>)[] = [() => runtime.close()];
  const close = async () => {
    for (const fn of closers.reverse()) await fn();
  };
  try {
    const store = await openCartStore(config);
    closers.push(() => store.close());
    runtime.readiness['store'] = () => store.ping();

    const upstream = {
      timeoutMs: config.upstreamTimeoutMs,
      retries: config.upstreamRetries,
      token: bestEffortToken(runtime.serviceToken, runtime.logger),
    };
    const carts = makeCarts({
      store,
      catalog: createCatalogClient({ ...upstream, baseUrl: config.catalogServiceUrl }),
      inventory: createInventoryClient({ ...upstream, baseUrl: config.inventoryServiceUrl }),
      clock: { now: () => new Date() },
      ttlSeconds: config.cartTtlSeconds,
    });

    const app = await buildApp({ http: runtime.http, carts });
    closers.push(() => app.close());
    const url = await listen(app, config.port, config.host);
    return { name: 'cart', app, url, notices: [], close };
  } catch (error) {
    await close();
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const service = await startCartService();
  service.app.log.info({ url: service.url }, 'cart service listening');
  closeOnSignals(service.app.log as never, () => service.close());
}

import { join } from 'node:path';
import { createDenyList } from '@shop/auth/deny-list';
import type { Env } from '@shop/config/config';
import { followAccessChanges } from '@shop/events/access-changes';
import { engineCheck } from '@shop/http/health';
import type { RunningService, SharedInfra } from '@shop/runtime/runtime';
import { runWhenMain, startService } from '@shop/runtime/service';
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
export function startCartService(env: Env = process.env, shared: SharedInfra = {}): Promise<RunningService> {
  const config = loadCartConfig(env);
  // Tokens of users deactivated or given a new role since they were issued are refused.
  const denyList = createDenyList();
  return startService({ service: 'cart', config, shared, verifier: { denyList } }, async (runtime, onClose) => {
    const accessChanges = await followAccessChanges(runtime.bus, denyList, 'cart');
    onClose(() => accessChanges.close());
    const store = await openCartStore(config);
    onClose(() => store.close());
    runtime.readiness['store'] = engineCheck(store);

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

    return { app: await buildApp({ http: runtime.http, carts }) };
  });
}

await runWhenMain(import.meta.url, () => startCartService());

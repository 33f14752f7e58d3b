import { type Env, int, loadConfig, optionalUrl, url } from '@shop/config/config';
import { serviceSettings } from '@shop/config/service';

export const cartConfigSchema = {
  ...serviceSettings('cart', 8003),
  redisUrl: optionalUrl('REDIS_URL', ['redis', 'rediss']),
  catalogServiceUrl: url('CATALOG_SERVICE_URL', 'http://127.0.0.1:8001'),
  inventoryServiceUrl: url('INVENTORY_SERVICE_URL', 'http://127.0.0.1:8002'),
  cartTtlSeconds: int('CART_TTL_SECONDS', 7 * 24 * 3600, { min: 1 }),
  upstreamTimeoutMs: int('UPSTREAM_TIMEOUT_MS', 2_000, { min: 1, max: 60_000 }),
  upstreamRetries: int('UPSTREAM_RETRIES', 1, { min: 0, max: 5 }),
};

export function loadCartConfig(env: Env = process.env) {
  return loadConfig(cartConfigSchema, env);
}

export type CartConfig = ReturnType<typeof loadCartConfig>;

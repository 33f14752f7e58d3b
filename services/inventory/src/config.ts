import { type Env, bool, int, loadConfig, optionalUrl } from '@shop/config/config';
import { serviceSettings } from '@shop/config/service';

export const inventoryConfigSchema = {
  ...serviceSettings('inventory', 8002),
  databaseUrl: optionalUrl(['INVENTORY_DATABASE_URL', 'DATABASE_URL'], ['postgres', 'postgresql']),
  reservationTtlSeconds: int('INVENTORY_RESERVATION_TTL_SECONDS', 900, { min: 1, max: 86_400 }),
  sweepIntervalMs: int('INVENTORY_SWEEP_INTERVAL_MS', 10_000, { min: 100 }),
  lowStockThreshold: int('INVENTORY_LOW_STOCK_THRESHOLD', 5, { min: 0 }),
  demoData: bool('INVENTORY_DEMO_DATA', false),
};

export function loadInventoryConfig(env: Env = process.env) {
  return loadConfig(inventoryConfigSchema, env);
}

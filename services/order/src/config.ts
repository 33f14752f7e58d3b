import { type Env, int, loadConfig, num, optionalStr, optionalUrl, url } from '@shop/config/config';
import { serviceSettings } from '@shop/config/service';

export const orderConfigSchema = {
  ...serviceSettings('order', 8004),
  databaseUrl: optionalUrl(['ORDER_DATABASE_URL', 'DATABASE_URL'], ['postgres', 'postgresql']),
  catalogServiceUrl: url('CATALOG_SERVICE_URL', 'http://127.0.0.1:8001'),
  inventoryServiceUrl: url('INVENTORY_SERVICE_URL', 'http://127.0.0.1:8002'),
  cartServiceUrl: url('CART_SERVICE_URL', 'http://127.0.0.1:8003'),
  paymentServiceUrl: url('PAYMENT_SERVICE_URL', 'http://127.0.0.1:8005'),
  taxRate: num('TAX_RATE', 0.08, { min: 0, max: 1 }),
  currency: optionalStr('ORDER_CURRENCY', 'ISO 4217 code; USD by default'),
  reservationTtlSeconds: int('ORDER_RESERVATION_TTL_SECONDS', 900, { min: 30, max: 86_400 }),
  upstreamTimeoutMs: int('UPSTREAM_TIMEOUT_MS', 5_000, { min: 100, max: 60_000 }),
  recoveryAfterMs: int('ORDER_RECOVERY_AFTER_MS', 60_000, { min: 0 }),
  recoveryIntervalMs: int('ORDER_RECOVERY_INTERVAL_MS', 60_000, { min: 100 }),
  /** Test-only: `after-reserve` or `after-charge` kills the process at that point of the saga. */
  failpoint: optionalStr('ORDER_FAILPOINT', 'crash tests only: after-reserve | after-charge'),
};

export function loadOrderConfig(env: Env = process.env) {
  return loadConfig(orderConfigSchema, env);
}

import { type Env, loadConfig, optionalUrl } from '@shop/config/config';
import { serviceSettings } from '@shop/config/service';

export const paymentConfigSchema = {
  ...serviceSettings('payment', 8005),
  databaseUrl: optionalUrl(['PAYMENT_DATABASE_URL', 'DATABASE_URL'], ['postgres', 'postgresql']),
};

export function loadPaymentConfig(env: Env = process.env) {
  return loadConfig(paymentConfigSchema, env);
}

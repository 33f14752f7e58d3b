import { type Env, int, loadConfig, optionalUrl, str, url } from '@shop/config/config';
import { serviceSettings } from '@shop/config/service';

export const notificationConfigSchema = {
  ...serviceSettings('notification', 8007),
  databaseUrl: optionalUrl(['NOTIFICATION_DATABASE_URL', 'DATABASE_URL'], ['postgres', 'postgresql']),
  smtpUrl: url('SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp', 'smtps']),
  mailFrom: str('MAIL_FROM', 'Shop <no-reply@shop.local>', 'the From of every email'),
  storefrontUrl: url('STOREFRONT_URL', 'http://localhost:3000'),
  orderServiceUrl: url('ORDER_SERVICE_URL', 'http://127.0.0.1:8004'),
  maxAttempts: int('NOTIFICATION_MAX_ATTEMPTS', 5, { min: 1, max: 50 }),
  retryBaseMs: int('NOTIFICATION_RETRY_BASE_MS', 2_000, { min: 10 }),
  retryMaxMs: int('NOTIFICATION_RETRY_MAX_MS', 300_000, { min: 10 }),
  upstreamTimeoutMs: int('UPSTREAM_TIMEOUT_MS', 5_000, { min: 100, max: 60_000 }),
};

export function loadNotificationConfig(env: Env = process.env) {
  return loadConfig(notificationConfigSchema, env);
}

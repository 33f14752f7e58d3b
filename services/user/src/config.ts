import { type Env, int, loadConfig, optionalStr, optionalUrl, str } from '@shop/config/config';
import { serviceSettings } from '@shop/config/service';

export const userConfigSchema = {
  ...serviceSettings('user', 8006),
  databaseUrl: optionalUrl(['USER_DATABASE_URL', 'DATABASE_URL'], ['postgres', 'postgresql']),
  jwtPrivateKey: optionalStr('JWT_PRIVATE_KEY', 'ES256 private key, PKCS#8 PEM or JWK; generated into DATA_DIR when absent'),
  accessTtlSeconds: int('JWT_ACCESS_TTL_SECONDS', 900, { min: 60, max: 3600 }),
  refreshTtlSeconds: int('JWT_REFRESH_TTL_SECONDS', 30 * 86_400, { min: 3600 }),
  // Parallel refreshes with one cookie (pages, prefetches, server actions) share one successor.
  refreshReuseGraceSeconds: int('AUTH_REFRESH_REUSE_GRACE_SECONDS', 30, { min: 0, max: 300 }),
  serviceClients: optionalStr('SERVICE_CLIENTS', 'id:secret,id:secret; generated into DATA_DIR when absent'),
  adminEmail: str('ADMIN_EMAIL', 'admin@shop.local'),
  adminPassword: optionalStr('ADMIN_PASSWORD', 'initial admin password; generated and kept in DATA_DIR when absent'),
  loginMaxFailures: int('LOGIN_MAX_FAILURES', 5, { min: 1 }),
  loginWindowSeconds: int('LOGIN_WINDOW_SECONDS', 900, { min: 1 }),
};

export type UserConfig = ReturnType<typeof loadUserConfig>;

export function loadUserConfig(env: Env = process.env) {
  return loadConfig(userConfigSchema, env);
}

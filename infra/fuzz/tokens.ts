import { randomUUID } from 'node:crypto';
import { serviceClients } from '@shop/config/secrets';

/** The callers every service is fuzzed as: each is one Schemathesis run with that caller's token. */
export const ROLES = ['anonymous', 'customer', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];
export type Tokens = Record<Role, string | undefined>;

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/**
 * Mints an access token per role through the user service's own API: a customer registered for
 * the purpose, the initial admin, the order service's client credentials. Access tokens live 15
 * minutes, so `mint()` is called before each service's runs: the admin signs in once and then
 * refreshes (the fuzzer's failed sign-ins may have throttled the admin's email by then).
 */
export async function tokenMinter(
  userUrl: string,
  admin: { email: string; password: string },
  dataDir: string,
): Promise<() => Promise<Tokens>> {
  const email = `fuzz-${randomUUID().slice(0, 8)}@example.com`;
  const password = 'fuzz-customer-password';
  let customerRefresh = (await post(`${userUrl}/api/v1/auth/register`, { email, password, firstName: 'Fuzz', lastName: 'Customer' }))[
    'refreshToken'
  ] as string;
  let adminRefresh = (await post(`${userUrl}/api/v1/auth/login`, admin))['refreshToken'] as string;
  const clientSecret = serviceClients(dataDir, process.env['SERVICE_CLIENTS'])['order'];
  if (!clientSecret) throw new Error('no client credentials for the order service');

  const refresh = async (token: string): Promise<{ accessToken: string; refreshToken: string }> =>
    (await post(`${userUrl}/api/v1/auth/refresh`, { refreshToken: token })) as { accessToken: string; refreshToken: string };

  return async () => {
    const customer = await refresh(customerRefresh);
    customerRefresh = customer.refreshToken;
    const signedIn = await refresh(adminRefresh);
    adminRefresh = signedIn.refreshToken;
    const service = await post(`${userUrl}/api/v1/auth/token`, { clientId: 'order', clientSecret });
    return { anonymous: undefined, customer: customer.accessToken, admin: signedIn.accessToken, service: service['accessToken'] as string };
  };
}

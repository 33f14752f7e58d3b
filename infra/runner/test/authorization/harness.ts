import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceClients } from '@shop/config/secrets';
import { SignJWT, importJWK, type JWK } from 'jose';
import { ephemeralPorts } from '../../src/env.js';
import { startPlatform, type Platform } from '../../src/main.js';

/** Who calls, in the order each route's requests are sent (a refused caller changes nothing). */
export const CALLERS = ['anonymous', 'expired', 'deactivated', 'customerA', 'owner', 'admin', 'service'] as const;
export type Caller = (typeof CALLERS)[number];

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export const ADMIN = { email: 'admin@shop.local', password: 'matrix-admin-password' };
export const ADDRESS = { firstName: 'Ada', lastName: 'Owner', line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' };
export const CARD = { type: 'card', cardNumber: '4242424242424242', expMonth: 12, expYear: new Date().getFullYear() + 2, cvc: '123' };

export interface Account {
  id: string;
  email: string;
  password: string;
  token: string;
}

/** A request to one service; `token` absent: anonymous. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string | undefined; body?: unknown } = {},
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  const json = /json/.test(response.headers.get('content-type') ?? '') && text ? (JSON.parse(text) as Record<string, unknown>) : {};
  return { status: response.status, body: json };
}

/** Asks `read` again until `done` holds of its answer, or fails after `timeoutMs` naming `what` and the last answer. */
export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Fails naming the request when the answer is not the one expected. */
function ok(answer: Answer, status: number, what: string): Record<string, unknown> {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The whole platform in this process, on the embedded engines and free ports, with a throw-away data folder. */
export async function startTestPlatform(): Promise<{ platform: Platform; dataDir: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'authz-'));
  const platform = await startPlatform({
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    ...ephemeralPorts(),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ADMIN_PASSWORD: ADMIN.password,
    // Each test creates what it needs; the demo catalog would only slow the start.
    CATALOG_DEMO_DATA: 'false',
    INVENTORY_DEMO_DATA: 'false',
    RATE_LIMIT_MAX: '0',
  });
  return {
    platform,
    dataDir,
    async close() {
      await platform.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Accounts, tokens and resources made through the API, for tests that call the services as someone. */
export function actors(services: Record<string, string>, dataDir: string) {
  const url = (service: string) => {
    const found = services[service];
    if (!found) throw new Error(`no ${service} service here`);
    return found;
  };
  const user = url('user');

  async function login(email: string, password: string): Promise<{ accessToken: string; refreshToken: string }> {
    const body = ok(await call(user, 'POST', '/api/v1/auth/login', { body: { email, password } }), 200, `sign-in of ${email}`);
    return body as { accessToken: string; refreshToken: string };
  }

  async function register(name: string): Promise<Account> {
    const email = `${name}-${randomUUID().slice(0, 8)}@example.com`;
    const password = `password-of-${name}`;
    const body = ok(
      await call(user, 'POST', '/api/v1/auth/register', { body: { email, password, firstName: name, lastName: 'Matrix' } }),
      201,
      `registration of ${name}`,
    );
    return { id: (body['user'] as { id: string }).id, email, password, token: body['accessToken'] as string };
  }

  async function admin(): Promise<string> {
    return (await login(ADMIN.email, ADMIN.password)).accessToken;
  }

  async function patchUser(adminToken: string, id: string, changes: Record<string, unknown>): Promise<void> {
    ok(await call(user, 'PATCH', `/api/v1/users/${id}`, { token: adminToken, body: changes }), 200, `PATCH of user ${id}`);
  }

  async function serviceToken(clientId = 'order'): Promise<string> {
    const clientSecret = serviceClients(dataDir)[clientId]!;
    const body = ok(await call(user, 'POST', '/api/v1/auth/token', { body: { clientId, clientSecret } }), 200, 'service token');
    return body['accessToken'] as string;
  }

  /** A token the platform's own key signed, for `sub`, that expired five minutes ago. */
  async function expiredToken(sub: string): Promise<string> {
    const jwk = JSON.parse(readFileSync(join(dataDir, 'secrets', 'jwt-es256.jwk.json'), 'utf8')) as JWK;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ role: 'customer' })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid! })
      .setSubject(sub)
      .setIssuer('shop-platform')
      .setAudience('shop-platform')
      .setIssuedAt(now - 1200)
      .setExpirationTime(now - 300)
      .setJti(randomUUID())
      .sign(await importJWK(jwk, 'ES256'));
  }

  /** An active product with stock, made by the admin. */
  async function product(adminToken: string, quantity = 1000): Promise<{ id: string; sku: string; slug: string }> {
    const sku = `MX-${randomUUID().slice(0, 8)}`;
    const body = ok(
      await call(url('catalog'), 'POST', '/api/v1/products', { token: adminToken, body: { sku, name: `Matrix ${sku}`, price: 10 } }),
      201,
      'product',
    );
    ok(await call(url('inventory'), 'PUT', `/api/v1/inventory/${sku}`, { token: adminToken, body: { quantity } }), 200, 'stock');
    return { id: body['id'] as string, sku, slug: body['slug'] as string };
  }

  /** A confirmed, paid order of `token`'s customer for one unit of the product. */
  async function order(token: string, productId: string): Promise<{ id: string; paymentId: string }> {
    const body = ok(
      await call(url('order'), 'POST', '/api/v1/orders', {
        token,
        body: { items: [{ productId, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: CARD },
      }),
      201,
      'order',
    );
    return { id: body['id'] as string, paymentId: body['paymentId'] as string };
  }

  return { url, login, register, admin, patchUser, serviceToken, expiredToken, product, order };
}

export type Actors = ReturnType<typeof actors>;

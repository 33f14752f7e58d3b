import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signClientAddress } from '@shop/auth/client-address';
import type { PgliteHost } from '@shop/db/pglite';
import { testPgliteHost } from '@shop/db/testing';
import type { EventBus } from '@shop/events/bus';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { TOPICS } from '@shop/events/catalog';
import { startGateway, type RunningGateway } from '@shop/gateway/main';
import { silentLogger } from '@shop/logging/logger';
import type { RunningService } from '@shop/runtime/runtime';
import { startUserService } from '@shop/user-service/main';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The sign-in throttle as an attacker meets it: through the gateway's real socket, in front of
// the real user service, which trusts the gateway (on loopback) and nobody else.
const SECRET = 'the-key-the-web-apps-sign-addresses-with';
const PASSWORD = 'the-right-password-1';

let host: PgliteHost;
let bus: EventBus;
let user: RunningService;
let gateway: RunningGateway;

beforeAll(async () => {
  host = await testPgliteHost();
  bus = await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  await bus.ensureTopics(TOPICS);
  const dataDir = mkdtempSync(join(tmpdir(), 'client-address-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '10000' };
  user = await startUserService(
    { ...env, PORT: '0', ADMIN_EMAIL: 'admin@shop.test', ADMIN_PASSWORD: 'admin-password-1' },
    { pglite: host, bus },
  );
  gateway = await startGateway({
    ...env,
    PORT: '0',
    GATEWAY_INTERNAL_PORT: '0',
    USER_SERVICE_URL: user.url,
    CLIENT_ADDRESS_SECRET: SECRET,
  });
});
afterAll(async () => {
  await gateway?.close();
  await user?.close();
  await bus?.close();
  await host?.close();
});

async function login(email: string, password: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${gateway.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  await response.arrayBuffer();
  return response.status;
}

async function register(): Promise<string> {
  const email = `shopper-${crypto.randomUUID()}@example.com`;
  const response = await fetch(`${gateway.url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, firstName: 'Ada', lastName: 'Lovelace' }),
  });
  expect(response.status).toBe(201);
  return email;
}

describe('client addresses at the edge', () => {
  it('when eight wrong passwords each claim another X-Forwarded-For, then the sixth and later are 429', async () => {
    const email = await register();
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) statuses.push(await login(email, 'wrong-password', { 'x-forwarded-for': `203.0.113.${i}` }));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('when an X-Forwarded-For or any other header is very long, then the answer is still the usual one', async () => {
    const email = await register();
    expect(await login(email, PASSWORD, { 'x-forwarded-for': 'f'.repeat(70) })).toBe(200);
    expect(await login(email, PASSWORD, { 'x-forwarded-for': '1.2.3.4, '.repeat(900) })).toBe(200);
    expect(await login(email, PASSWORD, { 'x-anything': 'x'.repeat(8_000) })).toBe(200);
  });

  it('when a web app vouches for its shoppers, then a flood from one address does not lock the owner out from another', async () => {
    const email = await register();
    const from = (address: string) => ({ 'x-shop-client-address': signClientAddress(address, SECRET) });
    for (let i = 0; i < 5; i++) expect(await login(email, 'wrong-password', from('198.51.100.66'))).toBe(401);
    expect(await login(email, PASSWORD, from('198.51.100.66'))).toBe(429);
    expect(await login(email, PASSWORD, from('192.0.2.10'))).toBe(200);
  });

  it('when a vouching header is forged or stale, then the gateway ignores it and counts the real peer', async () => {
    const email = await register();
    const forged = signClientAddress('198.51.100.77', 'a-key-nobody-was-given-at-all-000');
    const stale = signClientAddress('198.51.100.78', SECRET, Date.now() - 10 * 60_000);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push(await login(email, 'wrong-password', { 'x-shop-client-address': forged }));
    for (let i = 0; i < 3; i++) statuses.push(await login(email, 'wrong-password', { 'x-shop-client-address': stale }));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

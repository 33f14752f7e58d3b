import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCartService } from '@shop/cart-service/main';
import type { PgliteHost } from '@shop/db/pglite';
import { testPgliteHost } from '@shop/db/testing';
import type { EventBus } from '@shop/events/bus';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { startInventoryService } from '@shop/inventory-service/main';
import { silentLogger } from '@shop/logging/logger';
import type { RunningService } from '@shop/runtime/runtime';
import { startUserService } from '@shop/user-service/main';
import { ADMIN, actors, call, type Actors } from './harness.js';

/** How long another service may take to refuse a token after the change was answered. */
const BOUND_MS = 5_000;

/**
 * The user service, the inventory service and two replicas of the cart on one embedded bus (the
 * log in PGlite, as in `npm start`), each replica a process's worth of state: its own deny-list.
 */
describe('deny-list: a deactivated or demoted user is refused everywhere, by every replica', () => {
  let host: PgliteHost;
  let bus: EventBus;
  let user: RunningService;
  const others: RunningService[] = [];
  let carts: RunningService[];
  let inventory: RunningService;
  let act: Actors;
  let adminToken: string;
  const quiet = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const shared = () => ({ pglite: host, bus, logDestination: quiet as never });
  const dataDir = () => mkdtempSync(join(tmpdir(), 'deny-list-'));
  let withUser: Record<string, string>;

  /** A cart replica: same configuration, its own data folder, its own deny-list. */
  async function cartReplica(): Promise<RunningService> {
    const replica = await startCartService({ ...withUser, DATA_DIR: dataDir() }, shared());
    others.push(replica);
    return replica;
  }

  /** The status of `request` once it is 401, or the last one after `BOUND_MS`; and how long that took. */
  async function refusedWithin(request: () => Promise<{ status: number; body: Record<string, unknown> }>) {
    const started = Date.now();
    for (;;) {
      const answer = await request();
      if (answer.status === 401 || Date.now() - started > BOUND_MS) return { ...answer, ms: Date.now() - started };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  beforeAll(async () => {
    host = await testPgliteHost();
    bus = await createEmbeddedBus({ db: await host.database('bus'), logger: silentLogger() });
    const userDir = dataDir();
    const common = { PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '0' };
    user = await startUserService({ ...common, DATA_DIR: userDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, shared());
    withUser = { ...common, USER_SERVICE_URL: user.url, JWKS_URL: `${user.url}/.well-known/jwks.json` };
    inventory = await startInventoryService({ ...withUser, DATA_DIR: dataDir() }, shared());
    others.push(inventory);
    carts = [await cartReplica(), await cartReplica()];
    act = actors({ user: user.url, inventory: inventory.url }, userDir);
    adminToken = await act.admin();
  });
  afterAll(async () => {
    for (const service of others.reverse()) await service.close();
    await user?.close();
    await bus?.close();
    await host?.close();
  });

  it('when an admin deactivates a customer, then the token they still hold gets 401 at both cart replicas within the bound', async () => {
    const c = await act.register('deactivated');
    for (const cart of carts) expect((await call(cart.url, 'GET', `/api/v1/cart/${c.id}`, { token: c.token })).status).toBe(200);

    await act.patchUser(adminToken, c.id, { isActive: false });

    for (const cart of carts) {
      const answer = await refusedWithin(() => call(cart.url, 'GET', `/api/v1/cart/${c.id}`, { token: c.token }));
      expect(answer).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    }
    // A replica started after the change still learns of it (it reads the log from its oldest event).
    const late = await cartReplica();
    expect(await refusedWithin(() => call(late.url, 'GET', `/api/v1/cart/${c.id}`, { token: c.token }))).toMatchObject({ status: 401 });
  });

  it('when an admin is demoted to customer, then their admin token gets 401 on an admin route at inventory; a new token is a customer', async () => {
    const staff = await act.register('staff');
    await act.patchUser(adminToken, staff.id, { role: 'admin' });
    const signedIn = await act.login(staff.email, staff.password);
    expect((await call(inventory.url, 'GET', '/api/v1/inventory', { token: signedIn.accessToken })).status).toBe(200);

    await act.patchUser(adminToken, staff.id, { role: 'customer' });

    const answer = await refusedWithin(() => call(inventory.url, 'GET', '/api/v1/inventory', { token: signedIn.accessToken }));
    expect(answer).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    const refreshed = await call(user.url, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: signedIn.refreshToken } });
    const asCustomer = refreshed.body['accessToken'] as string;
    expect((await call(inventory.url, 'GET', '/api/v1/inventory', { token: asCustomer })).status).toBe(403);
  });

  it('when a user is changed, then other users of the same replicas are not refused', async () => {
    const [bystander, changed] = [await act.register('bystander'), await act.register('changed')];
    await act.patchUser(adminToken, changed.id, { isActive: false });
    await refusedWithin(() => call(carts[0]!.url, 'GET', `/api/v1/cart/${changed.id}`, { token: changed.token }));
    for (const cart of carts) {
      expect((await call(cart.url, 'GET', `/api/v1/cart/${bystander.id}`, { token: bystander.token })).status).toBe(200);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceClients } from '@shop/config/secrets';
import { CALLERS, actors, call, startTestPlatform, until, type Answer, type Caller } from './harness.js';
import { KIT_ROUTES, MATRIX, type Row, type World } from './matrix.js';

const SERVICES = ['user', 'catalog', 'inventory', 'cart', 'order', 'payment', 'notification'] as const;
/** How long the services may take to learn of the deactivation (they read it from the bus). */
const DENY_WAIT_MS = 10_000;

const kitRows: Row[] = SERVICES.flatMap((service) =>
  KIT_ROUTES.map((route) => ({
    service,
    route,
    expect: [200, 200, 200, 200, 200, 200, 200] as Row['expect'],
    send: () => ({ path: route.split(' ')[1]! }),
  })),
);

describe('authorization matrix: every route of every service × every kind of caller', () => {
  let started: Awaited<ReturnType<typeof startTestPlatform>>;
  let world: World;
  const tokens = {} as Record<Caller, string | undefined>;
  let url: (service: string) => string;

  beforeAll(async () => {
    started = await startTestPlatform();
    const act = actors(started.platform.services, started.dataDir);
    url = act.url;
    const adminToken = await act.admin();
    const [a, b, deactivated] = [await act.register('a'), await act.register('b'), await act.register('deactivated')];
    await act.patchUser(adminToken, deactivated.id, { isActive: false });
    const product = await act.product(adminToken);
    const category = (await call(url('catalog'), 'POST', '/api/v1/categories', { token: adminToken, body: { name: 'Matrix category' } }))
      .body as { id: string; slug: string };
    const orderOfB = await act.order(b.token, product.id);
    Object.assign(tokens, {
      anonymous: undefined,
      expired: await act.expiredToken(b.id),
      deactivated: deactivated.token,
      customerA: a.token,
      owner: b.token,
      admin: adminToken,
      service: await act.serviceToken(),
    } satisfies Record<Caller, string | undefined>);
    const passwords: Partial<Record<Caller, string>> = { customerA: a.password, owner: b.password, admin: 'matrix-admin-password' };

    // B's welcome email, once the notification service has logged it.
    const notificationOfB = await until(
      "B's welcome email in the notification log",
      async () => {
        const list = await call(url('notification'), 'GET', `/api/v1/notifications?recipient=${encodeURIComponent(b.email)}`, {
          token: adminToken,
        });
        return ((list.body['data'] as { id: string }[] | undefined) ?? [])[0]?.id ?? '';
      },
      (id) => id !== '',
      15_000,
    );

    world = {
      a,
      b,
      product,
      category,
      orderOfB,
      notificationOfB,
      serviceSecret: serviceClients(started.dataDir)['order']!,
      passwordOf: (caller) => passwords[caller] ?? b.password,
      refreshTokenOfB: async () => (await act.login(b.email, b.password)).refreshToken,
      lineInCartOfB: async () => {
        await call(url('cart'), 'POST', `/api/v1/cart/${b.id}/items`, { token: b.token, body: { productId: product.id, quantity: 1 } });
      },
      freshProduct: () => act.product(adminToken),
      freshCategory: async () =>
        (await call(url('catalog'), 'POST', '/api/v1/categories', { token: adminToken, body: { name: `Fresh ${crypto.randomUUID()}` } }))
          .body as { id: string },
      freshOrderOfB: () => act.order(b.token, product.id),
      freshShippedOrderOfB: async () => {
        const order = await act.order(b.token, product.id);
        await call(url('order'), 'POST', `/api/v1/orders/${order.id}/ship`, {
          token: adminToken,
          body: { trackingNumber: 'TRACK-0', carrier: 'UPS' },
        });
        return order;
      },
    };

    // Every service learns of the deactivation from the bus: wait until each refuses the token on
    // a route the customer would otherwise be refused on anyway (so waiting changes nothing).
    for (const service of SERVICES) {
      const probe = MATRIX.find(
        (row) => row.service === service && !row.prepare && row.expect[2] === 401 && [403, 404].includes(row.expect[3]),
      );
      if (!probe) throw new Error(`no route of ${service} to learn of the deactivation on`);
      await until(
        `${service} refusing the deactivated user`,
        async () => (await send(probe, 'deactivated', {})).status,
        (s) => s === 401,
        DENY_WAIT_MS,
      );
    }
  });
  afterAll(() => started?.close());

  async function send(row: Row, caller: Caller, shared: Record<string, string>): Promise<Answer> {
    const request = await row.send(world, caller, shared);
    const method = row.route.split(' ')[0]!;
    return call(url(row.service), method, request.path, { token: tokens[caller], body: request.body });
  }

  it('when the services are asked for their routes, then every route has exactly one row and every row names a route', async () => {
    const served: string[] = [];
    for (const service of SERVICES) {
      const document = (await call(url(service), 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
      for (const [path, operations] of Object.entries(document.paths)) {
        for (const method of Object.keys(operations)) served.push(`${service} ${method.toUpperCase()} ${path}`);
      }
    }
    const rows = MATRIX.map((row) => `${row.service} ${row.route}`);
    expect({
      withoutRow: served.filter((route) => !rows.includes(route)),
      withoutRoute: rows.filter((row) => !served.includes(row)),
    }).toEqual({
      withoutRow: [],
      withoutRoute: [],
    });
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('when each kind of caller calls each route, then each gets the status the table says', async () => {
    const startedAt = Date.now();
    const differences: string[] = [];
    const rows = [...MATRIX, ...kitRows];
    for (const row of rows) {
      const shared = row.prepare ? await row.prepare(world) : {};
      for (const [i, caller] of CALLERS.entries()) {
        const answer = await send(row, caller, shared);
        if (answer.status !== row.expect[i]) {
          differences.push(
            `${row.service} ${row.route} as ${caller}: expected ${row.expect[i]}, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`,
          );
        }
      }
    }
    console.log(
      `authorization matrix: ${rows.length} routes × ${CALLERS.length} callers = ${rows.length * CALLERS.length} requests in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
    expect(differences).toEqual([]);
  });
});

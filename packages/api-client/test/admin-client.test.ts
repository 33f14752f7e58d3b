import { describe, expect, it } from 'vitest';
import { decodeClaims, isFresh } from '../src/claims.js';
import { createApiClient } from '../src/client.js';
import { ApiError, describeProblem } from '../src/errors.js';

/** A client whose fetch records each call and answers with `reply`. */
function recording(reply: () => Response = () => Response.json({})) {
  const calls: { method: string; url: URL; body: unknown; headers: Record<string, string> }[] = [];
  const client = createApiClient({
    baseUrl: 'http://gateway.test/',
    token: 'admin-token',
    fetch: (async (url: URL, init: RequestInit) => {
      calls.push({
        method: init.method ?? 'GET',
        url,
        body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
        headers: init.headers as Record<string, string>,
      });
      return reply();
    }) as typeof fetch,
  });
  return { client, calls };
}

const token = (claims: object) => `x.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('admin calls', () => {
  it('when staff act on orders, then the routes and bodies are the order service’s', async () => {
    const { client, calls } = recording();
    await client.shipOrder('o/1', { trackingNumber: '1Z', carrier: 'UPS' });
    await client.deliverOrder('o1');
    await client.cancelOrder('o1', 'out of stock');
    await client.cancelOrder('o1');
    await client.listOrders({ status: 'confirmed', userId: 'u1', from: '2026-01-01T00:00:00.000Z', page: 2 });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'POST /api/v1/orders/o%2F1/ship',
      'POST /api/v1/orders/o1/deliver',
      'POST /api/v1/orders/o1/cancel',
      'POST /api/v1/orders/o1/cancel',
      'GET /api/v1/orders?status=confirmed&userId=u1&from=2026-01-01T00%3A00%3A00.000Z&page=2',
    ]);
    expect(calls[0]?.body).toEqual({ trackingNumber: '1Z', carrier: 'UPS' });
    expect(calls[2]?.body).toEqual({ reason: 'out of stock' });
    expect(calls[3]?.body).toBeUndefined();
    expect(calls[0]?.headers['authorization']).toBe('Bearer admin-token');
  });

  it('when the dashboard asks for stats, then the order and payment aggregates are read with their day range', async () => {
    const { client, calls } = recording();
    await client.orderStats({ from: '2026-01-01', to: '2026-01-31' });
    await client.orderStats();
    await client.paymentStats({ to: '2026-01-31' });
    await client.listOrders({ email: 'Ada@Example.com', to: '2026-02-01T00:00:00.000Z' });
    await client.listPayments({ from: '2026-01-01T00:00:00.000Z' });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'GET /api/v1/orders/stats?from=2026-01-01&to=2026-01-31',
      'GET /api/v1/orders/stats',
      'GET /api/v1/payments/stats?to=2026-01-31',
      'GET /api/v1/orders?email=Ada%40Example.com&to=2026-02-01T00%3A00%3A00.000Z',
      'GET /api/v1/payments?from=2026-01-01T00%3A00%3A00.000Z',
    ]);
  });

  it('when a refund is retried with its key, then the Idempotency-Key header carries it', async () => {
    const { client, calls } = recording();
    await client.refundPayment('p1', { amount: 5, reason: 'scratched' }, 'key-1');
    expect(calls[0]).toMatchObject({ method: 'POST', body: { amount: 5, reason: 'scratched' } });
    expect(calls[0]?.url.pathname).toBe('/api/v1/payments/p1/refund');
    expect(calls[0]?.headers['idempotency-key']).toBe('key-1');
  });

  it('when stock, users, catalog and notifications are managed, then each call reaches its path', async () => {
    const { client, calls } = recording();
    await client.putStock('SKU-1', { quantity: 3, location: 'A1' });
    await client.skuReservations('SKU-1', 'active');
    await client.listStock({ lowStock: true });
    await client.patchUser('u1', { isActive: false });
    await client.deactivateProduct('p1');
    await client.deleteCategory('c1');
    await client.listNotifications({ status: 'failed', recipient: 'a@b.c' });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'PUT /api/v1/inventory/SKU-1',
      'GET /api/v1/inventory/SKU-1/reservations?status=active',
      'GET /api/v1/inventory?lowStock=true',
      'PATCH /api/v1/users/u1',
      'DELETE /api/v1/products/p1',
      'DELETE /api/v1/categories/c1',
      'GET /api/v1/notifications?status=failed&recipient=a%40b.c',
    ]);
  });

  it('when staff read reservations and dead letters, then the inventory and notification services’ paths are reached', async () => {
    const { client, calls } = recording();
    await client.listReservations();
    await client.listReservations({ status: 'confirmed', sku: 'SKU-1', orderId: 'o1', page: 2 });
    await client.listDeadLetters({ status: 'dead', topic: 'order-events', from: '2026-01-01T00:00:00.000Z', limit: 5 });
    await client.getDeadLetter('d/1');
    await client.replayDeadLetter('d1');
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'GET /api/v1/inventory/reservations',
      'GET /api/v1/inventory/reservations?status=confirmed&sku=SKU-1&orderId=o1&page=2',
      'GET /api/v1/notifications/dead-letters?status=dead&topic=order-events&from=2026-01-01T00%3A00%3A00.000Z&limit=5',
      'GET /api/v1/notifications/dead-letters/d%2F1',
      'POST /api/v1/notifications/dead-letters/d1/replay',
    ]);
    expect(calls[4]?.body).toBeUndefined();
  });

  it('when the API refuses, then the problem’s detail and field errors read as one sentence', async () => {
    const problem = {
      code: 'VALIDATION_FAILED',
      detail: 'The request is invalid.',
      errors: [{ path: '/body/price', message: 'must be <= 1000000' }],
    };
    const { client } = recording(() => Response.json(problem, { status: 400 }));
    const error = await client.createProduct({ name: 'x', sku: 'x', price: 2e6 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(describeProblem(error)).toBe('The request is invalid. price: must be <= 1000000');
    expect(describeProblem(new Error('x'))).toBeUndefined();
  });
});

describe('claims', () => {
  it('when a token carries a role, then it is read; a malformed one is null', () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    expect(decodeClaims(token({ sub: 'u1', email: 'a@b.c', role: 'admin', exp }))).toMatchObject({ sub: 'u1', role: 'admin' });
    expect(decodeClaims('nope')).toBeNull();
    expect(decodeClaims(token({ email: 'no-sub' }))).toBeNull();
    expect(decodeClaims(undefined)).toBeNull();
  });

  it('when a token is within the margin of its expiry, then it is not fresh', () => {
    const now = Date.now();
    const claims = decodeClaims(token({ sub: 'u1', email: 'a@b.c', role: 'admin', exp: Math.floor(now / 1000) + 30 }));
    expect(isFresh(claims, 0, now)).toBe(true);
    expect(isFresh(claims, 60_000, now)).toBe(false);
    expect(isFresh(null)).toBe(false);
  });
});

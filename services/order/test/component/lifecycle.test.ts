import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, EVENT_TIMEOUT_MS, card, clientsFor, http, startPlatform, type Platform } from '../platform.js';

describe('orders after checkout: idempotency, cancellation, shipping, ownership', () => {
  let p: Platform;
  let c: Awaited<ReturnType<typeof clientsFor>>;
  let product: { id: string; sku: string; price: number };

  beforeAll(async () => {
    p = await startPlatform();
    c = await clientsFor(p, p.order);
    const list = await http(p.catalog.url, 'GET', '/api/v1/products?limit=100');
    product = (list.body['data'] as { id: string; sku: string; price: number; inventoryQuantity: number }[]).find(
      (x) => x.inventoryQuantity >= 30,
    )!;
  }, 120_000);
  afterAll(() => p?.close());

  const body = (quantity = 1) => ({
    items: [{ productId: product.id, quantity }],
    shippingAddress: ADDRESS,
    paymentMethod: card('4242424242424242'),
  });
  const place = (payload: unknown, key?: string, token = c.customer) =>
    c.request({ method: 'POST', url: '/api/v1/orders', token, payload, headers: key ? { 'idempotency-key': key } : {} });
  const stock = async () => (await http(p.inventory.url, 'GET', `/api/v1/inventory/${product.sku}`)).body;
  const paymentsOf = async (orderId: string) =>
    (await http(p.payment.url, 'GET', `/api/v1/payments?orderId=${orderId}`, c.admin)).body['data'] as { id: string; status: string }[];

  it('when the same Idempotency-Key and body are sent again, then the first answer comes back byte for byte and one order exists', async () => {
    const key = `checkout-${crypto.randomUUID()}`;
    const first = await place(body(1), key);
    const again = await place(body(1), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    // The answer is computed before the confirmation is written (and recorded with it): it must be
    // the order exactly as it reads afterwards.
    const read = await c.request({ url: `/api/v1/orders/${first.body.id}`, token: c.customer });
    expect(read.body).toEqual(first.body);
    expect(await paymentsOf(first.body.id)).toHaveLength(1);
    const reused = await place(body(2), key);
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('when two requests with one key race, then there is one order and one charge', async () => {
    const key = `race-${crypto.randomUUID()}`;
    const before = (await c.request({ url: '/api/v1/orders?limit=1', token: c.customer })).body.total as number;
    const [a, b] = await Promise.all([place(body(1), key), place(body(1), key)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).toBe(b.body.id);
    expect((await c.request({ url: '/api/v1/orders?limit=1', token: c.customer })).body.total).toBe(before + 1);
    expect(await paymentsOf(a.body.id)).toHaveLength(1);
  });

  it('when a paid order is cancelled by its owner, then the money is refunded, the stock released and order.cancelled published', async () => {
    const before = await stock();
    const placed = await place(body(2));
    expect((await stock()).reservedQuantity).toBe(before.reservedQuantity + 2);
    const cancelled = await c.request({
      method: 'POST',
      url: `/api/v1/orders/${placed.body.id}/cancel`,
      token: c.customer,
      payload: { reason: 'changed my mind' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded', cancelReason: 'changed my mind' });
    expect((await stock()).reservedQuantity).toBe(before.reservedQuantity);
    expect(await paymentsOf(placed.body.id)).toMatchObject([{ status: 'refunded' }]);
    await expect
      .poll(() => p.events.some((e) => e.type === 'order.cancelled' && (e.data as { orderId: string }).orderId === placed.body.id), {
        timeout: EVENT_TIMEOUT_MS,
      })
      .toBe(true);
    const again = await c.request({ method: 'POST', url: `/api/v1/orders/${placed.body.id}/cancel`, token: c.customer });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_STATE');
  });

  it('when an admin ships and delivers, then stock leaves the warehouse and each step is published; other moves are 409', async () => {
    const before = await stock();
    const placed = await place(body(3));
    expect((await c.request({ method: 'POST', url: `/api/v1/orders/${placed.body.id}/deliver`, token: c.admin })).status).toBe(409);
    const shipped = await c.request({
      method: 'POST',
      url: `/api/v1/orders/${placed.body.id}/ship`,
      token: c.admin,
      payload: { trackingNumber: '1Z999AA10123456784', carrier: 'UPS' },
    });
    expect(shipped.body).toMatchObject({ status: 'shipped', trackingNumber: '1Z999AA10123456784', carrier: 'UPS' });
    expect(await stock()).toMatchObject({ quantity: before.quantity - 3, reservedQuantity: before.reservedQuantity });
    expect((await c.request({ method: 'POST', url: `/api/v1/orders/${placed.body.id}/cancel`, token: c.admin })).status).toBe(409);
    const delivered = await c.request({ method: 'POST', url: `/api/v1/orders/${placed.body.id}/deliver`, token: c.admin });
    expect(delivered.body.status).toBe('delivered');
    expect(delivered.body.statusHistory.map((h: { status: string }) => h.status)).toEqual(['pending', 'confirmed', 'shipped', 'delivered']);
    await expect
      .poll(
        () =>
          p.events
            .filter((e) => (e.data as { orderId?: string }).orderId === placed.body.id && e.type.startsWith('order.'))
            .map((e) => e.type),
        { timeout: EVENT_TIMEOUT_MS },
      )
      .toEqual(['order.created', 'order.shipped', 'order.delivered']);
  });

  it('when someone else asks for an order, then it does not exist for them; customers see only their own and cannot ship', async () => {
    const placed = await place(body(1));
    expect((await c.request({ url: `/api/v1/orders/${placed.body.id}`, token: c.otherCustomer })).status).toBe(404);
    expect((await c.request({ method: 'POST', url: `/api/v1/orders/${placed.body.id}/cancel`, token: c.otherCustomer })).status).toBe(404);
    expect((await c.request({ url: `/api/v1/orders/${placed.body.id}`, token: c.admin })).status).toBe(200);
    const theirs = await c.request({ url: '/api/v1/orders?limit=100', token: c.otherCustomer });
    expect(theirs.body.data.some((o: { id: string }) => o.id === placed.body.id)).toBe(false);
    const mine = await c.request({ url: '/api/v1/orders?limit=100&status=confirmed', token: c.customer });
    expect(mine.body.data.some((o: { id: string }) => o.id === placed.body.id)).toBe(true);
    expect(mine.body.data.every((o: { userId: string; status: string }) => o.userId === c.customerId && o.status === 'confirmed')).toBe(
      true,
    );
    expect(
      (
        await c.request({
          method: 'POST',
          url: `/api/v1/orders/${placed.body.id}/ship`,
          token: c.customer,
          payload: { trackingNumber: 'x', carrier: 'y' },
        })
      ).status,
    ).toBe(403);
    expect((await c.request({ method: 'POST', url: '/api/v1/orders', payload: body(1) })).status).toBe(401);
  });
});

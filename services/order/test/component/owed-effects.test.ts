import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, card, clientsFor, http, startPlatform, type Platform } from '../platform.js';
import { startReplica } from '../race/harness.js';

describe('effects owed by a status change that won, when they fail', () => {
  let p: Platform;
  let c: Awaited<ReturnType<typeof clientsFor>>;
  let product: { id: string; sku: string };
  let down = false;
  const unavailable = () => {
    if (down) throw new Error('service unavailable');
  };
  /** The order service's domain on two replicas, whose refunds and stock commits fail while `down`. */
  let replicas: Awaited<ReturnType<typeof startReplica>>[];

  beforeAll(async () => {
    p = await startPlatform();
    c = await clientsFor(p, p.order);
    const list = await http(p.catalog.url, 'GET', '/api/v1/products?limit=100');
    product = (list.body['data'] as { id: string; sku: string; inventoryQuantity: number }[]).find((x) => x.inventoryQuantity >= 10)!;
    const hooks = { refunding: unavailable, committing: unavailable };
    replicas = [await startReplica(p, hooks), await startReplica(p, hooks)];
  }, 120_000);
  afterAll(() => p?.close());

  const admin = { role: 'admin' as const, sub: 'staff' };
  const placed = async () => {
    const answer = await c.request({
      method: 'POST',
      url: '/api/v1/orders',
      token: c.customer,
      payload: { items: [{ productId: product.id, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: card('4242424242424242') },
    });
    expect(answer.status).toBe(201);
    return answer.body.id as string;
  };
  const reservations = async (orderId: string) =>
    (
      (await http(p.inventory.url, 'GET', `/api/v1/inventory/reservations/${orderId}`, c.service)).body['items'] as { status: string }[]
    ).map((r) => r.status);
  /** The recovery job on both replicas at once, taking whatever is owed now. */
  const recoverOnBoth = () => Promise.all(replicas.map((r) => r.lifecycle.recoverStale(new Date(Date.now() + 1_000), () => undefined)));

  it('when the refund fails after a cancel won, then the order is cancelled with the refund owed, and the job on two replicas refunds it once', async () => {
    const orderId = await placed();
    down = true;
    const cancelled = await replicas[0]!.lifecycle.cancel(orderId, admin, 'changed my mind');
    down = false;
    // Cancelled for good; the money is not back yet.
    expect(cancelled).toMatchObject({ status: 'cancelled', paymentStatus: 'paid' });
    expect(await reservations(orderId)).toEqual(['confirmed']);

    await recoverOnBoth();
    const order = await c.request({ url: `/api/v1/orders/${orderId}`, token: c.customer });
    expect(order.body).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded' });
    const payments = await http(p.payment.url, 'GET', `/api/v1/payments?orderId=${orderId}`, c.admin);
    expect(payments.body['data']).toMatchObject([{ status: 'refunded', refunds: [expect.anything()] }]);
    expect(await reservations(orderId)).toEqual(['released']);
  });

  it('when the stock commit fails after a shipment won, then the order is shipped and the job commits its stock', async () => {
    const orderId = await placed();
    down = true;
    const shipped = await replicas[0]!.lifecycle.ship(orderId, admin, '1Z999AA10123456784', 'UPS');
    down = false;
    expect(shipped.status).toBe('shipped');
    expect(await reservations(orderId)).toEqual(['confirmed']);

    await recoverOnBoth();
    expect(await reservations(orderId)).toEqual(['committed']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, card, clientsFor, http, startPlatform, type Platform } from '../platform.js';

describe('checkout when the payment service is down', () => {
  let p: Platform;
  let c: Awaited<ReturnType<typeof clientsFor>>;

  beforeAll(async () => {
    p = await startPlatform();
    c = await clientsFor(p, p.order);
  }, 120_000);
  afterAll(() => p?.close());

  it('when payment does not answer, then 503 UPSTREAM_UNAVAILABLE, the stock is released and the order is cancelled', async () => {
    const product = (
      (await http(p.catalog.url, 'GET', '/api/v1/products?limit=50')).body['data'] as {
        id: string;
        sku: string;
        inventoryQuantity: number;
      }[]
    ).find((x) => x.inventoryQuantity >= 5)!;
    const before = (await http(p.inventory.url, 'GET', `/api/v1/inventory/${product.sku}`)).body;
    await p.payment.close();
    const checkout = () =>
      c.request({
        method: 'POST',
        url: '/api/v1/orders',
        token: c.customer,
        headers: { 'idempotency-key': 'payment-down-1' },
        payload: { items: [{ productId: product.id, quantity: 2 }], shippingAddress: ADDRESS, paymentMethod: card('4242424242424242') },
      });
    const result = await checkout();
    expect(result.status).toBe(503);
    expect(result.body.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await http(p.inventory.url, 'GET', `/api/v1/inventory/${product.sku}`)).body['reservedQuantity']).toBe(
      before['reservedQuantity'],
    );
    const orders = await c.request({ url: '/api/v1/orders?limit=5', token: c.customer });
    expect(orders.body.data[0]).toMatchObject({ status: 'cancelled', paymentStatus: 'failed' });

    // A 503 is not recorded under the key, so a retry runs again; it finds the key's order
    // (cancelled) instead of starting a second one.
    const retry = await checkout();
    expect(retry.status).toBe(409);
    expect(retry.body.detail).toContain(orders.body.data[0].id);
    const after = await c.request({ url: '/api/v1/orders?limit=5', token: c.customer });
    expect(after.body.total).toBe(orders.body.total);
  });
});

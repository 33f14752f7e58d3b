import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, EVENT_TIMEOUT_MS, card, clientsFor, http, startPlatform, type Platform } from '../platform.js';

interface Product {
  id: string;
  sku: string;
  price: number;
  inventoryQuantity: number;
}

describe('checkout saga', () => {
  let p: Platform;
  let c: Awaited<ReturnType<typeof clientsFor>>;
  let products: Product[];

  beforeAll(async () => {
    p = await startPlatform();
    c = await clientsFor(p, p.order);
    const list = await http(p.catalog.url, 'GET', '/api/v1/products?limit=100&sort=price_asc');
    products = (list.body['data'] as Product[]).filter((x) => x.inventoryQuantity >= 20);
  }, 120_000);
  afterAll(() => p?.close());

  const stock = async (sku: string) => (await http(p.inventory.url, 'GET', `/api/v1/inventory/${sku}`)).body;
  const order = (body: Record<string, unknown>, token = c.customer, headers: Record<string, string> = {}) =>
    c.request({
      method: 'POST',
      url: '/api/v1/orders',
      token,
      payload: { shippingAddress: ADDRESS, paymentMethod: card('4242424242424242'), ...body },
      headers,
    });
  const payments = async (orderId: string) =>
    (await http(p.payment.url, 'GET', `/api/v1/payments?orderId=${orderId}`, c.admin)).body['data'] as { status: string }[];

  it('when a customer checks out two products with a good card, then the order is confirmed with the contract totals and the stock is reserved', async () => {
    const [a, b] = [products[0]!, products[1]!];
    const before = await stock(a.sku);
    const result = await order({
      items: [
        { productId: a.id, quantity: 2 },
        { productId: b.id, quantity: 1 },
      ],
      shippingMethod: 'express',
    });
    expect(result.status).toBe(201);
    const subtotal = Math.round((a.price * 2 + b.price) * 100);
    const tax = Math.floor((subtotal * 800 + 5_000) / 10_000);
    expect(result.body).toMatchObject({
      status: 'confirmed',
      paymentStatus: 'paid',
      email: 'ada@example.com',
      subtotal: subtotal / 100,
      taxAmount: tax / 100,
      shippingAmount: 14.99,
      totalAmount: (subtotal + tax + 1_499) / 100,
      currency: 'USD',
      orderNumber: expect.stringMatching(/^ORD-\d+$/),
    });
    expect(result.body.statusHistory.map((h: { status: string }) => h.status)).toEqual(['pending', 'confirmed']);
    expect(await stock(a.sku)).toMatchObject({ reservedQuantity: before.reservedQuantity + 2 });
    const reservation = await http(p.inventory.url, 'GET', `/api/v1/inventory/reservations/${result.body.id}`, c.service);
    expect(reservation.body['items'].map((i: { status: string }) => i.status)).toEqual(['confirmed', 'confirmed']);
    expect(await payments(result.body.id)).toMatchObject([{ status: 'succeeded' }]);
    await expect
      .poll(
        () =>
          p.events
            .filter((e) => (e.data as { orderId?: string }).orderId === result.body.id)
            .map((e) => e.type)
            .sort(),
        { timeout: EVENT_TIMEOUT_MS },
      )
      .toEqual(['order.created', 'payment.successful']);
  });

  it('when a customer asks for a quote, then it prices the cart like checkout does and places nothing', async () => {
    const item = products[5]!;
    await http(p.cart.url, 'POST', `/api/v1/cart/${c.customerId}/items`, c.customer, { productId: item.id, quantity: 2 });
    const quote = await c.request({
      method: 'POST',
      url: '/api/v1/orders/quote',
      token: c.customer,
      payload: { shippingMethod: 'express' },
    });
    expect(quote.status).toBe(200);
    expect(quote.body.items).toMatchObject([{ productId: item.id, quantity: 2, price: item.price }]);
    const before = (await c.request({ url: '/api/v1/orders?limit=1', token: c.customer })).body.total;
    const placed = await order({ shippingMethod: 'express' });
    expect(placed.status).toBe(201);
    for (const field of ['subtotal', 'taxAmount', 'shippingAmount', 'totalAmount', 'currency'])
      expect(quote.body[field], field).toBe(placed.body[field]);
    expect((await c.request({ url: '/api/v1/orders?limit=1', token: c.customer })).body.total).toBe(before + 1);
    const empty = await c.request({ method: 'POST', url: '/api/v1/orders/quote', token: c.customer, payload: {} });
    expect(empty.status).toBe(400);
    const bad = await c.request({ method: 'POST', url: '/api/v1/orders/quote', token: c.customer, payload: { shippingMethod: 'drone' } });
    expect(bad.status).toBe(400);
  });

  it('when the subtotal is 50.00 or more with standard shipping, then shipping is free; under it, 5.99', async () => {
    const cheap = products.find((x) => x.price < 20)!;
    const small = await order({ items: [{ productId: cheap.id, quantity: 1 }] });
    expect(small.body.shippingAmount).toBe(5.99);
    const expensive = products.find((x) => x.price >= 50)!;
    const big = await order({ items: [{ productId: expensive.id, quantity: 1 }] });
    expect(big.body.shippingAmount).toBe(0);
  });

  it('when the customer checks out their cart, then its lines are ordered at catalog prices and the cart is emptied; an empty cart is 400', async () => {
    const item = products[2]!;
    await http(p.cart.url, 'POST', `/api/v1/cart/${c.customerId}/items`, c.customer, { productId: item.id, quantity: 3 });
    const result = await order({});
    expect(result.status).toBe(201);
    expect(result.body.items).toMatchObject([{ productId: item.id, quantity: 3, price: item.price }]);
    await expect
      .poll(async () => (await http(p.cart.url, 'GET', `/api/v1/cart/${c.customerId}`, c.customer)).body['items'], { timeout: 5_000 })
      .toEqual([]);
    const empty = await order({});
    expect(empty.status).toBe(400);
  });

  it('when stock is short, then 409 INSUFFICIENT_STOCK names the sku, nothing is charged and nothing stays reserved', async () => {
    const [item, other] = [products[3]!, products[4]!];
    await http(p.inventory.url, 'PUT', `/api/v1/inventory/${item.sku}`, c.admin, { quantity: 5 });
    const before = { short: await stock(item.sku), other: await stock(other.sku) };
    const result = await order({
      items: [
        { productId: item.id, quantity: 6 },
        { productId: other.id, quantity: 1 },
      ],
    });
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ code: 'INSUFFICIENT_STOCK', skus: [item.sku], orderId: expect.any(String) });
    expect(await payments(result.body.orderId)).toEqual([]);
    expect(await stock(item.sku)).toMatchObject({ reservedQuantity: before.short.reservedQuantity });
    expect(await stock(other.sku)).toMatchObject({ reservedQuantity: before.other.reservedQuantity });
    const cancelled = await c.request({ url: `/api/v1/orders/${result.body.orderId}`, token: c.customer });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', paymentStatus: 'failed' });
  });

  it('when the card is declined, then 402 PAYMENT_DECLINED carries the order id, the stock is released and payment.failed is published', async () => {
    const item = products[5]!;
    const before = await stock(item.sku);
    const result = await order({ items: [{ productId: item.id, quantity: 1 }], paymentMethod: card('4000000000000002') });
    expect(result.status).toBe(402);
    expect(result.body).toMatchObject({ code: 'PAYMENT_DECLINED', orderId: expect.any(String), declineCode: 'card_declined' });
    expect(await stock(item.sku)).toMatchObject({ reservedQuantity: before.reservedQuantity });
    const cancelled = await c.request({ url: `/api/v1/orders/${result.body.orderId}`, token: c.customer });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', paymentStatus: 'failed' });
    await expect
      .poll(() => p.events.some((e) => e.type === 'payment.failed' && (e.data as { orderId: string }).orderId === result.body.orderId), {
        timeout: EVENT_TIMEOUT_MS,
      })
      .toBe(true);
  });

  it('when the processor errors once, then the charge is retried and the order confirmed with one payment', async () => {
    const result = await order({ items: [{ productId: products[6]!.id, quantity: 1 }], paymentMethod: card('4000000000000119') });
    expect(result.status).toBe(201);
    expect(result.body.status).toBe('confirmed');
    expect((await payments(result.body.id)).filter((x) => x.status === 'succeeded')).toHaveLength(1);
  });

  it('when the card number fails Luhn or has expired, then 400 and no order exists', async () => {
    const count = async () => (await c.request({ url: '/api/v1/orders?limit=100', token: c.customer })).body.total as number;
    const before = await count();
    expect((await order({ items: [{ productId: products[0]!.id, quantity: 1 }], paymentMethod: card('4242424242424241') })).status).toBe(
      400,
    );
    const expired = await order({
      items: [{ productId: products[0]!.id, quantity: 1 }],
      paymentMethod: { ...card('4242424242424242'), expYear: 2020 },
    });
    expect(expired.status).toBe(400);
    expect(await count()).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestId, startCart, type CartHarness } from './harness.js';

describe('cart: a guest shopping', () => {
  let h: CartHarness;
  beforeAll(async () => {
    h = await startCart();
  });
  afterAll(() => h.close());

  const add = (cartId: string, productId: string, quantity: number) =>
    h.request({ method: 'POST', url: `/api/v1/cart/${cartId}/items`, payload: { productId, quantity } });

  it('when a cart was never used, then GET answers an empty cart that expires a TTL from now', async () => {
    const id = guestId();
    const response = await h.request({ url: `/api/v1/cart/${id}` });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ userId: id, items: [], subtotal: 0, totalItems: 0 });
    const ttl = Date.parse(response.body.expiresAt) - Date.parse(response.body.updatedAt);
    expect(ttl).toBe(7 * 24 * 3600 * 1000);
  });

  it('when products are added, then name, sku, price and image come from the catalog and totals are exact in cents', async () => {
    const id = guestId();
    const pen = h.upstreams.addProduct({ name: 'Fountain Pen', price: 19.99 });
    const ink = h.upstreams.addProduct({ name: 'Ink', price: 0.1, imageUrl: null });
    await add(id, pen.id, 3);
    const response = await add(id, ink.id, 3);
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { productId: pen.id, sku: pen.sku, name: 'Fountain Pen', price: 19.99, quantity: 3, imageUrl: pen.imageUrl },
      { productId: ink.id, sku: ink.sku, name: 'Ink', price: 0.1, quantity: 3, imageUrl: null },
    ]);
    expect(response.body.subtotal).toBe(60.27);
    expect(response.body.totalItems).toBe(6);
    expect((await h.request({ url: `/api/v1/cart/${id}` })).body).toEqual(response.body);
  });

  it('when the client sends a price or a name, then the request is refused as an unknown field', async () => {
    const id = guestId();
    const p = h.upstreams.addProduct({ price: 250 });
    const cheap = await h.request({
      method: 'POST',
      url: `/api/v1/cart/${id}/items`,
      payload: { productId: p.id, quantity: 1, price: 0.01 },
    });
    expect(cheap.status).toBe(400);
    expect(cheap.headers['content-type']).toContain('application/problem+json');
    expect(cheap.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/price', message: 'is not an accepted field' }] });
    expect((await h.request({ url: `/api/v1/cart/${id}` })).body.items).toEqual([]);
  });

  it("when the same product is added again, then its quantity grows and the price is the catalog's current one", async () => {
    const id = guestId();
    const p = h.upstreams.addProduct({ price: 10 });
    await add(id, p.id, 2);
    h.upstreams.updateProduct(p.id, { price: 12.5 });
    const response = await add(id, p.id, 3);
    expect(response.body.items).toMatchObject([{ productId: p.id, quantity: 5, price: 12.5 }]);
    expect(response.body.subtotal).toBe(62.5);
  });

  it('when a quantity is outside 1..99 or not an integer, or a line would pass 99, then 400 names /quantity', async () => {
    const id = guestId();
    const p = h.upstreams.addProduct({}, 1_000);
    for (const quantity of [0, 100, 1.5, '2', -1]) {
      const response = await add(id, p.id, quantity as number);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].path).toBe('/quantity');
    }
    expect((await add(id, p.id, 60)).status).toBe(200);
    const over = await add(id, p.id, 40);
    expect(over.status).toBe(400);
    expect(over.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/quantity' }] });
    expect((await add(id, p.id, 39)).body.items[0].quantity).toBe(99);
  });

  it('when more is asked than inventory has, then 409 INSUFFICIENT_STOCK names the sku and what is available, and the cart is unchanged', async () => {
    const id = guestId();
    const p = h.upstreams.addProduct({}, 5);
    await add(id, p.id, 3);
    const response = await add(id, p.id, 3);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'INSUFFICIENT_STOCK', sku: p.sku, available: 5, requested: 6 });
    expect((await h.request({ url: `/api/v1/cart/${id}` })).body.items[0].quantity).toBe(3);
    const untracked = h.upstreams.addProduct({}, null);
    expect((await add(id, untracked.id, 1)).body).toMatchObject({ status: 409, available: 0 });
  });

  it('when the product is unknown or inactive, then 404 NOT_FOUND', async () => {
    const id = guestId();
    const retired = h.upstreams.addProduct({ isActive: false });
    for (const productId of ['nosuchproduct', retired.id]) {
      const response = await add(id, productId, 1);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
  });

  it('when a quantity is set, then the line takes it after a stock check; 0 removes the line; an unknown line is 404', async () => {
    const id = guestId();
    const [a, b] = [h.upstreams.addProduct({ price: 2 }, 10), h.upstreams.addProduct({ price: 3 })];
    await add(id, a.id, 1);
    await add(id, b.id, 1);
    const set = await h.request({ method: 'PUT', url: `/api/v1/cart/${id}/items/${a.id}`, payload: { quantity: 10 } });
    expect(set.body).toMatchObject({ subtotal: 23, totalItems: 11 });
    const tooMany = await h.request({ method: 'PUT', url: `/api/v1/cart/${id}/items/${a.id}`, payload: { quantity: 11 } });
    expect(tooMany.body).toMatchObject({ status: 409, code: 'INSUFFICIENT_STOCK', available: 10 });
    const removed = await h.request({ method: 'PUT', url: `/api/v1/cart/${id}/items/${a.id}`, payload: { quantity: 0 } });
    expect(removed.body.items.map((i: { productId: string }) => i.productId)).toEqual([b.id]);
    const unknown = await h.request({ method: 'PUT', url: `/api/v1/cart/${id}/items/${a.id}`, payload: { quantity: 2 } });
    expect(unknown.status).toBe(404);
    const over = await h.request({ method: 'PUT', url: `/api/v1/cart/${id}/items/${b.id}`, payload: { quantity: 100 } });
    expect(over.status).toBe(400);
  });

  it('when a line is deleted, then 200 with the cart without it; when the cart is deleted, then 204 and it reads empty', async () => {
    const id = guestId();
    const [a, b] = [h.upstreams.addProduct(), h.upstreams.addProduct()];
    await add(id, a.id, 1);
    await add(id, b.id, 2);
    const line = await h.request({ method: 'DELETE', url: `/api/v1/cart/${id}/items/${a.id}` });
    expect(line.status).toBe(200);
    expect(line.body).toMatchObject({ totalItems: 2, items: [{ productId: b.id }] });
    expect((await h.request({ method: 'DELETE', url: `/api/v1/cart/${id}/items/${a.id}` })).status).toBe(404);
    const cleared = await h.request({ method: 'DELETE', url: `/api/v1/cart/${id}` });
    expect(cleared.status).toBe(204);
    expect(cleared.text).toBe('');
    expect((await h.request({ url: `/api/v1/cart/${id}` })).body.items).toEqual([]);
    expect((await h.request({ method: 'DELETE', url: `/api/v1/cart/${id}` })).status).toBe(204);
  });

  it('when 100 distinct products are added to one cart at once, then all 100 lines are kept', async () => {
    const id = guestId();
    const products = Array.from({ length: 100 }, () => h.upstreams.addProduct({ price: 1.01 }));
    const responses = await Promise.all(products.map((p) => add(id, p.id, 1)));
    expect(responses.map((r) => r.status)).toEqual(products.map(() => 200));
    const cart = (await h.request({ url: `/api/v1/cart/${id}` })).body;
    expect(cart.items).toHaveLength(100);
    expect(new Set(cart.items.map((i: { productId: string }) => i.productId))).toEqual(new Set(products.map((p) => p.id)));
    expect(cart.subtotal).toBe(101);
  });

  it('when the service restarts on the same data folder, then the cart is still there', async () => {
    const first = await startCart();
    const id = guestId();
    const p = first.upstreams.addProduct();
    await first.request({ method: 'POST', url: `/api/v1/cart/${id}/items`, payload: { productId: p.id, quantity: 4 } });
    const before = (await first.request({ url: `/api/v1/cart/${id}` })).body;
    await first.close();
    const again = await startCart({ DATA_DIR: first.dataDir });
    try {
      expect((await again.request({ url: `/api/v1/cart/${id}` })).body).toEqual(before);
    } finally {
      await again.close();
    }
  });
});

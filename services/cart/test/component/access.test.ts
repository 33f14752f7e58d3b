import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestId, startCart, type CartHarness } from './harness.js';

describe('cart: who may use which cart', () => {
  let h: CartHarness;
  beforeAll(async () => {
    h = await startCart();
  });
  afterAll(() => h.close());

  /** A customer with one line in their cart. */
  async function customerWithCart() {
    const customer = await h.customer();
    const p = h.upstreams.addProduct();
    const added = await h.request({
      method: 'POST',
      url: `/api/v1/cart/${customer.id}/items`,
      payload: { productId: p.id, quantity: 2 },
      token: customer.token,
    });
    expect(added.status).toBe(200);
    return { ...customer, product: p, cart: added.body };
  }

  it('when a customer uses their own cart, then every endpoint works with their token', async () => {
    const me = await customerWithCart();
    const url = `/api/v1/cart/${me.id}`;
    expect((await h.request({ url, token: me.token })).body).toEqual(me.cart);
    const put = await h.request({ method: 'PUT', url: `${url}/items/${me.product.id}`, payload: { quantity: 5 }, token: me.token });
    expect(put.body.totalItems).toBe(5);
    expect((await h.request({ method: 'DELETE', url: `${url}/items/${me.product.id}`, token: me.token })).status).toBe(200);
    expect((await h.request({ method: 'DELETE', url, token: me.token })).status).toBe(204);
  });

  it("when another customer touches someone's cart, then every endpoint answers 404 and the cart is unchanged", async () => {
    const victim = await customerWithCart();
    const other = await h.customer();
    const url = `/api/v1/cart/${victim.id}`;
    const attempts = [
      { method: 'GET', url },
      { method: 'POST', url: `${url}/items`, payload: { productId: victim.product.id, quantity: 1 } },
      { method: 'PUT', url: `${url}/items/${victim.product.id}`, payload: { quantity: 9 } },
      { method: 'DELETE', url: `${url}/items/${victim.product.id}` },
      { method: 'DELETE', url },
      { method: 'POST', url: `${url}/merge`, payload: { guestId: guestId() } },
    ];
    for (const attempt of attempts) {
      const response = await h.request({ ...attempt, token: other.token });
      expect(response.status, `${attempt.method} ${attempt.url}`).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('NOT_FOUND');
    }
    // The same answer as for a cart that does not exist at all: nothing leaks.
    const nobody = await h.request({ url: `/api/v1/cart/${(await h.customer()).id}`, token: other.token });
    expect({ ...nobody.body, requestId: '' }).toEqual({ ...(await h.request({ url, token: other.token })).body, requestId: '' });
    expect((await h.request({ url, token: victim.token })).body).toEqual(victim.cart);
  });

  it("when nobody is signed in, then a user's cart is 404, and a token that does not verify is 401", async () => {
    const victim = await customerWithCart();
    expect((await h.request({ url: `/api/v1/cart/${victim.id}` })).status).toBe(404);
    const bad = await h.request({ url: `/api/v1/cart/${victim.id}`, headers: { authorization: 'Bearer not-a-jwt' } });
    expect(bad.status).toBe(401);
    expect(bad.body.code).toBe('UNAUTHENTICATED');
  });

  it('when an admin or a service reads any cart, then they get it; a service may clear it after checkout', async () => {
    const owner = await customerWithCart();
    const url = `/api/v1/cart/${owner.id}`;
    expect((await h.request({ url, token: h.admin })).body).toEqual(owner.cart);
    expect((await h.request({ url, token: h.serviceToken })).body).toEqual(owner.cart);
    expect((await h.request({ method: 'DELETE', url, token: h.serviceToken })).status).toBe(204);
    expect((await h.request({ url, token: owner.token })).body.items).toEqual([]);
  });

  it('when anyone holds a guest id, then they may use that cart with or without a token', async () => {
    const id = guestId();
    const p = h.upstreams.addProduct();
    const customer = await h.customer();
    await h.request({ method: 'POST', url: `/api/v1/cart/${id}/items`, payload: { productId: p.id, quantity: 1 } });
    const withToken = await h.request({
      method: 'POST',
      url: `/api/v1/cart/${id}/items`,
      payload: { productId: p.id, quantity: 1 },
      token: customer.token,
    });
    expect(withToken.body.items[0].quantity).toBe(2);
  });

  it('when an id only looks like a guest id (not a UUID v4), then it is treated as a user id: 404 without its token', async () => {
    for (const id of ['guest_123', 'guest_00000000-0000-1000-8000-000000000000', 'guest_ABCDEF00-0000-4000-8000-000000000000']) {
      expect((await h.request({ url: `/api/v1/cart/${id}` })).status).toBe(404);
    }
    expect((await h.request({ url: '/api/v1/cart/%7Bslot%7D' })).status).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestId, startCart, type CartHarness } from './harness.js';

describe('cart: merging the guest cart at sign-in', () => {
  let h: CartHarness;
  beforeAll(async () => {
    h = await startCart();
  });
  afterAll(() => h.close());

  const add = (cartId: string, productId: string, quantity: number, token?: string) =>
    h.request({ method: 'POST', url: `/api/v1/cart/${cartId}/items`, payload: { productId, quantity }, ...(token ? { token } : {}) });
  const merge = (userId: string, guest: string, token?: string) =>
    h.request({ method: 'POST', url: `/api/v1/cart/${userId}/merge`, payload: { guestId: guest }, ...(token ? { token } : {}) });

  it('when a customer signs in with a guest cart, then its lines join theirs (quantities add, capped at 99) and the guest cart is gone', async () => {
    const me = await h.customer();
    const guest = guestId();
    const [shared, mine, theirs, lots] = [
      h.upstreams.addProduct({ price: 5 }),
      h.upstreams.addProduct({ price: 1 }),
      h.upstreams.addProduct({ price: 2 }),
      h.upstreams.addProduct({ price: 1 }, 500),
    ];
    await add(me.id, shared.id, 2, me.token);
    await add(me.id, mine.id, 1, me.token);
    await add(me.id, lots.id, 90, me.token);
    await add(guest, shared.id, 3);
    await add(guest, theirs.id, 4);
    await add(guest, lots.id, 20);

    const merged = await merge(me.id, guest, me.token);
    expect(merged.status).toBe(200);
    const quantities = Object.fromEntries(merged.body.items.map((i: { productId: string; quantity: number }) => [i.productId, i.quantity]));
    expect(quantities).toEqual({ [shared.id]: 5, [mine.id]: 1, [theirs.id]: 4, [lots.id]: 99 });
    expect(merged.body.subtotal).toBe(25 + 1 + 8 + 99);
    expect((await h.request({ url: `/api/v1/cart/${guest}` })).body.items).toEqual([]);
    expect((await h.request({ url: `/api/v1/cart/${me.id}`, token: me.token })).body).toEqual(merged.body);
  });

  it('when the guest cart is missing or empty, then merging changes nothing and returns the user cart', async () => {
    const me = await h.customer();
    const p = h.upstreams.addProduct();
    const before = (await add(me.id, p.id, 1, me.token)).body;
    const response = await merge(me.id, guestId(), me.token);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(before);
    const fresh = await h.customer();
    expect((await merge(fresh.id, guestId(), fresh.token)).body).toMatchObject({ userId: fresh.id, items: [], totalItems: 0 });
  });

  it('when merging into a guest cart, with a malformed guest id, or without being signed in, then it is refused', async () => {
    const me = await h.customer();
    const intoGuest = await merge(guestId(), guestId(), me.token);
    expect(intoGuest.status).toBe(400);
    expect(intoGuest.body.errors[0].path).toBe('/params/userId');
    const malformed = await merge(me.id, 'guest_nope', me.token);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].path).toBe('/guestId');
    expect((await merge(me.id, guestId())).status).toBe(404);
  });
});

import { requireEngine } from '@shop/config/engines';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestId, startCart, type CartHarness } from './harness.js';

/** The service itself on Redis: the flows that depend most on the store's atomic scripts. */
describe('cart service on Redis', () => {
  const url = requireEngine('REDIS_URL');
  let h: CartHarness;
  let redis: Redis;
  const used: string[] = [];
  const cartId = (id: string) => {
    used.push(`cart:{${id}}`);
    return id;
  };

  beforeAll(async () => {
    // A generous upstream timeout: these tests are about Redis's atomicity, and 100 requests at
    // once on a busy 2-core CI machine can keep the (stub) catalog waiting past the default 2 s.
    h = await startCart({ REDIS_URL: url, CART_TTL_SECONDS: '600', UPSTREAM_TIMEOUT_MS: '15000' });
    redis = new Redis(url);
  });
  afterAll(async () => {
    if (used.length > 0) await redis.del(...used);
    await redis.quit();
    await h.close();
  });

  it('when 100 distinct products are posted to one cart at once, then all 100 lines are in its Redis hash', async () => {
    const id = cartId(guestId());
    const products = Array.from({ length: 100 }, () => h.upstreams.addProduct({ price: 0.99 }));
    const responses = await Promise.all(
      products.map((p) => h.request({ method: 'POST', url: `/api/v1/cart/${id}/items`, payload: { productId: p.id, quantity: 1 } })),
    );
    expect(responses.filter((r) => r.status !== 200).map((r) => `${r.status} ${JSON.stringify(r.body)}`)).toEqual([]);
    const cart = (await h.request({ url: `/api/v1/cart/${id}` })).body;
    expect(cart.items).toHaveLength(100);
    expect(cart.subtotal).toBe(99);
    expect(await redis.hlen(`cart:{${id}}`)).toBe(102);
  });

  it('when a customer signs in, then the guest cart merges into theirs and its key is deleted; the TTL is refreshed', async () => {
    const me = await h.customer();
    const guest = cartId(guestId());
    cartId(me.id);
    const p = h.upstreams.addProduct();
    await h.request({ method: 'POST', url: `/api/v1/cart/${guest}/items`, payload: { productId: p.id, quantity: 2 } });
    await h.request({ method: 'POST', url: `/api/v1/cart/${me.id}/items`, payload: { productId: p.id, quantity: 1 }, token: me.token });
    await redis.pexpire(`cart:{${me.id}}`, 5_000);
    const merged = await h.request({ method: 'POST', url: `/api/v1/cart/${me.id}/merge`, payload: { guestId: guest }, token: me.token });
    expect(merged.body.items[0].quantity).toBe(3);
    expect(await redis.exists(`cart:{${guest}}`)).toBe(0);
    expect(await redis.pttl(`cart:{${me.id}}`)).toBeGreaterThan(590_000);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_TOKEN, type Mode } from './fake-upstreams.js';
import { UPSTREAM_TIMEOUT_MS, guestId, startCart, type CartHarness } from './harness.js';

const SHORT_TIMEOUT_MS = 200;

describe('cart: when catalog or inventory let it down', () => {
  let h: CartHarness;
  beforeAll(async () => {
    // A short timeout of its own, so each refused call takes a fraction of a second.
    h = await startCart({ UPSTREAM_TIMEOUT_MS: String(SHORT_TIMEOUT_MS) });
  });
  afterEach(() => h.upstreams.reset());
  afterAll(() => h.close());

  /** A guest cart with one line of a product that has stock for more. */
  async function cartWithLine() {
    const id = guestId();
    const p = h.upstreams.addProduct({}, 50);
    const added = await h.request({ method: 'POST', url: `/api/v1/cart/${id}/items`, payload: { productId: p.id, quantity: 1 } });
    expect(added.status).toBe(200);
    return { id, product: p, cart: added.body };
  }

  const cases: { upstream: 'catalog' | 'inventory'; mode: Mode; what: string }[] = [
    { upstream: 'catalog', mode: 'slow', what: 'the catalog answers after the timeout' },
    { upstream: 'catalog', mode: 'fail', what: 'the catalog answers 500' },
    { upstream: 'inventory', mode: 'slow', what: 'inventory answers after the timeout' },
    { upstream: 'inventory', mode: 'fail', what: 'inventory answers 500' },
  ];

  for (const { upstream, mode, what } of cases) {
    it(`when ${what}, then adding and setting a quantity fail with 503 UPSTREAM_UNAVAILABLE and the cart is unchanged`, async () => {
      const { id, product, cart } = await cartWithLine();
      const other = h.upstreams.addProduct();
      h.upstreams.modes[upstream] = mode;
      const attempts = [
        { method: 'POST', url: `/api/v1/cart/${id}/items`, payload: { productId: product.id, quantity: 1 } },
        { method: 'POST', url: `/api/v1/cart/${id}/items`, payload: { productId: other.id, quantity: 1 } },
        { method: 'PUT', url: `/api/v1/cart/${id}/items/${product.id}`, payload: { quantity: 7 } },
      ];
      for (const attempt of attempts) {
        const started = Date.now();
        const response = await h.request(attempt);
        expect(response.status).toBe(503);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.headers['retry-after']).toBe('1');
        expect(response.body).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream });
        // Answered at the timeout (a GET is retried once), long before the slow upstream would have.
        expect(Date.now() - started).toBeLessThan(UPSTREAM_TIMEOUT_MS);
      }
      h.upstreams.reset();
      expect((await h.request({ url: `/api/v1/cart/${id}` })).body.items).toEqual(cart.items);
    });
  }

  it('when the upstreams are down, then reading, removing and clearing still work: they need neither', async () => {
    const { id, product } = await cartWithLine();
    h.upstreams.modes.catalog = 'fail';
    h.upstreams.modes.inventory = 'fail';
    expect((await h.request({ url: `/api/v1/cart/${id}` })).status).toBe(200);
    expect((await h.request({ method: 'PUT', url: `/api/v1/cart/${id}/items/${product.id}`, payload: { quantity: 0 } })).status).toBe(200);
    expect((await h.request({ method: 'DELETE', url: `/api/v1/cart/${id}` })).status).toBe(204);
  });

  it('when the cart calls catalog and inventory, then it presents its own service token (exempt from their rate limits)', async () => {
    await cartWithLine();
    expect([...h.upstreams.seen.authorization]).toEqual([`Bearer ${SERVICE_TOKEN}`]);
  });

  it('when a request is malformed, then it is a 4xx problem, never a 5xx', async () => {
    const id = guestId();
    const broken = await h.request({
      method: 'POST',
      url: `/api/v1/cart/${id}/items`,
      payload: '{"productId": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    const missing = await h.request({ method: 'POST', url: `/api/v1/cart/${id}/items`, payload: { quantity: 1 } });
    expect(missing.body.errors).toEqual([{ path: '/productId', message: 'is required' }]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventory, type InventoryHarness } from '../harness.js';

describe('inventory: never oversells', () => {
  let h: InventoryHarness;
  beforeAll(async () => {
    h = await startInventory();
  });
  afterAll(() => h.close());

  it('when 200 orders reserve 1 unit of a sku with 50 at the same moment, then exactly 50 succeed and 150 are refused', async () => {
    await h.request({ method: 'PUT', url: '/api/v1/inventory/HOT-1', token: h.admin, payload: { quantity: 50 } });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        h.request({
          method: 'POST',
          url: '/api/v1/inventory/HOT-1/reserve',
          token: h.service_,
          payload: { orderId: `race-${i}`, quantity: 1 },
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 409)).toHaveLength(150);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'INSUFFICIENT_STOCK')).toBe(true);
    expect((await h.request({ url: '/api/v1/inventory/HOT-1' })).body).toMatchObject({
      quantity: 50,
      reservedQuantity: 50,
      availableQuantity: 0,
    });
    const held = await h.request({ url: '/api/v1/inventory/HOT-1/reservations?status=active', token: h.admin });
    expect(held.body.data).toHaveLength(50);
  });

  it('when multi-sku orders race for two skus in opposite orders, then none deadlocks and totals stay within stock', async () => {
    for (const sku of ['PAIR-A', 'PAIR-B'])
      await h.request({ method: 'PUT', url: `/api/v1/inventory/${sku}`, token: h.admin, payload: { quantity: 20 } });
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        h.request({
          method: 'POST',
          url: '/api/v1/inventory/reservations',
          token: h.service_,
          payload: {
            orderId: `pair-${i}`,
            items:
              i % 2
                ? [
                    { sku: 'PAIR-A', quantity: 1 },
                    { sku: 'PAIR-B', quantity: 1 },
                  ]
                : [
                    { sku: 'PAIR-B', quantity: 1 },
                    { sku: 'PAIR-A', quantity: 1 },
                  ],
          },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(20);
    expect(results.filter((r) => r.status === 409)).toHaveLength(40);
    for (const sku of ['PAIR-A', 'PAIR-B'])
      expect((await h.request({ url: `/api/v1/inventory/${sku}` })).body).toMatchObject({ reservedQuantity: 20, availableQuantity: 0 });
  });

  it("when one order's reservation arrives many times at once, then its stock is held once and every answer is the same reservation", async () => {
    for (const sku of ['TWICE-A', 'TWICE-B'])
      await h.request({ method: 'PUT', url: `/api/v1/inventory/${sku}`, token: h.admin, payload: { quantity: 10 } });
    const items = [
      { sku: 'TWICE-B', quantity: 2 },
      { sku: 'TWICE-A', quantity: 3 },
    ];
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.request({ method: 'POST', url: '/api/v1/inventory/reservations', token: h.service_, payload: { orderId: 'twice-1', items } }),
      ),
    );
    expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(results.map((r) => JSON.stringify(r.body.items)))).toHaveProperty('size', 1);
    expect((await h.request({ url: '/api/v1/inventory/TWICE-A' })).body).toMatchObject({ reservedQuantity: 3, availableQuantity: 7 });
    expect((await h.request({ url: '/api/v1/inventory/TWICE-B' })).body).toMatchObject({ reservedQuantity: 2, availableQuantity: 8 });
  });
});

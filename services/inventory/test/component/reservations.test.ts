import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventory, type InventoryHarness } from '../harness.js';

describe('inventory: reservations', () => {
  let h: InventoryHarness;
  beforeAll(async () => {
    h = await startInventory();
    for (const [sku, quantity] of [
      ['RES-A', 10],
      ['RES-B', 3],
      ['RES-C', 1],
    ] as const) {
      await h.request({ method: 'PUT', url: `/api/v1/inventory/${sku}`, token: h.admin, payload: { quantity } });
    }
  });
  afterAll(() => h.close());

  const stock = async (sku: string) => (await h.request({ url: `/api/v1/inventory/${sku}` })).body;
  const reserveMany = (orderId: string, items: { sku: string; quantity: number }[], ttlSeconds?: number) =>
    h.request({
      method: 'POST',
      url: '/api/v1/inventory/reservations',
      token: h.service_,
      payload: { orderId, items, ...(ttlSeconds ? { ttlSeconds } : {}) },
    });
  const action = (orderId: string, verb: string) =>
    h.request({ method: 'POST', url: `/api/v1/inventory/reservations/${orderId}/${verb}`, token: h.service_ });

  it('when one sku is reserved, then 201 with an active reservation; the same order and sku again return it without reserving twice', async () => {
    const first = await h.request({
      method: 'POST',
      url: '/api/v1/inventory/RES-A/reserve',
      token: h.service_,
      payload: { orderId: 'o-1', quantity: 2 },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ orderId: 'o-1', sku: 'RES-A', quantity: 2, status: 'active', expiresAt: expect.any(String) });
    const again = await h.request({
      method: 'POST',
      url: '/api/v1/inventory/RES-A/reserve',
      token: h.service_,
      payload: { orderId: 'o-1', quantity: 2 },
    });
    expect(again.status).toBe(200);
    expect(again.body.reservationId).toBe(first.body.reservationId);
    expect(await stock('RES-A')).toMatchObject({ reservedQuantity: 2, availableQuantity: 8 });
    const different = await h.request({
      method: 'POST',
      url: '/api/v1/inventory/RES-A/reserve',
      token: h.service_,
      payload: { orderId: 'o-1', quantity: 3 },
    });
    expect(different.status).toBe(409);
  });

  it('when several skus are reserved and one is short, then 409 names every short sku and nothing is reserved', async () => {
    const result = await reserveMany('o-2', [
      { sku: 'RES-A', quantity: 1 },
      { sku: 'RES-B', quantity: 5 },
      { sku: 'RES-C', quantity: 2 },
      { sku: 'RES-UNKNOWN', quantity: 1 },
    ]);
    expect(result.status).toBe(409);
    expect(result.body.code).toBe('INSUFFICIENT_STOCK');
    expect(result.body.skus.sort()).toEqual(['RES-B', 'RES-C', 'RES-UNKNOWN']);
    expect(result.body.shortages).toContainEqual({ sku: 'RES-B', requested: 5, available: 3 });
    expect(await stock('RES-A')).toMatchObject({ reservedQuantity: 2 });
    expect((await h.request({ url: '/api/v1/inventory/reservations/o-2', token: h.service_ })).body.items).toEqual([]);
  });

  it('when every sku is available, then all are reserved together and the order shows when the hold lapses', async () => {
    const result = await reserveMany(
      'o-3',
      [
        { sku: 'RES-B', quantity: 3 },
        { sku: 'RES-C', quantity: 1 },
      ],
      120,
    );
    expect(result.status).toBe(201);
    expect(result.body.items.map((i: { sku: string; status: string }) => [i.sku, i.status])).toEqual([
      ['RES-B', 'active'],
      ['RES-C', 'active'],
    ]);
    const lapse = Date.parse(result.body.expiresAt) - Date.now();
    expect(lapse).toBeGreaterThan(100_000);
    expect(lapse).toBeLessThanOrEqual(120_000);
    expect(await stock('RES-B')).toMatchObject({ availableQuantity: 0 });
    const duplicate = await reserveMany('o-4', [
      { sku: 'RES-A', quantity: 1 },
      { sku: 'RES-A', quantity: 1 },
    ]);
    expect(duplicate.status).toBe(400);
  });

  it('when the order is confirmed, then its reservations stop expiring; commit on shipment takes the units out of stock', async () => {
    const confirmed = await action('o-3', 'confirm');
    expect(confirmed.body.items.map((i: { status: string }) => i.status)).toEqual(['confirmed', 'confirmed']);
    expect(confirmed.body.expiresAt).toBeNull();
    const committed = await action('o-3', 'commit');
    expect(committed.status).toBe(200);
    expect(committed.body.items.map((i: { status: string }) => i.status)).toEqual(['committed', 'committed']);
    expect(await stock('RES-B')).toMatchObject({ quantity: 0, reservedQuantity: 0, availableQuantity: 0 });
    expect(await stock('RES-C')).toMatchObject({ quantity: 0, reservedQuantity: 0 });
    expect((await action('o-3', 'commit')).status).toBe(200);
    expect(await stock('RES-B')).toMatchObject({ quantity: 0 });
    expect((await action('o-3', 'release')).body.items.map((i: { status: string }) => i.status)).toEqual(['committed', 'committed']);
  });

  it('when an order is released, then its stock is back; releasing twice changes nothing; a released order cannot be committed', async () => {
    await reserveMany('o-5', [{ sku: 'RES-A', quantity: 4 }]);
    expect(await stock('RES-A')).toMatchObject({ reservedQuantity: 6 });
    const released = await action('o-5', 'release');
    expect(released.body.items[0]).toMatchObject({ status: 'released' });
    expect(await stock('RES-A')).toMatchObject({ reservedQuantity: 2 });
    expect((await action('o-5', 'release')).status).toBe(200);
    expect(await stock('RES-A')).toMatchObject({ reservedQuantity: 2 });
    const commit = await action('o-5', 'commit');
    expect(commit.status).toBe(409);
    expect(commit.body.code).toBe('INVALID_STATE');
    const again = await reserveMany('o-5', [{ sku: 'RES-A', quantity: 4 }]);
    expect(again.status).toBe(201);
    expect(await stock('RES-A')).toMatchObject({ reservedQuantity: 6 });
    await h.request({ method: 'POST', url: '/api/v1/inventory/RES-A/release', token: h.service_, payload: { orderId: 'o-5' } });
    expect(await stock('RES-A')).toMatchObject({ reservedQuantity: 2 });
  });

  it('when an admin looks at a sku, then the reservations holding it are listed; an unknown order cannot be confirmed', async () => {
    const held = await h.request({ url: '/api/v1/inventory/RES-A/reservations', token: h.admin });
    expect(held.body.data.map((r: { orderId: string }) => r.orderId)).toEqual(['o-1']);
    expect((await action('no-such-order', 'confirm')).status).toBe(404);
    expect(
      (
        await h.request({
          method: 'POST',
          url: '/api/v1/inventory/reservations',
          token: h.customer,
          payload: { orderId: 'x', items: [{ sku: 'RES-A', quantity: 1 }] },
        })
      ).status,
    ).toBe(403);
  });
});

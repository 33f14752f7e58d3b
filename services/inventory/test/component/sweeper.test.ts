import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventory, type InventoryHarness } from '../harness.js';

describe('inventory: the sweeper', () => {
  let h: InventoryHarness;
  beforeAll(async () => {
    h = await startInventory({ INVENTORY_SWEEP_INTERVAL_MS: '100' });
  });
  afterAll(() => h.close());

  it('when an unconfirmed reservation lapses, then the sweeper expires it and its stock is available again; a confirmed one stays', async () => {
    await h.request({ method: 'PUT', url: '/api/v1/inventory/SWEEP-1', token: h.admin, payload: { quantity: 5 } });
    const reserve = (orderId: string) =>
      h.request({
        method: 'POST',
        url: '/api/v1/inventory/reservations',
        token: h.service_,
        payload: { orderId, items: [{ sku: 'SWEEP-1', quantity: 2 }], ttlSeconds: 1 },
      });
    await reserve('lapsing');
    await reserve('kept');
    await h.request({ method: 'POST', url: '/api/v1/inventory/reservations/kept/confirm', token: h.service_ });
    expect((await h.request({ url: '/api/v1/inventory/SWEEP-1' })).body.availableQuantity).toBe(1);
    await expect
      .poll(async () => (await h.request({ url: '/api/v1/inventory/SWEEP-1' })).body.availableQuantity, { timeout: 5_000 })
      .toBe(3);
    const lapsed = await h.request({ url: '/api/v1/inventory/reservations/lapsing', token: h.service_ });
    expect(lapsed.body.items[0].status).toBe('expired');
    const kept = await h.request({ url: '/api/v1/inventory/reservations/kept', token: h.service_ });
    expect(kept.body.items[0].status).toBe('confirmed');
  });
});

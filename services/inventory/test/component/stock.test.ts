import { parseEvent } from '@shop/events/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_WAIT_MS, startInventory, unique, type InventoryHarness } from '../harness.js';

describe('inventory: stock per sku', () => {
  let h: InventoryHarness;
  beforeAll(async () => {
    h = await startInventory();
  });
  afterAll(() => h.close());

  const put = (sku: string, quantity: number, token = h.admin, location?: string) =>
    h.request({ method: 'PUT', url: `/api/v1/inventory/${sku}`, token, payload: { quantity, ...(location ? { location } : {}) } });

  it('when an admin sets stock, then anyone reads it with the available quantity; an unknown sku is 404', async () => {
    const set = await put('STK-1', 12, h.admin, 'Aisle 3');
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ sku: 'STK-1', quantity: 12, reservedQuantity: 0, availableQuantity: 12, location: 'Aisle 3' });
    const read = await h.request({ url: '/api/v1/inventory/STK-1' });
    expect(read.body).toMatchObject({ quantity: 12, availableQuantity: 12 });
    expect((await h.request({ url: '/api/v1/inventory/NOPE-1' })).status).toBe(404);
  });

  it('when a customer or nobody sets stock, then 403 or 401; a service may', async () => {
    expect((await put('STK-2', 5, h.customer)).status).toBe(403);
    expect((await h.request({ method: 'PUT', url: '/api/v1/inventory/STK-2', payload: { quantity: 5 } })).status).toBe(401);
    expect((await put('STK-2', 5, h.service_)).status).toBe(200);
  });

  it('when the quantity would go below what is reserved, then 409 and nothing changes', async () => {
    await put('STK-3', 10);
    await h.request({
      method: 'POST',
      url: '/api/v1/inventory/STK-3/reserve',
      token: h.service_,
      payload: { orderId: 'ord-stk3', quantity: 7 },
    });
    const tooLow = await put('STK-3', 6);
    expect(tooLow.status).toBe(409);
    expect(tooLow.body).toMatchObject({ code: 'CONFLICT', reservedQuantity: 7 });
    expect((await h.request({ url: '/api/v1/inventory/STK-3' })).body).toMatchObject({
      quantity: 10,
      reservedQuantity: 7,
      availableQuantity: 3,
    });
    expect((await put('STK-3', 7)).body).toMatchObject({ quantity: 7, availableQuantity: 0 });
  });

  it('when the body is bad, then 400 and nothing is stored', async () => {
    expect((await put('STK-4', -1)).status).toBe(400);
    expect(
      (await h.request({ method: 'PUT', url: '/api/v1/inventory/STK-4', token: h.admin, payload: { quantity: 1, reserved: 0 } })).status,
    ).toBe(400);
    expect((await h.request({ method: 'PUT', url: '/api/v1/inventory/bad%20sku', token: h.admin, payload: { quantity: 1 } })).status).toBe(
      400,
    );
    expect((await h.request({ url: '/api/v1/inventory/STK-4' })).status).toBe(404);
  });

  it('when an admin lists low stock, then only skus at or under the threshold come back, lowest first', async () => {
    await put('LOW-A', 2);
    await put('LOW-B', 0);
    await put('LOW-C', 50);
    const low = await h.request({ url: '/api/v1/inventory?lowStock=true&sku=LOW-', token: h.admin });
    expect(low.body.data.map((r: { sku: string }) => r.sku)).toEqual(['LOW-B', 'LOW-A']);
    expect(low.body.total).toBe(2);
    const all = await h.request({ url: '/api/v1/inventory?sku=LOW-&limit=2', token: h.admin });
    expect(all.body).toMatchObject({ total: 3, limit: 2 });
    expect((await h.request({ url: '/api/v1/inventory', token: h.customer })).status).toBe(403);
  });

  it('when stock changes, then inventory.changed is published with the new numbers', async () => {
    const sku = unique('EVT').toUpperCase();
    const seen: { sku: string; availableQuantity: number }[] = [];
    const ids = new Set<string>();
    // A group of its own reads inventory-events from the start (on Kafka, every earlier run's events
    // too): only this sku's events are parsed and kept, a redelivered one once.
    const sub = await h.bus.subscribe({
      groupId: unique('inventory-events-test'),
      topics: ['inventory-events'],
      handler: async (m) => {
        if ((JSON.parse(m.value) as { data?: { sku?: string } }).data?.sku !== sku) return;
        const event = parseEvent(m.value);
        if (ids.has(event.id)) return;
        ids.add(event.id);
        seen.push(event.data as { sku: string; availableQuantity: number });
      },
    });
    await put(sku, 9);
    await h.request({
      method: 'POST',
      url: `/api/v1/inventory/${sku}/reserve`,
      token: h.service_,
      payload: { orderId: unique('ord-evt'), quantity: 4 },
    });
    await expect.poll(() => seen.map((e) => e.availableQuantity), { timeout: EVENT_WAIT_MS }).toEqual([9, 5]);
    await sub.close();
  });
});

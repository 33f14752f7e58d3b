import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventory, type InventoryHarness } from '../harness.js';

describe('inventory: reservations across skus (admin)', () => {
  let h: InventoryHarness;
  const reserved = new Map<string, string>(); // `${orderId} ${sku}` → reservation id

  const reserve = async (orderId: string, items: { sku: string; quantity: number }[]) => {
    const r = await h.request({ method: 'POST', url: '/api/v1/inventory/reservations', token: h.service_, payload: { orderId, items } });
    expect(r.status).toBe(201);
    for (const item of r.body.items) reserved.set(`${orderId} ${item.sku}`, item.reservationId);
  };
  const act = (orderId: string, verb: 'confirm' | 'release') =>
    h.request({ method: 'POST', url: `/api/v1/inventory/reservations/${orderId}/${verb}`, token: h.service_ });
  const list = async (query = '', token = h.admin) => h.request({ url: `/api/v1/inventory/reservations${query}`, token });
  const orders = async (query = '') => {
    const r = await list(query);
    expect(r.status).toBe(200);
    return (r.body.data as { orderId: string }[]).map((x) => x.orderId);
  };

  beforeAll(async () => {
    h = await startInventory();
    for (const sku of ['LST-A', 'LST-B'])
      await h.request({ method: 'PUT', url: `/api/v1/inventory/${sku}`, token: h.admin, payload: { quantity: 10 } });
    await reserve('lst-1', [
      { sku: 'LST-A', quantity: 1 },
      { sku: 'LST-B', quantity: 2 },
    ]);
    await reserve('lst-2', [{ sku: 'LST-A', quantity: 3 }]);
    expect((await act('lst-2', 'confirm')).status).toBe(200);
    await reserve('lst-3', [{ sku: 'LST-B', quantity: 1 }]);
    expect((await act('lst-3', 'release')).status).toBe(200);
    await reserve('lst-4', [{ sku: 'LST-A', quantity: 2 }]);
  });
  afterAll(() => h.close());

  it('when an admin lists reservations, then the active ones across skus come back newest first, with what identifies and bounds each', async () => {
    const r = await list();
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ page: 1, limit: 20, total: 3 });
    expect(r.body.data.map((x: { orderId: string }) => x.orderId)).toEqual(['lst-4', 'lst-1', 'lst-1']);
    expect(r.body.data[0]).toEqual({
      id: reserved.get('lst-4 LST-A'),
      orderId: 'lst-4',
      sku: 'LST-A',
      quantity: 2,
      status: 'active',
      expiresAt: expect.any(String),
      createdAt: expect.any(String),
    });
    expect(Date.parse(r.body.data[0].expiresAt)).toBeGreaterThan(Date.parse(r.body.data[0].createdAt));
  });

  it('when an admin filters by sku, order and status, then only those come back, a page at a time', async () => {
    expect(await orders('?sku=LST-A')).toEqual(['lst-4', 'lst-1']);
    expect(await orders('?orderId=lst-1&sku=LST-B')).toEqual(['lst-1']);
    expect(await orders('?status=confirmed')).toEqual(['lst-2']);
    expect(await orders('?status=released&sku=LST-B')).toEqual(['lst-3']);
    expect(await orders('?status=confirmed&orderId=lst-1')).toEqual([]);
    expect(await orders('?sku=NOPE-1')).toEqual([]);
    const second = await list('?limit=2&page=2');
    expect(second.body).toMatchObject({ page: 2, limit: 2, total: 3 });
    expect(second.body.data.map((x: { orderId: string }) => x.orderId)).toEqual(['lst-1']);
  });

  it('when a customer, a service or nobody lists them, then 403 or 401; a bad filter is 400; the stock of a sku is still its own route', async () => {
    expect((await list('', h.customer)).status).toBe(403);
    expect((await list('', h.service_)).status).toBe(403);
    expect((await h.request({ url: '/api/v1/inventory/reservations' })).status).toBe(401);
    for (const query of ['?status=lost', '?limit=101', '?page=0', '?sku=bad%20sku', '?colour=red']) {
      const r = await list(query);
      expect(r.status, query).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    expect((await h.request({ url: '/api/v1/inventory/LST-A' })).body).toMatchObject({ sku: 'LST-A', reservedQuantity: 6 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagingProblems } from '@shop/http/paging-testing';
import { startOrderAlone, type OrderAlone } from '../alone.js';

describe('orders: input the database cannot hold is a 400, never a 500', () => {
  let o: OrderAlone;
  beforeAll(async () => {
    o = await startOrderAlone();
  }, 120_000);
  afterAll(() => o?.close());

  it("when the orders list (an admin's or a customer's) is asked for a page out of range, then 400 naming the page; the last page there may be answers", async () => {
    for (const token of [o.admin, o.customer]) expect(await pagingProblems(o.request, '/api/v1/orders', token)).toEqual([]);
  });

  it('when the list is filtered by an email holding a NUL, then 400 naming the filter', async () => {
    const response = await o.request({ url: '/api/v1/orders?email=ada%00@example.com', token: o.admin });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/querystring/email', message: 'must not contain control characters' }]);
  });

  it('when a cancel reason holds a NUL, then 400 naming the reason and the order stays as it was', async () => {
    const id = await o.seed('2001-05-01T00:00:00.000Z', 1_000, 'confirmed', 'paid');
    const response = await o.request({
      method: 'POST',
      url: `/api/v1/orders/${id}/cancel`,
      token: o.admin,
      payload: { reason: 'no\u0000' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: '/reason', message: 'must not contain control characters other than tab and line breaks' },
    ]);
    expect((await o.request({ url: `/api/v1/orders/${id}`, token: o.admin })).body.status).toBe('confirmed');
  });

  it('when a shipment carrier holds a line break, then 400 naming it', async () => {
    const id = await o.seed('2001-05-01T00:00:00.000Z', 1_000, 'confirmed', 'paid');
    const payload = { trackingNumber: '1Z999', carrier: 'UPS\r\nX-Injected: 1' };
    const response = await o.request({ method: 'POST', url: `/api/v1/orders/${id}/ship`, token: o.admin, payload });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/carrier', message: 'must not contain control characters' }]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARDS, charge, chargeBody, newOrderId, startPayment, type PaymentHarness } from '../harness.js';

describe('payment: who may do what', () => {
  let h: PaymentHarness;
  beforeAll(async () => {
    h = await startPayment();
  });
  afterAll(() => h.close());

  it('when a customer or nobody charges, then 403 or 401 and nothing is stored; an admin may charge', async () => {
    const orderId = newOrderId('roles');
    expect((await charge(h, chargeBody(orderId), undefined, h.customer)).status).toBe(403);
    expect((await h.request({ method: 'POST', url: '/api/v1/payments', payload: chargeBody(orderId) })).status).toBe(401);
    expect(await h.sql('SELECT id FROM payments WHERE order_id = $1', [orderId])).toHaveLength(0);
    expect((await charge(h, chargeBody(orderId), undefined, h.admin)).status).toBe(201);
  });

  it("when the order's owner reads the payment, then they see it; another customer or an unknown id is 404; no token is 401", async () => {
    const mine = await charge(h, chargeBody(newOrderId('own'), CARDS.visa, { customerId: h.customerId }));
    const url = `/api/v1/payments/${mine.body.id}`;
    const read = await h.request({ url, token: h.customer });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(mine.body);
    expect((await h.request({ url, token: h.otherCustomer })).status).toBe(404);
    expect((await h.request({ url, token: h.service_ })).status).toBe(200);
    expect((await h.request({ url })).status).toBe(401);
    expect((await h.request({ url: '/api/v1/payments/no-such-payment', token: h.admin })).status).toBe(404);
    const nobodys = await charge(h, chargeBody(newOrderId('anon')));
    expect((await h.request({ url: `/api/v1/payments/${nobodys.body.id}`, token: h.customer })).status).toBe(404);
  });

  it('when a customer lists or refunds payments, then 403', async () => {
    const paid = await charge(h, chargeBody(newOrderId('cust-refund'), CARDS.visa, { customerId: h.customerId }));
    expect((await h.request({ url: '/api/v1/payments', token: h.customer })).status).toBe(403);
    expect(
      (await h.request({ method: 'POST', url: `/api/v1/payments/${paid.body.id}/refund`, token: h.customer, payload: {} })).status,
    ).toBe(403);
    expect((await h.request({ url: `/api/v1/payments/${paid.body.id}`, token: h.admin })).body.refundedAmount).toBe(0);
  });

  it('when an admin lists payments, then they come newest first, filtered by order and status, a page at a time', async () => {
    const orderId = newOrderId('list');
    const failed = await charge(h, chargeBody(orderId, CARDS.declined));
    const paid = await charge(h, chargeBody(orderId, CARDS.visa));
    const byOrder = await h.request({ url: `/api/v1/payments?orderId=${orderId}`, token: h.admin });
    expect(byOrder.body).toMatchObject({ page: 1, limit: 20, total: 2 });
    expect(byOrder.body.data.map((p: { id: string }) => p.id)).toEqual([paid.body.id, failed.body.id]);
    const onlyFailed = await h.request({ url: `/api/v1/payments?orderId=${orderId}&status=failed`, token: h.service_ });
    expect(onlyFailed.body.data.map((p: { id: string }) => p.id)).toEqual([failed.body.id]);
    const all = await h.request({ url: '/api/v1/payments?limit=2&page=2', token: h.admin });
    expect(all.body.data).toHaveLength(2);
    expect(all.body.total).toBeGreaterThanOrEqual(5);
    expect((await h.request({ url: '/api/v1/payments?limit=101', token: h.admin })).status).toBe(400);
    expect((await h.request({ url: '/api/v1/payments?status=lost', token: h.admin })).status).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARDS, EVENT_WAIT_MS, charge, chargeBody, newOrderId, startPayment, type PaymentHarness } from '../harness.js';

describe('payment: refunds', () => {
  let h: PaymentHarness;
  beforeAll(async () => {
    h = await startPayment();
  });
  afterAll(() => h.close());

  const pay = async (amount: number, card: string = CARDS.visa) => {
    const orderId = newOrderId('ref');
    const result = await charge(h, chargeBody(orderId, card, { amount, email: 'grace@example.com' }));
    return { orderId, id: result.body.id as string };
  };
  const refund = (id: string, payload?: Record<string, unknown>, token = h.admin) =>
    h.request({ method: 'POST', url: `/api/v1/payments/${id}/refund`, token, ...(payload ? { payload } : {}) });
  const refundEvents = (orderId: string) =>
    h
      .eventsOf(orderId)
      .filter((e) => e.type === 'payment.refunded')
      .map((e) => (e.data as { amount: number }).amount);

  it('when a payment is refunded without an amount, then all of it is refunded and payment.refunded carries the amount', async () => {
    const { orderId, id } = await pay(80.25);
    const result = await refund(id, { reason: 'requested_by_customer' });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'refunded', refundedAmount: 80.25, amount: 80.25 });
    expect(result.body.refunds).toEqual([
      { id: expect.any(String), amount: 80.25, reason: 'requested_by_customer', createdAt: expect.any(String) },
    ]);
    await expect.poll(() => refundEvents(orderId), { timeout: EVENT_WAIT_MS }).toEqual([80.25]);
    expect(h.eventsOf(orderId).find((e) => e.type === 'payment.refunded')!.data).toMatchObject({
      paymentId: id,
      orderId,
      currency: 'USD',
      email: 'grace@example.com',
    });
    expect((await h.request({ url: `/api/v1/payments/${id}`, token: h.admin })).body).toMatchObject({
      status: 'refunded',
      refundedAmount: 80.25,
    });
  });

  it('when parts are refunded, then the status is partially_refunded until nothing remains; an empty body refunds the rest', async () => {
    const { orderId, id } = await pay(100);
    const first = await refund(id, { amount: 30.1 });
    expect(first.body).toMatchObject({ status: 'partially_refunded', refundedAmount: 30.1 });
    const second = await refund(id, { amount: 19.9 });
    expect(second.body).toMatchObject({ status: 'partially_refunded', refundedAmount: 50 });
    const rest = await refund(id, {});
    expect(rest.body).toMatchObject({ status: 'refunded', refundedAmount: 100 });
    expect(rest.body.refunds.map((r: { amount: number }) => r.amount)).toEqual([30.1, 19.9, 50]);
    await expect.poll(() => refundEvents(orderId), { timeout: EVENT_WAIT_MS }).toEqual([30.1, 19.9, 50]);
  });

  it('when more than what remains is asked, then 409 CONFLICT naming what is left, and nothing changes', async () => {
    const { id } = await pay(20);
    await refund(id, { amount: 15 });
    const tooMuch = await refund(id, { amount: 5.01 });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body).toMatchObject({ code: 'CONFLICT', refundableAmount: 5 });
    expect((await h.request({ url: `/api/v1/payments/${id}`, token: h.admin })).body).toMatchObject({ refundedAmount: 15 });
    expect((await refund(id)).body).toMatchObject({ status: 'refunded', refundedAmount: 20 });
  });

  it('when a refunded payment is refunded again, then 409 CONFLICT', async () => {
    const { id } = await pay(10);
    expect((await refund(id)).status).toBe(200);
    const twice = await refund(id);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CONFLICT');
    expect(await h.sql('SELECT amount_cents FROM refunds WHERE payment_id = $1', [id])).toHaveLength(1);
  });

  it('when a declined payment is refunded, then 409 CONFLICT; an unknown payment is 404; a bad amount is 400', async () => {
    const { id } = await pay(10, CARDS.insufficientFunds);
    const declined = await refund(id);
    expect(declined.status).toBe(409);
    expect(declined.body).toMatchObject({ code: 'CONFLICT', status: 409 });
    expect((await refund('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const paid = await pay(10);
    for (const amount of [0, -1, 1.234]) expect((await refund(paid.id, { amount })).status).toBe(400);
  });

  it('when refunds of one payment race, then the total refunded never exceeds the amount', async () => {
    const { id } = await pay(10);
    const results = await Promise.all(Array.from({ length: 6 }, () => refund(id, { amount: 3 })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409)).toHaveLength(3);
    expect((await h.request({ url: `/api/v1/payments/${id}`, token: h.admin })).body).toMatchObject({
      refundedAmount: 9,
      status: 'partially_refunded',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagingProblems } from '@shop/http/paging-testing';
import { charge, chargeBody, newOrderId, startPayment, type PaymentHarness } from '../harness.js';

describe('payment: input the database cannot hold is a 400, never a 500', () => {
  let h: PaymentHarness;
  beforeAll(async () => {
    h = await startPayment();
  });
  afterAll(() => h.close());

  it('when the payments list is asked for a page out of range, then 400 naming the page; the last page there may be answers', async () => {
    expect(await pagingProblems(h.request, '/api/v1/payments', h.admin)).toEqual([]);
  });

  it('when a refund reason holds a NUL, then 400 naming the reason and nothing is refunded; line breaks in it are kept', async () => {
    const paid = await charge(h, chargeBody(newOrderId('nul-refund')));
    const url = `/api/v1/payments/${paid.body.id}/refund`;
    const refused = await h.request({ method: 'POST', url, token: h.admin, payload: { amount: 1, reason: 'torn\u0000box' } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { path: '/reason', message: 'must not contain control characters other than tab and line breaks' },
    ]);
    expect((await h.request({ url: `/api/v1/payments/${paid.body.id}`, token: h.admin })).body.refundedAmount).toBe(0);
    const refunded = await h.request({
      method: 'POST',
      url,
      token: h.admin,
      payload: { amount: 1, reason: 'Torn box.\nCustomer kept it.' },
    });
    expect(refunded.status).toBe(200);
    expect(refunded.body.refunds[0].reason).toBe('Torn box.\nCustomer kept it.');
  });

  it('when a cardholder name holds a line break, then 400 naming it', async () => {
    const body = chargeBody(newOrderId('nl-name'));
    const response = await charge(h, { ...body, paymentMethod: { ...body.paymentMethod, cardholderName: 'Ada\nLovelace' } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/paymentMethod/cardholderName', message: 'must not contain control characters' }]);
  });
});

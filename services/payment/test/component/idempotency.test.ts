import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARDS, EVENT_WAIT_MS, charge, chargeBody, newOrderId, startPayment, type PaymentHarness } from '../harness.js';

describe('payment: Idempotency-Key', () => {
  let h: PaymentHarness;
  beforeAll(async () => {
    h = await startPayment();
  });
  afterAll(() => h.close());

  const rowsOf = (orderId: string) => h.sql('SELECT id FROM payments WHERE order_id = $1', [orderId]);

  it('when a charge is sent again with the same key and body, then the first answer comes back byte for byte and nothing is charged twice', async () => {
    const orderId = newOrderId('idem');
    const first = await charge(h, chargeBody(orderId), `k-${orderId}`);
    const again = await charge(h, chargeBody(orderId), `k-${orderId}`);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(await rowsOf(orderId)).toHaveLength(1);
    // Recorded by the statement that stored the payment: exactly the bytes that were sent.
    const [key] = await h.sql(`SELECT status, response_status, response_body FROM idempotency_keys WHERE key = $1`, [`k-${orderId}`]);
    expect(key).toEqual({ status: 'completed', response_status: 201, response_body: first.text });
    await expect.poll(() => h.eventsOf(orderId).length, { timeout: EVENT_WAIT_MS }).toBe(1);
  });

  it('when a declined charge is replayed with its key, then the same decline comes back and no second attempt is stored', async () => {
    const orderId = newOrderId('idem-decl');
    const first = await charge(h, chargeBody(orderId, CARDS.declined), `k-${orderId}`);
    const again = await charge(h, chargeBody(orderId, CARDS.declined), `k-${orderId}`);
    expect(first.body.status).toBe('failed');
    expect(again.text).toBe(first.text);
    expect(await rowsOf(orderId)).toHaveLength(1);
  });

  it('when the same key comes with another body, then 422 IDEMPOTENCY_KEY_REUSED and nothing more is charged', async () => {
    const orderId = newOrderId('reuse');
    await charge(h, chargeBody(orderId), `k-${orderId}`);
    const other = await charge(h, chargeBody(orderId, CARDS.visa, { amount: 50 }), `k-${orderId}`);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await rowsOf(orderId)).toHaveLength(1);
  });

  it('when two charges with one key arrive together, then one payment is made and both callers get it', async () => {
    const orderId = newOrderId('concurrent');
    const [a, b] = await Promise.all([charge(h, chargeBody(orderId), `k-${orderId}`), charge(h, chargeBody(orderId), `k-${orderId}`)]);
    expect([a!.status, b!.status]).toEqual([201, 201]);
    expect(a!.text).toBe(b!.text);
    expect(await rowsOf(orderId)).toHaveLength(1);
  });

  it('when a paid order is charged with a new key, then 409; the key of the paid charge still replays its 201', async () => {
    const orderId = newOrderId('newkey');
    const paid = await charge(h, chargeBody(orderId), `k1-${orderId}`);
    expect((await charge(h, chargeBody(orderId), `k2-${orderId}`)).status).toBe(409);
    const replay = await charge(h, chargeBody(orderId), `k1-${orderId}`);
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(paid.text);
  });

  it('when a refund is sent twice with one key, then it is refunded once', async () => {
    const orderId = newOrderId('idem-refund');
    const paid = await charge(h, chargeBody(orderId, CARDS.visa, { amount: 30 }));
    const refund = () =>
      h.request({
        method: 'POST',
        url: `/api/v1/payments/${paid.body.id}/refund`,
        token: h.service_,
        headers: { 'idempotency-key': `r-${orderId}` },
        payload: { amount: 10 },
      });
    const first = await refund();
    const again = await refund();
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.body).toMatchObject({ status: 'partially_refunded', refundedAmount: 10 });
    expect(await h.sql('SELECT id FROM refunds WHERE payment_id = $1', [paid.body.id])).toHaveLength(1);
  });
});

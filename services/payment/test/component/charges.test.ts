import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CARDS, EVENT_WAIT_MS, charge, chargeBody, newOrderId, startPayment, type PaymentHarness } from '../harness.js';

describe('payment: charging an order', () => {
  let h: PaymentHarness;
  beforeAll(async () => {
    h = await startPayment();
  });
  afterAll(() => h.close());

  const paymentsOf = async (orderId: string) => (await h.sql('SELECT status FROM payments WHERE order_id = $1', [orderId])).length;

  it.each([
    ['visa', CARDS.visa, 'visa', '4242'],
    ['mastercard', CARDS.mastercard, 'mastercard', '4444'],
    ['amex', CARDS.amex, 'amex', '0005'],
    ['discover', CARDS.discover, 'discover', '1117'],
  ])(
    'when a %s test card is charged, then 201 succeeded with a transaction id and payment.successful is published',
    async (_, number, brand, last4) => {
      const orderId = newOrderId(brand);
      const result = await charge(h, chargeBody(orderId, number, { customerId: h.customerId, email: 'ada@example.com' }));
      expect(result.status).toBe(201);
      expect(result.body).toMatchObject({
        orderId,
        amount: 49.99,
        currency: 'USD',
        paymentMethod: 'card',
        status: 'succeeded',
        transactionId: expect.stringMatching(/^txn_/),
        card: { brand, last4, expMonth: 12, expYear: new Date().getUTCFullYear() + 1 },
        errorMessage: null,
        declineCode: null,
        refundedAmount: 0,
        refunds: [],
      });
      await expect.poll(() => h.eventsOf(orderId).map((e) => e.type), { timeout: EVENT_WAIT_MS }).toEqual(['payment.successful']);
      expect(h.eventsOf(orderId)[0]).toMatchObject({
        source: 'payment',
        subject: orderId,
        data: { paymentId: result.body.id, orderId, amount: 49.99, currency: 'USD', email: 'ada@example.com' },
      });
    },
  );

  it.each([
    [CARDS.declined, 'card_declined', 'Your card was declined.'],
    [CARDS.insufficientFunds, 'insufficient_funds', 'Your card has insufficient funds.'],
    [CARDS.expired, 'expired_card', 'Your card has expired.'],
  ])(
    'when card %s is charged, then 201 failed with declineCode %s and payment.failed is published',
    async (number, declineCode, message) => {
      const orderId = newOrderId('decl');
      const result = await charge(h, chargeBody(orderId, number, { amount: 12.5, currency: 'eur' }));
      expect(result.status).toBe(201);
      expect(result.body).toMatchObject({
        status: 'failed',
        declineCode,
        errorMessage: message,
        transactionId: null,
        currency: 'EUR',
        amount: 12.5,
      });
      await expect.poll(() => h.eventsOf(orderId).map((e) => e.type), { timeout: EVENT_WAIT_MS }).toEqual(['payment.failed']);
      expect(h.eventsOf(orderId)[0]!.data).toEqual({ paymentId: result.body.id, orderId, amount: 12.5, currency: 'EUR', declineCode });
    },
  );

  it('when any other valid number is charged, then it succeeds with brand unknown; spaces and dashes are ignored', async () => {
    const unknown = await charge(h, chargeBody(newOrderId('unk'), '9000 0000 0000 0001'));
    expect(unknown.body).toMatchObject({ status: 'succeeded', card: { brand: 'unknown', last4: '0001' } });
    const twelve = await charge(h, chargeBody(newOrderId('short'), '1000-0000-0008'));
    expect(twelve.body).toMatchObject({ status: 'succeeded', card: { last4: '0008' } });
    const range2 = await charge(h, chargeBody(newOrderId('mc2'), '2223003122003222'));
    expect(range2.body.card.brand).toBe('mastercard');
  });

  it('when the number fails the Luhn check, has the wrong length or the card has expired, then 400 naming the field and nothing is stored', async () => {
    // The service's clock is the real one here (the harness passes none): frozen for this test, so a
    // month cannot end between the test choosing "this month" and the service checking it.
    const now = new Date();
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      const orderId = newOrderId('bad');
      const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
      const cases: [Record<string, unknown>, string][] = [
        [{ cardNumber: '4242424242424241' }, '/paymentMethod/cardNumber'],
        [{ cardNumber: '42424242424' }, '/paymentMethod/cardNumber'],
        [{ cardNumber: '42424242424242424242' }, '/paymentMethod/cardNumber'],
        [{ cardNumber: '4242x42424242424' }, '/paymentMethod/cardNumber'],
        [{ expYear: now.getUTCFullYear() - 1 }, '/paymentMethod/expMonth'],
        [{ expYear: lastMonth.getUTCFullYear(), expMonth: lastMonth.getUTCMonth() + 1 }, '/paymentMethod/expMonth'],
      ];
      for (const [card, path] of cases) {
        const body = chargeBody(orderId);
        const result = await charge(h, { ...body, paymentMethod: { ...body.paymentMethod, ...card } });
        expect(result.status, JSON.stringify(card)).toBe(400);
        expect(result.body.code).toBe('VALIDATION_FAILED');
        expect(result.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      }
      const thisMonth = chargeBody(newOrderId('month'), CARDS.visa);
      thisMonth.paymentMethod.expYear = now.getUTCFullYear();
      (thisMonth.paymentMethod as { expMonth: number }).expMonth = now.getUTCMonth() + 1;
      expect((await charge(h, thisMonth)).body.status).toBe('succeeded');
      expect(await paymentsOf(orderId)).toBe(0);
      expect(h.eventsOf(orderId)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('when the amount has more than 2 decimals, is not positive or a field is unknown, then 400', async () => {
    const orderId = newOrderId('amt');
    for (const overrides of [{ amount: 10.001 }, { amount: 0 }, { amount: -5 }, { currency: 'US' }, { tip: 1 }]) {
      expect((await charge(h, chargeBody(orderId, CARDS.visa, overrides))).status, JSON.stringify(overrides)).toBe(400);
    }
    expect(await paymentsOf(orderId)).toBe(0);
  });

  it('when the processor does not answer, then 503 UPSTREAM_UNAVAILABLE with Retry-After, nothing is charged, and the retry succeeds', async () => {
    const orderId = newOrderId('proc');
    const first = await charge(h, chargeBody(orderId, CARDS.processingError), `key-${orderId}`);
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', detail: 'The card processor did not answer; retry' });
    expect(first.headers['retry-after']).toBe('1');
    expect(await paymentsOf(orderId)).toBe(0);
    const retry = await charge(h, chargeBody(orderId, CARDS.processingError), `key-${orderId}`);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.body).toMatchObject({ status: 'succeeded', card: { last4: '0119' } });
    await expect.poll(() => h.eventsOf(orderId).map((e) => e.type), { timeout: EVENT_WAIT_MS }).toEqual(['payment.successful']);
  });

  it('when an order that was paid is charged again, then 409 CONFLICT and it is charged once; after a decline another card may pay', async () => {
    const orderId = newOrderId('twice');
    expect((await charge(h, chargeBody(orderId, CARDS.declined))).body.status).toBe('failed');
    const paid = await charge(h, chargeBody(orderId, CARDS.visa));
    expect(paid.body.status).toBe('succeeded');
    const again = await charge(h, chargeBody(orderId, CARDS.mastercard));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CONFLICT', orderId, paymentId: paid.body.id });
    expect((await charge(h, chargeBody(orderId, CARDS.declined))).status).toBe(409);
    const rows = await h.sql('SELECT status FROM payments WHERE order_id = $1 ORDER BY created_at', [orderId]);
    expect(rows.map((r) => r['status'])).toEqual(['failed', 'succeeded']);
  });

  it('when two charges of one order race without a key, then one goes through and the other is 409', async () => {
    const orderId = newOrderId('race');
    const results = await Promise.all([charge(h, chargeBody(orderId)), charge(h, chargeBody(orderId)), charge(h, chargeBody(orderId))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await paymentsOf(orderId)).toBe(1);
  });
});

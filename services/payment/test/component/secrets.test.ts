import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARDS, CVC, charge, chargeBody, newOrderId, startPayment, type PaymentHarness } from '../harness.js';

describe('payment: card data never kept', () => {
  let h: PaymentHarness;
  beforeAll(async () => {
    h = await startPayment();
  });
  afterAll(() => h.close());

  /** Every way a test card number could have been written down. */
  const needles = Object.values(CARDS).flatMap((n) => [n, n.replace(/(\d{4})(?=\d)/g, '$1 '), n.replace(/(\d{4})(?=\d)/g, '$1-')]);
  // The CVC as a value on its own, not as part of a longer number or hex id.
  const cvc = new RegExp(`(?<![0-9a-fA-F])${CVC}(?![0-9a-fA-F])`);

  function assertClean(texts: string[], where: string) {
    for (const text of texts) {
      for (const needle of needles) if (text.includes(needle)) throw new Error(`A card number leaked into ${where}: ${text.slice(0, 300)}`);
      if (cvc.test(text)) throw new Error(`The CVC leaked into ${where}: ${text.slice(0, 300)}`);
    }
  }

  it('when every test card is charged, retried, refused and refunded, then no number or CVC is in the logs, the answers or any row', async () => {
    for (const number of Object.values(CARDS)) {
      const orderId = newOrderId('leak');
      const body = chargeBody(orderId, number.replace(/(\d{4})(?=\d)/g, '$1 '), { customerId: h.customerId, email: 'x@example.com' });
      const first = await charge(h, body, `k-${orderId}`);
      const second = await charge(h, body, `k-${orderId}`);
      if (second.body.status === 'succeeded') {
        await h.request({
          method: 'POST',
          url: `/api/v1/payments/${second.body.id}/refund`,
          token: h.admin,
          payload: { amount: 1, reason: 'test' },
        });
      }
      expect([first.status, second.status]).toContain(201);
    }
    const bad = chargeBody(newOrderId('leak-bad'), '4242424242424241');
    expect((await charge(h, bad)).status).toBe(400);
    const paid = await h.sql('SELECT count(*)::int AS n FROM payments');
    expect(paid[0]!['n']).toBe(Object.values(CARDS).length);

    expect(h.logs.some((line) => line.includes('request completed'))).toBe(true);
    assertClean(h.logs, 'the logs');
    assertClean(h.bodies, 'a response');
    for (const table of ['payments', 'refunds', 'processor_attempts', 'idempotency_keys', 'outbox']) {
      const rows = await h.sql(`SELECT * FROM ${table}`);
      expect(rows.length, table).toBeGreaterThan(0);
      assertClean(
        rows.map((row) => JSON.stringify(row)),
        `table ${table}`,
      );
    }
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CARDS, charge, chargeBody, newOrderId, startPayment, type PaymentHarness } from '../harness.js';

const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

describe('payment: stats per day and the list by date', () => {
  let h: PaymentHarness;
  const ids: Record<string, string> = {};

  /** A charge made at `at` (moved there after the fact: the service dates it now). */
  const payAt = async (at: string, amount: number, card: string = CARDS.visa) => {
    const paid = await charge(h, chargeBody(newOrderId('stats'), card, { amount }));
    await h.sql('UPDATE payments SET created_at = $2 WHERE id = $1', [paid.body.id, at]);
    return paid.body.id as string;
  };
  /** A refund made at `at`. */
  const refundAt = async (id: string, at: string, amount?: number) => {
    const refunded = await h.request({
      method: 'POST',
      url: `/api/v1/payments/${id}/refund`,
      token: h.admin,
      payload: amount === undefined ? {} : { amount },
    });
    expect(refunded.status).toBe(200);
    await h.sql('UPDATE refunds SET created_at = $2 WHERE id = $1', [refunded.body.refunds.at(-1).id, at]);
  };
  const stats = (query: string, token = h.admin) => h.request({ url: `/api/v1/payments/stats${query}`, token });

  beforeAll(async () => {
    h = await startPayment();
    // 2001-03-10: 100.00 (refunded in two parts on later days) and 50.25 (refunded in full the same day).
    ids['partly'] = await payAt('2001-03-10T08:00:00.000Z', 100);
    ids['same-day'] = await payAt('2001-03-10T23:59:59.999Z', 50.25);
    await refundAt(ids['same-day'], '2001-03-10T23:59:59.999Z');
    // 2001-03-12: a decline, and 30.10 of the first payment back. 2001-03-11 and 13: nothing.
    ids['declined'] = await payAt('2001-03-12T00:00:00.000Z', 20, CARDS.declined);
    await refundAt(ids['partly'], '2001-03-12T10:00:00.000Z', 30.1);
    // 2001-03-14: 10.01 charged, and the rest of the first payment (69.90) refunded.
    ids['small'] = await payAt('2001-03-14T12:00:00.000Z', 10.01);
    await refundAt(ids['partly'], '2001-03-14T13:00:00.000Z');
    // Outside the range on either side.
    await payAt('2001-03-09T23:59:59.999Z', 1_000);
    await payAt('2001-03-15T00:00:00.000Z', 1_000);
  }, 120_000);
  afterAll(() => h?.close());

  it('when charges and partial and full refunds fall on several days, then captures count on their day and refunds on theirs', async () => {
    const result = await stats('?from=2001-03-10&to=2001-03-14');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      from: '2001-03-10',
      to: '2001-03-14',
      captured: 160.26,
      refunded: 150.25,
      net: 10.01,
      failedCount: 1,
      succeededCount: 3,
      byDay: [
        { date: '2001-03-10', captured: 150.25, refunded: 50.25, net: 100 },
        { date: '2001-03-11', captured: 0, refunded: 0, net: 0 },
        { date: '2001-03-12', captured: 0, refunded: 30.1, net: -30.1 },
        { date: '2001-03-13', captured: 0, refunded: 0, net: 0 },
        { date: '2001-03-14', captured: 10.01, refunded: 69.9, net: -59.89 },
      ],
    });
  });

  it('when the range holds a refund but not its charge, then the refund still lowers the net', async () => {
    const result = await stats('?from=2001-03-12&to=2001-03-13');
    expect(result.body).toMatchObject({ captured: 0, refunded: 30.1, net: -30.1, failedCount: 1, succeededCount: 0 });
    expect((await stats('?from=2001-03-11&to=2001-03-11')).body).toEqual({
      from: '2001-03-11',
      to: '2001-03-11',
      captured: 0,
      refunded: 0,
      net: 0,
      failedCount: 0,
      succeededCount: 0,
      byDay: [{ date: '2001-03-11', captured: 0, refunded: 0, net: 0 }],
    });
  });

  it('when no range is given, then it is the last 30 days ending today', async () => {
    // The service's "today" comes from its clock, the real one here (the harness passes none): it is
    // frozen for this test, so midnight cannot fall between the charge, the question and the answer.
    const now = new Date();
    vi.useFakeTimers({ toFake: ['Date'], now });
    try {
      const today = now.toISOString().slice(0, 10);
      const paid = await charge(h, chargeBody(newOrderId('today'), CARDS.visa, { amount: 12.34 }));
      await h.request({ method: 'POST', url: `/api/v1/payments/${paid.body.id}/refund`, token: h.service_, payload: { amount: 2.34 } });
      // Dated by the database's own clock, which is not frozen: put on the service's today.
      await h.sql('UPDATE payments SET created_at = $2 WHERE id = $1', [paid.body.id, now.toISOString()]);
      await h.sql('UPDATE refunds SET created_at = $2 WHERE payment_id = $1', [paid.body.id, now.toISOString()]);
      // The last instant of the day before the range: not counted.
      await payAt(`${daysBefore(today, 30)}T23:59:59.999Z`, 50);
      const result = await stats('', h.service_);
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ from: daysBefore(today, 29), to: today, captured: 12.34, refunded: 2.34, net: 10 });
      expect(result.body.byDay.map((d: { date: string }) => d.date)).toEqual(
        Array.from({ length: 30 }, (_, i) => daysBefore(today, 29 - i)),
      );
      expect(result.body.byDay.at(-1)).toEqual({ date: today, captured: 12.34, refunded: 2.34, net: 10 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('when the range is inverted, longer than 366 days or not a date, then 400 problem+json', async () => {
    const inverted = await stats('?from=2001-03-14&to=2001-03-10');
    expect(inverted.status).toBe(400);
    expect(inverted.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(inverted.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/querystring/from' }] });
    expect((await stats('?from=2001-01-01&to=2002-01-02')).status).toBe(400);
    expect((await stats('?from=2001-01-01&to=2002-01-01')).status).toBe(200);
    for (const query of ['?from=2001-13-01', '?to=14-03-2001', '?status=failed']) expect((await stats(query)).status, query).toBe(400);
  });

  it('when a customer or nobody asks for stats, then 403 or 401', async () => {
    expect((await stats('', h.customer)).status).toBe(403);
    expect((await h.request({ url: '/api/v1/payments/stats' })).status).toBe(401);
  });

  it('when payments are listed by creation time, then from is inclusive and to exclusive, with the other filters', async () => {
    const list = async (query: string) =>
      (await h.request({ url: `/api/v1/payments?limit=100&${query}`, token: h.admin })).body.data.map((p: { id: string }) => p.id);
    expect(await list('from=2001-03-10T00:00:00.000Z&to=2001-03-14T12:00:00.000Z')).toEqual([
      ids['declined'],
      ids['same-day'],
      ids['partly'],
    ]);
    expect(await list('from=2001-03-10T00:00:00.000Z&to=2001-03-15T00:00:00.000Z&status=refunded')).toEqual([
      ids['same-day'],
      ids['partly'],
    ]);
    expect((await h.request({ url: '/api/v1/payments?from=2001-03-10', token: h.admin })).status).toBe(400);
    const reversed = await h.request({ url: '/api/v1/payments?from=2001-03-14T00:00:00Z&to=2001-03-10T00:00:00Z', token: h.admin });
    expect(reversed.status).toBe(400);
    expect(reversed.headers['content-type']).toContain('application/problem+json');
    expect(reversed.body.errors).toEqual([{ path: '/querystring/from', message: 'must be before to' }]);
  });
});

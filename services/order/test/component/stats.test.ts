import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOrderAlone, type OrderAlone } from '../alone.js';

const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
// The service's "now": late on 1 March (2026 is not a leap year), so the default range starts on 31 January.
const NOW = new Date('2026-03-01T23:30:00.000Z');
const TODAY = '2026-03-01';

describe('orders: stats per day and the admin list filters', () => {
  let o: OrderAlone;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    o = await startOrderAlone({ clock: { now: () => NOW } });
    // 2001-05-01: two paid (at the first and the last instant of the day), a declined checkout, one not yet paid.
    ids['first'] = await o.seed('2001-05-01T00:00:00.000Z', 1_000, 'confirmed', 'paid');
    ids['last'] = await o.seed('2001-05-01T23:59:59.999Z', 2_550, 'delivered', 'paid');
    ids['declined'] = await o.seed('2001-05-01T12:00:00.000Z', 9_900, 'cancelled', 'failed', 'Grace.Hopper@Example.com');
    ids['unpaid'] = await o.seed('2001-05-01T13:00:00.000Z', 500, 'pending', 'pending', 'grace.hopper@example.com.au');
    // 2001-05-02: nothing. 2001-05-03: shipped, cancelled after payment (refunded), charged but not yet confirmed.
    ids['shipped'] = await o.seed('2001-05-03T09:00:00.000Z', 4_001, 'shipped', 'paid', 'grace.hopper@example.com');
    ids['refunded'] = await o.seed('2001-05-03T10:00:00.000Z', 3_000, 'cancelled', 'refunded');
    ids['charged'] = await o.seed('2001-05-03T11:00:00.000Z', 700, 'pending', 'paid');
    // Just outside the range on either side.
    await o.seed('2001-04-30T23:59:59.999Z', 100_000, 'confirmed', 'paid');
    await o.seed('2001-05-04T00:00:00.000Z', 100_000, 'confirmed', 'paid');
  }, 120_000);
  afterAll(() => o?.close());

  const stats = (query: string, token = o.admin) => o.request({ url: `/api/v1/orders/stats${query}`, token });
  const listIds = async (query: string, token = o.admin) => {
    const list = await o.request({ url: `/api/v1/orders?limit=100&${query}`, token });
    expect(list.status).toBe(200);
    return list.body.data.map((x: { id: string }) => x.id);
  };

  it('when orders span several days and statuses, then each UTC day counts its orders and the revenue of the paid ones', async () => {
    const result = await stats('?from=2001-05-01&to=2001-05-03');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      from: '2001-05-01',
      to: '2001-05-03',
      orders: 7,
      // 10.00 + 25.50 + 40.01 + 7.00: not the declined, the unpaid or the refunded order.
      revenue: 82.51,
      // 82.51 over 4 paid orders = 20.6275, half-up at the cent.
      averageOrderValue: 20.63,
      byStatus: { pending: 2, confirmed: 1, shipped: 1, delivered: 1, cancelled: 2 },
      byDay: [
        { date: '2001-05-01', orders: 4, revenue: 35.5 },
        { date: '2001-05-02', orders: 0, revenue: 0 },
        { date: '2001-05-03', orders: 3, revenue: 47.01 },
      ],
    });
  });

  it('when a day has no orders, then it is there with zeros and the average is 0', async () => {
    const result = await stats('?from=2001-05-02&to=2001-05-02');
    expect(result.body).toEqual({
      from: '2001-05-02',
      to: '2001-05-02',
      orders: 0,
      revenue: 0,
      averageOrderValue: 0,
      byStatus: { pending: 0, confirmed: 0, shipped: 0, delivered: 0, cancelled: 0 },
      byDay: [{ date: '2001-05-02', orders: 0, revenue: 0 }],
    });
  });

  it('when no range is given, then it is the last 30 days ending today, every day present', async () => {
    await o.seed(NOW.toISOString(), 1_234, 'confirmed', 'paid');
    // The day before the range, at its last instant: not counted.
    await o.seed('2026-01-30T23:59:59.999Z', 5_000, 'confirmed', 'paid');
    const result = await stats('');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ from: '2026-01-31', to: TODAY, orders: 1, revenue: 12.34 });
    expect(result.body.byDay.map((d: { date: string }) => d.date)).toEqual(Array.from({ length: 30 }, (_, i) => daysBefore(TODAY, 29 - i)));
    expect(result.body.byDay.at(-1)).toEqual({ date: TODAY, orders: 1, revenue: 12.34 });
    // Only `to`: the 30 days ending then.
    expect((await stats('?to=2001-05-03')).body).toMatchObject({ from: '2001-04-04', to: '2001-05-03', orders: 8 });
  });

  it('when the range is inverted, longer than 366 days or not a date, then 400 problem+json naming the field', async () => {
    const inverted = await stats('?from=2001-05-03&to=2001-05-01');
    expect(inverted.status).toBe(400);
    expect(inverted.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(inverted.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/querystring/from' }] });
    const tooLong = await stats('?from=2000-01-01&to=2001-01-01');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/querystring/to' }] });
    for (const query of ['?from=2001-02-29', '?to=2001-05-3', '?from=yesterday', '?from=2001-05-01T00:00:00Z', '?days=7']) {
      const bad = await stats(query);
      expect(bad.status, query).toBe(400);
      expect(bad.body.code, query).toBe('VALIDATION_FAILED');
    }
    // A leap year is 366 days: the longest range allowed.
    const leapYear = await stats('?from=2000-01-01&to=2000-12-31');
    expect(leapYear.status).toBe(200);
    expect(leapYear.body.byDay).toHaveLength(366);
  });

  it('when a customer or nobody asks for stats, then 403 or 401 (not an order called "stats")', async () => {
    expect((await stats('', o.customer)).status).toBe(403);
    expect((await stats('', o.service)).status).toBe(403);
    expect((await o.request({ url: '/api/v1/orders/stats' })).status).toBe(401);
  });

  it('when an admin filters the list by email, then only orders placed with exactly that email, in any letter case', async () => {
    expect(await listIds('email=GRACE.HOPPER%40example.COM')).toEqual([ids['shipped'], ids['declined']]);
    expect(await listIds('email=grace.hopper%40example.com.au')).toEqual([ids['unpaid']]);
    expect(await listIds('email=grace.hopper')).toEqual([]);
    expect((await o.request({ url: '/api/v1/orders?email=', token: o.admin })).status).toBe(400);
  });

  it('when an admin filters the list by creation time, then from is inclusive and to exclusive, with the other filters', async () => {
    const may1 = await listIds('from=2001-05-01T00:00:00.000Z&to=2001-05-02T00:00:00.000Z');
    expect(may1).toEqual([ids['last'], ids['unpaid'], ids['declined'], ids['first']]);
    expect(await listIds('from=2001-05-01T00:00:00.000Z&to=2001-05-04T00:00:00.000Z&status=cancelled')).toEqual([
      ids['refunded'],
      ids['declined'],
    ]);
    expect(await listIds('from=2001-05-01T12:00:00.000Z&to=2001-05-05T00:00:00.000Z&email=grace.hopper%40example.com')).toEqual([
      ids['shipped'],
      ids['declined'],
    ]);
    expect((await o.request({ url: '/api/v1/orders?from=2001-05-01', token: o.admin })).status).toBe(400);
    const empty = await o.request({ url: '/api/v1/orders?from=2001-05-02T00:00:00Z&to=2001-05-02T00:00:00Z', token: o.admin });
    expect(empty.status).toBe(400);
    expect(empty.headers['content-type']).toContain('application/problem+json');
    expect(empty.body.errors).toEqual([{ path: '/querystring/from', message: 'must be before to' }]);
  });

  it("when a customer filters by someone else's email, then they still see only their own orders", async () => {
    expect(await listIds('email=grace.hopper%40example.com', o.customer)).toEqual([]);
  });
});

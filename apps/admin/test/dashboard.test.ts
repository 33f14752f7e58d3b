import { describe, expect, it } from 'vitest';
import type { ApiClient } from '@shop/api-client/client';
import type { Order, OrderListQuery } from '@shop/api-client/types';
import { salesSummary } from '../src/lib/dashboard';

const order = (createdAt: string, status: string, totalAmount: number) =>
  ({ id: createdAt + status, createdAt, status, totalAmount }) as Order;

function fakeClient(orders: Order[]) {
  const calls: OrderListQuery[] = [];
  const client = {
    listOrders: async (query: OrderListQuery = {}) => {
      calls.push(query);
      const page = query.page ?? 1;
      const limit = query.limit ?? 20;
      return { data: orders.slice((page - 1) * limit, page * limit), page, limit, total: orders.length };
    },
  } as unknown as ApiClient;
  return { client, calls };
}

describe('dashboard sales', () => {
  const now = new Date('2026-11-27T15:00:00Z');

  it('when orders span the month, then today and the 30 days count paid, uncancelled orders per UTC day', async () => {
    const { client, calls } = fakeClient([
      order('2026-11-27T10:00:00Z', 'confirmed', 10.1),
      order('2026-11-27T11:00:00Z', 'shipped', 20.2),
      order('2026-11-27T12:00:00Z', 'cancelled', 99),
      order('2026-11-27T13:00:00Z', 'pending', 5),
      order('2026-10-29T00:00:00Z', 'delivered', 1),
    ]);
    const summary = await salesSummary(client, now);
    expect(calls[0]?.from).toBe('2026-10-29T00:00:00.000Z');
    expect(summary.days).toHaveLength(30);
    expect(summary.today).toEqual({ day: '2026-11-27', orders: 3, revenue: 30.3 });
    expect(summary.days[0]).toEqual({ day: '2026-10-29', orders: 1, revenue: 1 });
    expect(summary.last30).toEqual({ orders: 4, revenue: 31.3, cancelled: 1 });
    expect(summary.truncated).toBe(false);
  });

  it('when there are more orders than one page, then it reads every page', async () => {
    const many = Array.from({ length: 250 }, (_, i) => order(`2026-11-2${i % 7}T10:00:00Z`, 'confirmed', 1));
    const { client, calls } = fakeClient(many);
    const summary = await salesSummary(client, now);
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3]);
    expect(summary.last30.orders).toBe(250);
  });
});

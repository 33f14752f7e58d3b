import type { ApiClient } from '@shop/api-client/client';
import type { Order } from '@shop/api-client/types';
import { day } from './format';

export interface DayTotal {
  day: string;
  orders: number;
  revenue: number;
}

export interface SalesSummary {
  days: DayTotal[];
  today: DayTotal;
  last30: { orders: number; revenue: number; cancelled: number };
  /** True when more orders exist than were read (the figures are then a lower bound). */
  truncated: boolean;
}

const PAGE = 100;
const MAX_PAGES = 20;
const COUNTED = new Set(['confirmed', 'shipped', 'delivered']);

/**
 * Orders and revenue per UTC day over the last 30 days, computed from the order list (there is no
 * aggregate endpoint): reads at most MAX_PAGES × PAGE orders. Revenue counts paid orders that were
 * not cancelled, at their total; partial refunds are not subtracted.
 */
export async function salesSummary(client: ApiClient, now = new Date()): Promise<SalesSummary> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 29));
  const orders: Order[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const list = await client.listOrders({ from: start.toISOString(), page, limit: PAGE });
    orders.push(...list.data);
    total = list.total;
    if (orders.length >= total || list.data.length < PAGE) break;
  }
  const days: DayTotal[] = [];
  for (let i = 0; i < 30; i++) days.push({ day: day(new Date(start.getTime() + i * 86_400_000)), orders: 0, revenue: 0 });
  const byDay = new Map(days.map((d) => [d.day, d]));
  let cancelled = 0;
  for (const o of orders) {
    if (o.status === 'cancelled') {
      cancelled++;
      continue;
    }
    const bucket = byDay.get(o.createdAt.slice(0, 10));
    if (!bucket) continue;
    bucket.orders++;
    if (COUNTED.has(o.status)) bucket.revenue = Math.round((bucket.revenue + o.totalAmount) * 100) / 100;
  }
  const sum = (key: 'orders' | 'revenue') => Math.round(days.reduce((acc, d) => acc + d[key], 0) * 100) / 100;
  return {
    days,
    today: days[days.length - 1]!,
    last30: { orders: sum('orders'), revenue: sum('revenue'), cancelled },
    truncated: orders.length < total,
  };
}

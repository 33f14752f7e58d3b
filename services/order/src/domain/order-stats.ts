import type { OrderStatus } from './order.js';
import type { OrderDay } from './ports.js';

export interface OrderStats {
  orders: number;
  revenueCents: number;
  /** Revenue over the paid orders, rounded half-up to the cent; 0 without any. */
  averageOrderValueCents: number;
  byStatus: Record<OrderStatus, number>;
  byDay: { date: string; orders: number; revenueCents: number }[];
}

const noStatuses = (): Record<OrderStatus, number> => ({ pending: 0, confirmed: 0, shipped: 0, delivered: 0, cancelled: 0 });

/** A range's totals from its days (integer cents throughout). */
export function summarizeOrders(days: OrderDay[]): OrderStats {
  const byStatus = noStatuses();
  let orders = 0;
  let paid = 0;
  let revenueCents = 0;
  for (const day of days) {
    orders += day.orders;
    paid += day.paidOrders;
    revenueCents += day.revenueCents;
    for (const status of Object.keys(byStatus) as OrderStatus[]) byStatus[status] += day.byStatus[status];
  }
  return {
    orders,
    revenueCents,
    // Half-up in integers: floor((2r + n) / 2n).
    averageOrderValueCents: paid === 0 ? 0 : Math.floor((2 * revenueCents + paid) / (2 * paid)),
    byStatus,
    byDay: days.map((d) => ({ date: d.date, orders: d.orders, revenueCents: d.revenueCents })),
  };
}

import { sql, type Sql } from '@shop/db/sql';
import type { Address, Order, OrderLine, OrderStatus, PaymentStatus, ShippingMethod, StatusChange } from '../../domain/order.js';
import type { OrderChanges, OrderDay } from '../../domain/ports.js';

/** The orders table's rows and statements that read them, mapped to the domain's orders. */

export interface OrderRow {
  id: string;
  order_number: string;
  user_id: string;
  email: string;
  subtotal_cents: number;
  tax_cents: number;
  shipping_cents: number;
  total_cents: number;
  currency: string;
  status: OrderStatus;
  payment_status: PaymentStatus;
  payment_method: string | null;
  payment_id: string | null;
  shipping_address: Address;
  billing_address: Address;
  shipping_method: ShippingMethod;
  tracking_number: string | null;
  carrier: string | null;
  cancel_reason: string | null;
  from_cart: boolean;
  created_at: Date;
  updated_at: Date;
  items: OrderLine[];
  history: { status: OrderStatus; note: string | null; at: string }[];
}

export const COLUMNS = sql.raw(`id, order_number, user_id, email, subtotal_cents, tax_cents, shipping_cents, total_cents, currency, status,
  payment_status, payment_method, payment_id, shipping_address, billing_address, shipping_method, tracking_number, carrier,
  cancel_reason, from_cart, created_at, updated_at`);

/** An order row with its lines and history, in one statement: `SELECT ${HYDRATED} FROM orders o …`. */
export const HYDRATED = sql.raw(`o.id, o.order_number, o.user_id, o.email, o.subtotal_cents, o.tax_cents, o.shipping_cents, o.total_cents,
  o.currency, o.status, o.payment_status, o.payment_method, o.payment_id, o.shipping_address, o.billing_address,
  o.shipping_method, o.tracking_number, o.carrier, o.cancel_reason, o.from_cart, o.created_at, o.updated_at,
  (SELECT coalesce(json_agg(json_build_object('id', i.id, 'productId', i.product_id, 'sku', i.sku, 'name', i.name,
            'priceCents', i.price_cents, 'quantity', i.quantity, 'imageUrl', i.image_url) ORDER BY i.line_no), '[]')
     FROM order_items i WHERE i.order_id = o.id) AS items,
  (SELECT coalesce(json_agg(json_build_object('status', h.status, 'note', h.note, 'at', h.at) ORDER BY h.id), '[]')
     FROM order_status_history h WHERE h.order_id = o.id) AS history`);

export const CHANGE_COLUMNS: Record<keyof OrderChanges, string> = {
  paymentStatus: 'payment_status',
  paymentMethod: 'payment_method',
  paymentId: 'payment_id',
  trackingNumber: 'tracking_number',
  carrier: 'carrier',
  cancelReason: 'cancel_reason',
};

/** Paid orders: the charge went through (a cancelled, refunded one no longer is). */
const PAID = sql.raw(`(payment_status = 'paid' OR status IN ('confirmed', 'shipped', 'delivered'))`);

/**
 * Every UTC day from `from` to `to` (dates, inclusive) with the orders placed on it: one GROUP BY
 * over the range's rows (index on created_at), joined to the series of days so quiet days read as zeros.
 */
export const dailyStatement = (from: string, to: string) => sql`
  WITH per_day AS (
    SELECT (created_at AT TIME ZONE 'UTC')::date AS day,
           count(*)::int AS orders,
           count(*) FILTER (WHERE ${PAID})::int AS paid_orders,
           coalesce(sum(total_cents) FILTER (WHERE ${PAID}), 0)::bigint AS revenue_cents,
           count(*) FILTER (WHERE status = 'pending')::int AS pending,
           count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
           count(*) FILTER (WHERE status = 'shipped')::int AS shipped,
           count(*) FILTER (WHERE status = 'delivered')::int AS delivered,
           count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
      FROM orders
     WHERE created_at >= ${from}::date::timestamp AT TIME ZONE 'UTC' AND created_at < (${to}::date + 1)::timestamp AT TIME ZONE 'UTC'
     GROUP BY 1)
  SELECT to_char(d.day, 'YYYY-MM-DD') AS date, coalesce(p.orders, 0) AS orders, coalesce(p.paid_orders, 0) AS paid_orders,
         coalesce(p.revenue_cents, 0) AS revenue_cents, coalesce(p.pending, 0) AS pending, coalesce(p.confirmed, 0) AS confirmed,
         coalesce(p.shipped, 0) AS shipped, coalesce(p.delivered, 0) AS delivered, coalesce(p.cancelled, 0) AS cancelled
    FROM (SELECT ${from}::date + i AS day FROM generate_series(0, ${to}::date - ${from}::date) AS i) AS d
    LEFT JOIN per_day p ON p.day = d.day
   ORDER BY d.day`;

export interface DayRow {
  date: string;
  orders: number;
  paid_orders: number;
  revenue_cents: number | string;
  pending: number;
  confirmed: number;
  shipped: number;
  delivered: number;
  cancelled: number;
}

export const toDay = (r: DayRow): OrderDay => ({
  date: r.date,
  orders: r.orders,
  paidOrders: r.paid_orders,
  // A sum of bigints: text from some drivers; cents stay far below 2^53.
  revenueCents: Number(r.revenue_cents),
  byStatus: { pending: r.pending, confirmed: r.confirmed, shipped: r.shipped, delivered: r.delivered, cancelled: r.cancelled },
});

export function toOrder(row: OrderRow): Order {
  return {
    id: row.id,
    orderNumber: row.order_number,
    userId: row.user_id,
    email: row.email,
    items: row.items,
    subtotalCents: row.subtotal_cents,
    taxCents: row.tax_cents,
    shippingCents: row.shipping_cents,
    totalCents: row.total_cents,
    currency: row.currency,
    status: row.status,
    paymentStatus: row.payment_status,
    paymentMethod: row.payment_method,
    paymentId: row.payment_id,
    shippingAddress: row.shipping_address,
    billingAddress: row.billing_address,
    shippingMethod: row.shipping_method,
    trackingNumber: row.tracking_number,
    carrier: row.carrier,
    cancelReason: row.cancel_reason,
    fromCart: row.from_cart,
    statusHistory: row.history.map((h): StatusChange => ({ status: h.status, note: h.note, at: new Date(h.at) })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** `, column = value` for each change given (nothing for none), after a SET's first assignment. */
export function setChanges(changes: OrderChanges): Sql {
  const given = Object.entries(CHANGE_COLUMNS).filter(([key]) => changes[key as keyof OrderChanges] !== undefined);
  return sql.join(
    given.map(([key, column]) => sql`, ${sql.raw(column)} = ${changes[key as keyof OrderChanges]}`),
    '',
  );
}

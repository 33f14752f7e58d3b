import { randomUUID } from 'node:crypto';
import type { Database } from '@shop/db/database';
import { where } from '@shop/db/where';
import { OUTBOX_COLUMNS, outboxRow } from '@shop/events/outbox';
import { answerOf, recordAnswerParams, recordAnswerSql, type AnswerToRecord } from '@shop/idempotency/idempotency';
import type { Address, Order, OrderLine, OrderStatus, PaymentStatus, ShippingMethod, StatusChange } from '../../domain/order.js';
import type { NewOrder, OrderChanges, OrderDay, OrderMove, OrderQuery, OrderRepository } from '../../domain/ports.js';

interface OrderRow {
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

const COLUMNS = `id, order_number, user_id, email, subtotal_cents, tax_cents, shipping_cents, total_cents, currency, status,
  payment_status, payment_method, payment_id, shipping_address, billing_address, shipping_method, tracking_number, carrier,
  cancel_reason, from_cart, created_at, updated_at`;

/** An order row with its lines and history, in one statement: `SELECT ${HYDRATED} FROM orders o …`. */
const HYDRATED = `o.id, o.order_number, o.user_id, o.email, o.subtotal_cents, o.tax_cents, o.shipping_cents, o.total_cents,
  o.currency, o.status, o.payment_status, o.payment_method, o.payment_id, o.shipping_address, o.billing_address,
  o.shipping_method, o.tracking_number, o.carrier, o.cancel_reason, o.from_cart, o.created_at, o.updated_at,
  (SELECT coalesce(json_agg(json_build_object('id', i.id, 'productId', i.product_id, 'sku', i.sku, 'name', i.name,
            'priceCents', i.price_cents, 'quantity', i.quantity, 'imageUrl', i.image_url) ORDER BY i.line_no), '[]')
     FROM order_items i WHERE i.order_id = o.id) AS items,
  (SELECT coalesce(json_agg(json_build_object('status', h.status, 'note', h.note, 'at', h.at) ORDER BY h.id), '[]')
     FROM order_status_history h WHERE h.order_id = o.id) AS history`;

const CHANGE_COLUMNS: Record<keyof OrderChanges, string> = {
  paymentStatus: 'payment_status',
  paymentMethod: 'payment_method',
  paymentId: 'payment_id',
  trackingNumber: 'tracking_number',
  carrier: 'carrier',
  cancelReason: 'cancel_reason',
};

/** Paid orders: the charge went through (a cancelled, refunded one no longer is). */
const PAID = `(payment_status = 'paid' OR status IN ('confirmed', 'shipped', 'delivered'))`;

/**
 * Every UTC day from $1 to $2 (dates, inclusive) with the orders placed on it: one GROUP BY over
 * the range's rows (index on created_at), joined to the series of days so quiet days read as zeros.
 */
const DAILY = `
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
     WHERE created_at >= $1::date::timestamp AT TIME ZONE 'UTC' AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'UTC'
     GROUP BY 1)
  SELECT to_char(d.day, 'YYYY-MM-DD') AS date, coalesce(p.orders, 0) AS orders, coalesce(p.paid_orders, 0) AS paid_orders,
         coalesce(p.revenue_cents, 0) AS revenue_cents, coalesce(p.pending, 0) AS pending, coalesce(p.confirmed, 0) AS confirmed,
         coalesce(p.shipped, 0) AS shipped, coalesce(p.delivered, 0) AS delivered, coalesce(p.cancelled, 0) AS cancelled
    FROM (SELECT $1::date + i AS day FROM generate_series(0, $2::date - $1::date) AS i) AS d
    LEFT JOIN per_day p ON p.day = d.day
   ORDER BY d.day`;

interface DayRow {
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

const toDay = (r: DayRow): OrderDay => ({
  date: r.date,
  orders: r.orders,
  paidOrders: r.paid_orders,
  // A sum of bigints: text from some drivers; cents stay far below 2^53.
  revenueCents: Number(r.revenue_cents),
  byStatus: { pending: r.pending, confirmed: r.confirmed, shipped: r.shipped, delivered: r.delivered, cancelled: r.cancelled },
});

function toOrder(row: OrderRow): Order {
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

function setClause(changes: OrderChanges, first: number): { sql: string; values: unknown[] } {
  const parts: string[] = [];
  const values: unknown[] = [];
  for (const [key, column] of Object.entries(CHANGE_COLUMNS)) {
    const value = changes[key as keyof OrderChanges];
    if (value === undefined) continue;
    values.push(value);
    parts.push(`, ${column} = $${first + values.length - 1}`);
  }
  return { sql: parts.join(''), values };
}

/**
 * A status change as one statement: the compare-and-set on the status, the history line, the event
 * and, when given, the recorded answer of the request (only if the order moved); `select` reads `moved`.
 */
function moveStatement(
  id: string,
  { from, to, changes, note, event, now, owesEffects }: OrderMove,
  select: string,
  answer?: AnswerToRecord | null,
): { sql: string; params: unknown[] } {
  const set = setClause(changes, 6);
  const outbox = event ? outboxRow({ ...event, source: 'order', subject: id }) : null;
  const first = 6 + set.values.length;
  const answerAt = first + (outbox?.values.length ?? 0);
  const sql = `WITH moved AS (
       UPDATE orders SET status = $2, updated_at = $3${owesEffects ? ', effects_due_at = $3' : ''}${set.sql} WHERE id = $1 AND status = ANY($4::varchar[]) RETURNING ${COLUMNS}
     ), history AS (
       INSERT INTO order_status_history (order_id, status, note, at) SELECT id, $2, $5, $3 FROM moved
     )${
       outbox
         ? `, event AS (
       INSERT INTO outbox (${OUTBOX_COLUMNS})
       SELECT ${outbox.values.map((_, i) => `$${first + i}${i >= 4 ? '::jsonb' : ''}`).join(', ')} FROM moved
     )`
         : ''
     }${answer ? `, answered AS (${recordAnswerSql(answerAt)} AND EXISTS (SELECT 1 FROM moved))` : ''}
     ${select}`;
  return {
    sql,
    params: [id, to, now, [...from], note, ...set.values, ...(outbox?.values ?? []), ...(answer ? recordAnswerParams(answer) : [])],
  };
}

/**
 * Orders on PostgreSQL / PGlite. Every write is one statement (data-modifying CTEs), so an order
 * and its lines, or a status change with its history line and its event, commit together in one
 * round trip; reads bring the lines and history along in the same statement.
 */
export function createOrderRepository(db: Database, options: { onEvents?: () => void } = {}): OrderRepository {
  const notify = options.onEvents ?? (() => undefined);

  async function one(where: string, params: unknown[]): Promise<Order | null> {
    const { rows } = await db.query<OrderRow>(`SELECT ${HYDRATED} FROM orders o WHERE ${where}`, params);
    return rows[0] ? toOrder(rows[0]) : null;
  }

  return {
    async create(order: NewOrder, now: Date) {
      const items: OrderLine[] = order.items.map((item) => ({ id: randomUUID(), ...item }));
      const { rows } = await db.query<{ order_number: string }>(
        `WITH o AS (
           INSERT INTO orders (id, order_number, user_id, email, subtotal_cents, tax_cents, shipping_cents, total_cents, currency,
             shipping_address, billing_address, shipping_method, from_cart, idempotency_key, created_at, updated_at)
           VALUES ($1, 'ORD-' || nextval('order_number_seq'), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
           ON CONFLICT (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
           RETURNING order_number
         ), lines AS (
           INSERT INTO order_items (id, order_id, line_no, product_id, sku, name, price_cents, quantity, image_url, created_at)
           SELECT x.id, $1, x.n, x."productId", x.sku, x.name, x."priceCents", x.quantity, x."imageUrl", $14
             FROM o, jsonb_to_recordset($15::jsonb)
                  AS x(n smallint, id varchar, "productId" varchar, sku varchar, name varchar, "priceCents" bigint, quantity integer, "imageUrl" text)
         ), history AS (
           INSERT INTO order_status_history (order_id, status, note, at) SELECT $1, 'pending', 'checkout started', $14 FROM o
         )
         SELECT order_number FROM o`,
        [
          order.id,
          order.userId,
          order.email,
          order.subtotalCents,
          order.taxCents,
          order.shippingCents,
          order.totalCents,
          order.currency,
          JSON.stringify(order.shippingAddress),
          JSON.stringify(order.billingAddress),
          order.shippingMethod,
          order.fromCart,
          order.idempotencyKey,
          now,
          JSON.stringify(items.map((item, n) => ({ n, ...item }))),
        ],
      );
      if (!rows[0]) return null;
      return {
        id: order.id,
        orderNumber: rows[0].order_number,
        userId: order.userId,
        email: order.email,
        items,
        subtotalCents: order.subtotalCents,
        taxCents: order.taxCents,
        shippingCents: order.shippingCents,
        totalCents: order.totalCents,
        currency: order.currency,
        status: 'pending',
        paymentStatus: 'pending',
        paymentMethod: null,
        paymentId: null,
        shippingAddress: order.shippingAddress,
        billingAddress: order.billingAddress,
        shippingMethod: order.shippingMethod,
        trackingNumber: null,
        carrier: null,
        cancelReason: null,
        fromCart: order.fromCart,
        statusHistory: [{ status: 'pending', at: now, note: 'checkout started' }],
        createdAt: now,
        updatedAt: now,
      };
    },

    get(id) {
      return one('o.id = $1', [id]);
    },

    findByIdempotencyKey(userId, key) {
      return one('o.user_id = $1 AND o.idempotency_key = $2', [userId, key]);
    },

    async list(query: OrderQuery) {
      const { clause, values } = where([
        ['user_id = ?', query.userId],
        ['lower(email) = lower(?)', query.email],
        ['status = ?', query.status],
        ['created_at >= ?', query.from],
        ['created_at < ?', query.before],
      ]);
      const [page, total] = await Promise.all([
        db.query<OrderRow>(
          `SELECT ${HYDRATED} FROM orders o ${clause} ORDER BY o.created_at DESC, o.id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
          [...values, query.limit, (query.page - 1) * query.limit],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders ${clause}`, values),
      ]);
      return { items: page.rows.map(toOrder), total: total.rows[0]!.n };
    },

    async daily(from, to) {
      const { rows } = await db.query<DayRow>(DAILY, [from, to]);
      return rows.map(toDay);
    },

    async transition(id, move) {
      const { sql, params } = moveStatement(id, move, `SELECT ${HYDRATED} FROM moved o`);
      const { rows } = await db.query<OrderRow>(sql, params);
      const row = rows[0];
      if (!row) return null;
      if (move.event) notify();
      // The statement's snapshot predates its own history line: add it here.
      const moved = toOrder(row);
      moved.statusHistory.push({ status: move.to, at: move.now, note: move.note });
      return moved;
    },

    async move(held, move, receipt) {
      const moved: Order = {
        ...held,
        ...(Object.fromEntries(Object.entries(move.changes).filter(([, v]) => v !== undefined)) as OrderChanges),
        status: move.to,
        updatedAt: move.now,
        statusHistory: [...held.statusHistory, { status: move.to, at: move.now, note: move.note }],
      };
      const { sql, params } = moveStatement(held.id, move, 'SELECT count(*)::int AS n FROM moved', answerOf(receipt, moved));
      const { rows } = await db.query<{ n: number }>(sql, params);
      if (rows[0]!.n === 0) return null;
      if (move.event) notify();
      return moved;
    },

    async update(id, changes, now) {
      const set = setClause(changes, 3);
      const { rows } = await db.query<OrderRow>(
        `WITH changed AS (UPDATE orders SET updated_at = $2${set.sql} WHERE id = $1 RETURNING ${COLUMNS}) SELECT ${HYDRATED} FROM changed o`,
        [id, now, ...set.values],
      );
      return rows[0] ? toOrder(rows[0]) : null;
    },

    async owe(id, changes, now) {
      const set = setClause(changes, 3);
      const { rows } = await db.query<OrderRow>(
        `WITH owed AS (UPDATE orders SET updated_at = $2, effects_due_at = $2${set.sql} WHERE id = $1 RETURNING ${COLUMNS})
         SELECT ${HYDRATED} FROM owed o`,
        [id, now, ...set.values],
      );
      return rows[0] ? toOrder(rows[0]) : null;
    },

    async settle(id, { due, changes, done, now }) {
      const set = setClause(changes, 5);
      // Cleared only while the mark is the caller's: one written since (a claim, a charge handed
      // over) stays for whoever wrote it.
      const { rows } = await db.query<OrderRow>(
        `WITH settled AS (
           UPDATE orders SET updated_at = $3${set.sql},
                  effects_due_at = CASE WHEN $4::boolean AND effects_due_at = $2 THEN NULL ELSE effects_due_at END
            WHERE id = $1 RETURNING ${COLUMNS})
         SELECT ${HYDRATED} FROM settled o`,
        [id, due, now, done, ...set.values],
      );
      return rows[0] ? toOrder(rows[0]) : null;
    },

    async claimOwed(olderThan, now, limit) {
      const { rows } = await db.query<OrderRow>(
        `WITH claimed AS (
           UPDATE orders SET effects_due_at = $2 WHERE id IN (
             SELECT id FROM orders WHERE effects_due_at < $1 ORDER BY effects_due_at LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING ${COLUMNS})
         SELECT ${HYDRATED} FROM claimed o`,
        [olderThan, now, limit],
      );
      return rows.map(toOrder);
    },

    async claimStalePending(olderThan, now, limit) {
      const { rows } = await db.query<OrderRow>(
        `WITH claimed AS (
           UPDATE orders SET updated_at = $2 WHERE id IN (
             SELECT id FROM orders WHERE status = 'pending' AND updated_at < $1 ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING ${COLUMNS})
         SELECT ${HYDRATED} FROM claimed o`,
        [olderThan, now, limit],
      );
      return rows.map(toOrder);
    },
  };
}

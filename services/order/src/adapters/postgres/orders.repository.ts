import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '@shop/db/database';
import { appendEvent } from '@shop/events/outbox';
import type { Address, Order, OrderLine, OrderStatus, PaymentStatus, ShippingMethod, StatusChange } from '../../domain/order.js';
import type { NewOrder, OrderChanges, OrderEvent, OrderQuery, OrderRepository } from '../../domain/ports.js';

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
}

interface ItemRow {
  id: string;
  order_id: string;
  product_id: string;
  sku: string;
  name: string;
  price_cents: number;
  quantity: number;
  image_url: string | null;
}

interface HistoryRow {
  order_id: string;
  status: OrderStatus;
  note: string | null;
  at: Date;
}

const COLUMNS = `id, order_number, user_id, email, subtotal_cents, tax_cents, shipping_cents, total_cents, currency, status,
  payment_status, payment_method, payment_id, shipping_address, billing_address, shipping_method, tracking_number, carrier,
  cancel_reason, from_cart, created_at, updated_at`;

const CHANGE_COLUMNS: Record<keyof OrderChanges, string> = {
  paymentStatus: 'payment_status',
  paymentMethod: 'payment_method',
  paymentId: 'payment_id',
  trackingNumber: 'tracking_number',
  carrier: 'carrier',
  cancelReason: 'cancel_reason',
};

function toOrder(row: OrderRow, items: ItemRow[], history: HistoryRow[]): Order {
  return {
    id: row.id,
    orderNumber: row.order_number,
    userId: row.user_id,
    email: row.email,
    items: items.map((i): OrderLine => ({
      id: i.id,
      productId: i.product_id,
      sku: i.sku,
      name: i.name,
      priceCents: i.price_cents,
      quantity: i.quantity,
      imageUrl: i.image_url,
    })),
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
    statusHistory: history.map((h): StatusChange => ({ status: h.status, at: h.at, note: h.note })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Orders on PostgreSQL / PGlite; a status change, its history line and its event share one transaction. */
export function createOrderRepository(db: Database, options: { onEvents?: () => void } = {}): OrderRepository {
  const notify = options.onEvents ?? (() => undefined);

  async function hydrate(q: Queryable, rows: OrderRow[]): Promise<Order[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [items, history] = await Promise.all([
      q.query<ItemRow>(
        'SELECT id, order_id, product_id, sku, name, price_cents, quantity, image_url FROM order_items WHERE order_id = ANY($1::varchar[]) ORDER BY created_at, id',
        [ids],
      ),
      q.query<HistoryRow>('SELECT order_id, status, note, at FROM order_status_history WHERE order_id = ANY($1::varchar[]) ORDER BY id', [
        ids,
      ]),
    ]);
    return rows.map((r) =>
      toOrder(
        r,
        items.rows.filter((i) => i.order_id === r.id),
        history.rows.filter((h) => h.order_id === r.id),
      ),
    );
  }

  async function one(q: Queryable, sql: string, params: unknown[]): Promise<Order | null> {
    const { rows } = await q.query<OrderRow>(sql, params);
    return (await hydrate(q, rows))[0] ?? null;
  }

  function setClause(changes: OrderChanges, first: number): { sql: string; values: unknown[] } {
    const parts: string[] = [];
    const values: unknown[] = [];
    for (const [key, column] of Object.entries(CHANGE_COLUMNS)) {
      const value = changes[key as keyof OrderChanges];
      if (value === undefined) continue;
      values.push(value);
      parts.push(`${column} = $${first + values.length - 1}`);
    }
    return { sql: parts.map((p) => `, ${p}`).join(''), values };
  }

  return {
    async create(order: NewOrder, now: Date) {
      const created = await db.transaction(async (tx) => {
        const { rows } = await tx.query<{ n: number }>(`SELECT nextval('order_number_seq')::bigint AS n`);
        await tx.query(
          `INSERT INTO orders (id, order_number, user_id, email, subtotal_cents, tax_cents, shipping_cents, total_cents, currency,
             shipping_address, billing_address, shipping_method, from_cart, idempotency_key, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)`,
          [
            order.id,
            `ORD-${rows[0]!.n}`,
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
          ],
        );
        for (const item of order.items) {
          await tx.query(
            'INSERT INTO order_items (id, order_id, product_id, sku, name, price_cents, quantity, image_url, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
            [randomUUID(), order.id, item.productId, item.sku, item.name, item.priceCents, item.quantity, item.imageUrl, now],
          );
        }
        await tx.query(`INSERT INTO order_status_history (order_id, status, note, at) VALUES ($1, 'pending', 'checkout started', $2)`, [
          order.id,
          now,
        ]);
        return one(tx, `SELECT ${COLUMNS} FROM orders WHERE id = $1`, [order.id]);
      });
      return created!;
    },

    get(id) {
      return one(db, `SELECT ${COLUMNS} FROM orders WHERE id = $1`, [id]);
    },

    findByIdempotencyKey(userId, key) {
      return one(db, `SELECT ${COLUMNS} FROM orders WHERE user_id = $1 AND idempotency_key = $2`, [userId, key]);
    },

    async list(query: OrderQuery) {
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        values.push(value);
        where.push(sql.replace('?', `$${values.length}`));
      };
      if (query.userId !== undefined) add('user_id = ?', query.userId);
      if (query.status !== undefined) add('status = ?', query.status);
      if (query.from !== undefined) add('created_at >= ?', query.from);
      if (query.to !== undefined) add('created_at < ?', query.to);
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const [page, total] = await Promise.all([
        db.query<OrderRow>(
          `SELECT ${COLUMNS} FROM orders ${clause} ORDER BY created_at DESC, id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
          [...values, query.limit, (query.page - 1) * query.limit],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orders ${clause}`, values),
      ]);
      return { items: await hydrate(db, page.rows), total: total.rows[0]!.n };
    },

    async transition(id, from, to, changes, note, event: OrderEvent | null, now) {
      const moved = await db.transaction(async (tx) => {
        const set = setClause(changes, 5);
        const { rowCount } = await tx.query(
          `UPDATE orders SET status = $2, updated_at = $3${set.sql} WHERE id = $1 AND status = ANY($4::varchar[])`,
          [id, to, now, [...from], ...set.values],
        );
        if (rowCount === 0) return null;
        await tx.query('INSERT INTO order_status_history (order_id, status, note, at) VALUES ($1, $2, $3, $4)', [id, to, note, now]);
        if (event) await appendEvent(tx, { ...event, source: 'order', subject: id });
        return one(tx, `SELECT ${COLUMNS} FROM orders WHERE id = $1`, [id]);
      });
      if (moved && event) notify();
      return moved;
    },

    async update(id, changes, now) {
      const set = setClause(changes, 3);
      await db.query(`UPDATE orders SET updated_at = $2${set.sql} WHERE id = $1`, [id, now, ...set.values]);
      return one(db, `SELECT ${COLUMNS} FROM orders WHERE id = $1`, [id]);
    },

    async claimStalePending(olderThan, now, limit) {
      const { rows } = await db.query<OrderRow>(
        `UPDATE orders SET updated_at = $2 WHERE id IN (
           SELECT id FROM orders WHERE status = 'pending' AND updated_at < $1 ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING ${COLUMNS}`,
        [olderThan, now, limit],
      );
      return hydrate(db, rows);
    },
  };
}

import { randomUUID } from 'node:crypto';
import type { Database } from '@shop/db/database';
import { sql, whereAll, type Sql } from '@shop/db/sql';
import { outboxInsert, outboxRow } from '@shop/events/outbox';
import { answerOf, recordAnswer, type AnswerToRecord } from '@shop/idempotency/idempotency';
import type { Order, OrderLine } from '../../domain/order.js';
import type { NewOrder, OrderChanges, OrderMove, OrderQuery, OrderRepository } from '../../domain/ports.js';
import { COLUMNS, HYDRATED, dailyStatement, setChanges, toDay, toOrder, type DayRow, type OrderRow } from './orders.rows.js';

/**
 * A status change as one statement: the compare-and-set on the status, the history line, the event
 * and, when given, the recorded answer of the request (only if the order moved); `select` reads `moved`.
 */
function moveStatement(id: string, move: OrderMove, select: Sql, answer: AnswerToRecord | null = null): Sql {
  const { from, to, changes, note, event, now, owesEffects } = move;
  const owes = owesEffects ? sql`, effects_due_at = ${now}` : sql.empty;
  const published = event ? sql`, event AS (${outboxInsert(outboxRow({ ...event, source: 'order', subject: id }), 'moved')})` : sql.empty;
  const answered = answer ? sql`, answered AS (${recordAnswer(answer, sql`EXISTS (SELECT 1 FROM moved)`)})` : sql.empty;
  return sql`WITH moved AS (
       UPDATE orders SET status = ${to}, updated_at = ${now}${owes}${setChanges(changes)}
        WHERE id = ${id} AND status = ANY(${[...from]}::varchar[]) RETURNING ${COLUMNS}
     ), history AS (
       INSERT INTO order_status_history (order_id, status, note, at) SELECT id, ${to}, ${note}, ${now} FROM moved
     )${published}${answered}
     ${select}`;
}

/** The orders `changed` (a CTE's name) returns, read whole. */
const hydrated = (changed: string) => sql`SELECT ${HYDRATED} FROM ${sql.raw(changed)} o`;

/**
 * Orders on PostgreSQL / PGlite. Every write is one statement (data-modifying CTEs), so an order
 * and its lines, or a status change with its history line and its event, commit together in one
 * round trip; reads bring the lines and history along in the same statement.
 */
export function createOrderRepository(db: Database, options: { onEvents?: () => void } = {}): OrderRepository {
  const notify = options.onEvents ?? (() => undefined);

  async function one(statement: Sql): Promise<Order | null> {
    const { rows } = await db.query<OrderRow>(statement);
    return rows[0] ? toOrder(rows[0]) : null;
  }

  async function many(statement: Sql): Promise<Order[]> {
    const { rows } = await db.query<OrderRow>(statement);
    return rows.map(toOrder);
  }

  return {
    async create(order: NewOrder, now: Date) {
      const items: OrderLine[] = order.items.map((item) => ({ id: randomUUID(), ...item }));
      const lines = JSON.stringify(items.map((item, n) => ({ n, ...item })));
      const { rows } = await db.query<{ order_number: string }>(
        sql`WITH o AS (
           INSERT INTO orders (id, order_number, user_id, email, subtotal_cents, tax_cents, shipping_cents, total_cents, currency,
             shipping_address, billing_address, shipping_method, from_cart, idempotency_key, created_at, updated_at)
           VALUES (${order.id}, 'ORD-' || nextval('order_number_seq'), ${order.userId}, ${order.email}, ${order.subtotalCents},
             ${order.taxCents}, ${order.shippingCents}, ${order.totalCents}, ${order.currency},
             ${JSON.stringify(order.shippingAddress)}, ${JSON.stringify(order.billingAddress)}, ${order.shippingMethod},
             ${order.fromCart}, ${order.idempotencyKey}, ${now}, ${now})
           ON CONFLICT (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
           RETURNING id, order_number
         ), lines AS (
           INSERT INTO order_items (id, order_id, line_no, product_id, sku, name, price_cents, quantity, image_url, created_at)
           SELECT x.id, o.id, x.n, x."productId", x.sku, x.name, x."priceCents", x.quantity, x."imageUrl", ${now}
             FROM o, jsonb_to_recordset(${lines}::jsonb)
                  AS x(n smallint, id varchar, "productId" varchar, sku varchar, name varchar, "priceCents" bigint, quantity integer, "imageUrl" text)
         ), history AS (
           INSERT INTO order_status_history (order_id, status, note, at) SELECT o.id, 'pending', 'checkout started', ${now} FROM o
         )
         SELECT order_number FROM o`,
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
      return one(sql`SELECT ${HYDRATED} FROM orders o WHERE o.id = ${id}`);
    },

    findByIdempotencyKey(userId, key) {
      return one(sql`SELECT ${HYDRATED} FROM orders o WHERE o.user_id = ${userId} AND o.idempotency_key = ${key}`);
    },

    async list(query: OrderQuery) {
      const filter = whereAll([
        query.userId !== undefined && sql`user_id = ${query.userId}`,
        query.email !== undefined && sql`lower(email) = lower(${query.email})`,
        query.status !== undefined && sql`status = ${query.status}`,
        query.from !== undefined && sql`created_at >= ${query.from}`,
        query.before !== undefined && sql`created_at < ${query.before}`,
      ]);
      const [items, total] = await Promise.all([
        many(
          sql`SELECT ${HYDRATED} FROM orders o ${filter} ORDER BY o.created_at DESC, o.id
               LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`,
        ),
        db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM orders ${filter}`),
      ]);
      return { items, total: total.rows[0]!.n };
    },

    async daily(from, to) {
      const { rows } = await db.query<DayRow>(dailyStatement(from, to));
      return rows.map(toDay);
    },

    async transition(id, move) {
      const moved = await one(moveStatement(id, move, hydrated('moved')));
      if (!moved) return null;
      if (move.event) notify();
      // The statement's snapshot predates its own history line: add it here.
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
      const counted = sql`SELECT count(*)::int AS n FROM moved`;
      const { rows } = await db.query<{ n: number }>(moveStatement(held.id, move, counted, answerOf(receipt, moved)));
      if (rows[0]!.n === 0) return null;
      if (move.event) notify();
      return moved;
    },

    update(id, changes, now) {
      return one(sql`WITH changed AS (
           UPDATE orders SET updated_at = ${now}${setChanges(changes)} WHERE id = ${id} RETURNING ${COLUMNS})
         ${hydrated('changed')}`);
    },

    owe(id, changes, now) {
      return one(sql`WITH owed AS (
           UPDATE orders SET updated_at = ${now}, effects_due_at = ${now}${setChanges(changes)} WHERE id = ${id} RETURNING ${COLUMNS})
         ${hydrated('owed')}`);
    },

    settle(id, { due, changes, done, now }) {
      // Cleared only while the mark is the caller's: one written since (a claim, a charge handed
      // over) stays for whoever wrote it.
      return one(sql`WITH settled AS (
           UPDATE orders SET updated_at = ${now}${setChanges(changes)},
                  effects_due_at = CASE WHEN ${done}::boolean AND effects_due_at = ${due} THEN NULL ELSE effects_due_at END
            WHERE id = ${id} RETURNING ${COLUMNS})
         ${hydrated('settled')}`);
    },

    claimOwed(olderThan, now, limit) {
      return many(sql`WITH claimed AS (
           UPDATE orders SET effects_due_at = ${now} WHERE id IN (
             SELECT id FROM orders WHERE effects_due_at < ${olderThan} ORDER BY effects_due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
           RETURNING ${COLUMNS})
         ${hydrated('claimed')}`);
    },

    claimStalePending(olderThan, now, limit) {
      return many(sql`WITH claimed AS (
           UPDATE orders SET updated_at = ${now} WHERE id IN (
             SELECT id FROM orders WHERE status = 'pending' AND updated_at < ${olderThan} ORDER BY updated_at LIMIT ${limit}
              FOR UPDATE SKIP LOCKED)
           RETURNING ${COLUMNS})
         ${hydrated('claimed')}`);
    },
  };
}

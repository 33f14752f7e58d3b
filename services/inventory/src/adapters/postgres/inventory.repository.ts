import { randomUUID } from 'node:crypto';
import { isRetryableTransactionError, type Database, type Queryable } from '@shop/db/database';
import { where } from '@shop/db/where';
import { appendEvent } from '@shop/events/outbox';
import type { InventoryRepository, ReservationQuery, StockQuery } from '../../domain/ports.js';
import {
  BelowReservedError,
  InsufficientStockError,
  ReservationMismatchError,
  ReservationStateError,
  type Reservation,
  type ReservationStatus,
  type Shortage,
  type StockRecord,
} from '../../domain/stock.js';
import {
  changeEvents,
  EXPIRE,
  LOCK_DUE_SKUS,
  LOCK_SKUS,
  lockOrderSkus,
  RESERVATION,
  RESERVE,
  settle,
  STOCK,
  type StockRow,
} from './inventory.sql.js';

/** A row of `reserve_stock`: stock available under the lock (`made` null), or a reservation. */
type ReserveRow = ReservationRow & { made: boolean | null; available: number | null };

interface ReservationRow {
  id: string;
  order_id: string;
  sku: string;
  quantity: number;
  status: ReservationStatus;
  expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const RELEASE = settle({
  from: ['active', 'confirmed'],
  to: 'released',
  refuseLapsed: false,
  stock: 'reserved_quantity = i.reserved_quantity - f.quantity',
});
const COMMIT = settle({
  from: ['active', 'confirmed'],
  to: 'committed',
  refuseLapsed: true,
  stock: 'quantity = i.quantity - f.quantity, reserved_quantity = i.reserved_quantity - f.quantity',
});
const CONFIRM = settle({ from: ['active'], to: 'confirmed', refuseLapsed: true });

const toStock = (r: StockRow): StockRecord => ({
  sku: r.sku,
  quantity: r.quantity,
  reservedQuantity: r.reserved_quantity,
  availableQuantity: r.available_quantity,
  location: r.location,
  updatedAt: r.updated_at,
});

const toReservation = (r: ReservationRow): Reservation => ({
  id: r.id,
  orderId: r.order_id,
  sku: r.sku,
  quantity: r.quantity,
  status: r.status,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Refuses confirm or commit when one of the order's reservations no longer holds its stock (the statement then changed nothing). */
function refuseLapsed(orderId: string, action: string, rows: ReservationRow[]): void {
  const lapsed = rows.filter((r) => r.status === 'released' || r.status === 'expired');
  if (lapsed.length > 0)
    throw new ReservationStateError(
      orderId,
      action,
      lapsed.map((r) => r.status),
    );
}

/**
 * PostgreSQL (and PGlite) inventory. Oversell is impossible by construction: every change of
 * reserved or on-hand quantity happens while the sku's row is locked (`FOR UPDATE`, rows always
 * taken in sku order so two transactions cannot deadlock), the amounts are checked under that
 * lock, and the table's CHECK refuses anything that slipped through. A change of stock is two
 * statements whatever the number of skus (lock, then act: see inventory.sql.ts); confirm is one.
 */
export function createInventoryRepository(db: Database, options: { onEvents?: () => void } = {}): InventoryRepository {
  const notify = options.onEvents ?? (() => undefined);

  /** Serialization failures and deadlocks are retried as a whole; anything else is thrown. */
  async function retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (!isRetryableTransactionError(error) || attempt >= 5) throw error;
      }
    }
  }

  const transaction = <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => retrying(() => db.transaction(fn));

  async function lockStock(tx: Queryable, skus: string[]): Promise<StockRow[]> {
    const { rows } = await tx.query<StockRow>(LOCK_SKUS, [[...new Set(skus)].sort()]);
    return rows;
  }

  async function changed(tx: Queryable, row: StockRow): Promise<void> {
    await appendEvent(tx, {
      type: 'inventory.changed',
      source: 'inventory',
      subject: row.sku,
      data: { sku: row.sku, quantity: row.quantity, reservedQuantity: row.reserved_quantity, availableQuantity: row.available_quantity },
    });
  }

  /** Release or commit: locks the stock of the order's skus, then moves the reservations and the stock in one statement. */
  async function settleOrder(tx: Queryable, sql: string, orderId: string, sku: string | undefined, now: Date): Promise<ReservationRow[]> {
    const { rows: locked } = await tx.query<StockRow>(lockOrderSkus(sku !== undefined), sku === undefined ? [orderId] : [orderId, sku]);
    if (locked.length === 0) return [];
    const { rows } = await tx.query<ReservationRow>(sql, [
      orderId,
      locked.map((r) => r.sku),
      now,
      ...changeEvents(locked.map((r) => r.sku)),
    ]);
    return rows;
  }

  async function afterCommit<T>(result: T): Promise<T> {
    notify();
    return result;
  }

  return {
    async get(sku) {
      const { rows } = await db.query<StockRow>(`SELECT ${STOCK} FROM inventory WHERE sku = $1`, [sku]);
      return rows[0] ? toStock(rows[0]) : null;
    },

    async list(query: StockQuery) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (query.lowStockAt !== undefined) {
        values.push(query.lowStockAt);
        where.push(`available_quantity <= $${values.length}`);
      }
      if (query.skuPrefix) {
        values.push(`${escapeLike(query.skuPrefix)}%`);
        where.push(`sku LIKE $${values.length}`);
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const order = query.lowStockAt !== undefined ? 'available_quantity, sku' : 'sku';
      const [page, total] = await Promise.all([
        db.query<StockRow>(
          `SELECT ${STOCK} FROM inventory ${clause} ORDER BY ${order} LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
          [...values, query.limit, (query.page - 1) * query.limit],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM inventory ${clause}`, values),
      ]);
      return { items: page.rows.map(toStock), total: total.rows[0]!.n };
    },

    put(sku, quantity, location, now) {
      return transaction(async (tx) => {
        const [existing] = await lockStock(tx, [sku]);
        if (existing && quantity < existing.reserved_quantity) throw new BelowReservedError(sku, existing.reserved_quantity);
        const { rows } = await tx.query<StockRow>(
          existing
            ? `UPDATE inventory SET quantity = $2, location = COALESCE($3, location), updated_at = $4 WHERE sku = $1 RETURNING ${STOCK}`
            : `INSERT INTO inventory (id, sku, quantity, location, created_at, updated_at) VALUES ($5, $1, $2, $3, $4, $4) RETURNING ${STOCK}`,
          existing ? [sku, quantity, location ?? null, now] : [sku, quantity, location ?? null, now, randomUUID()],
        );
        await changed(tx, rows[0]!);
        return toStock(rows[0]!);
      }).then(afterCommit);
    },

    reserve(orderId, items, expiresAt, now) {
      const skus = items.map((i) => i.sku);
      // One call: the function locks the stock rows, then reserves (see migration 0003).
      return retrying(async () => {
        const { rows } = await db.query<ReserveRow>(RESERVE, [
          orderId,
          skus,
          items.map((i) => i.quantity),
          items.map(() => randomUUID()),
          expiresAt,
          now,
          ...changeEvents([...new Set(skus)].sort()),
        ]);
        const available = new Map(rows.filter((r) => r.made === null).map((r) => [r.sku, r.available]));
        // The same rules as the function's, which wrote nothing unless every item passes them.
        const held = new Map(
          rows.filter((r) => r.made === false && r.status !== 'released' && r.status !== 'expired').map((r) => [r.sku, r]),
        );
        const shortages: Shortage[] = [];
        for (const item of [...items].sort((a, b) => (a.sku < b.sku ? -1 : 1))) {
          const current = held.get(item.sku);
          if (current) {
            if (current.quantity !== item.quantity) throw new ReservationMismatchError(orderId, item.sku, current.quantity);
          } else if ((available.get(item.sku) ?? -1) < item.quantity) {
            shortages.push({ sku: item.sku, requested: item.quantity, available: available.get(item.sku) ?? 0 });
          }
        }
        if (shortages.length > 0) throw new InsufficientStockError(shortages);
        const made = new Map(rows.filter((r) => r.made === true).map((r) => [r.sku, r]));
        if (made.size + held.size !== new Set(skus).size)
          throw new Error(`Reserving for order ${orderId} wrote ${made.size} of ${items.length - held.size} reservations.`);
        return { reservations: items.map((i) => toReservation(made.get(i.sku) ?? held.get(i.sku)!)), created: made.size > 0 };
      }).then(afterCommit);
    },

    release(orderId, sku, now) {
      return transaction(async (tx) => (await settleOrder(tx, RELEASE, orderId, sku, now)).map(toReservation)).then(afterCommit);
    },

    confirm(orderId, now) {
      // No stock moves, so no stock lock and no transaction: one statement locks the order's
      // reservations (sku order) and confirms the active ones unless one has lapsed.
      return retrying(async () => {
        const { rows } = await db.query<ReservationRow>(CONFIRM, [orderId, now]);
        refuseLapsed(orderId, 'confirm', rows);
        return rows.map(toReservation);
      });
    },

    commit(orderId, now) {
      return transaction(async (tx) => {
        const rows = await settleOrder(tx, COMMIT, orderId, undefined, now);
        refuseLapsed(orderId, 'commit', rows);
        return rows.map(toReservation);
      }).then(afterCommit);
    },

    expireDue(now, limit) {
      return transaction(async (tx) => {
        // Re-checked under the locks: a reservation confirmed meanwhile is not expired.
        const { rows: locked } = await tx.query<StockRow>(LOCK_DUE_SKUS, [now, limit]);
        if (locked.length === 0) return 0;
        const { rows } = await tx.query<{ n: number }>(EXPIRE, [now, locked.map((r) => r.sku), ...changeEvents(locked.map((r) => r.sku))]);
        return rows[0]!.n;
      }).then(afterCommit);
    },

    async reservationsOfOrder(orderId) {
      const { rows } = await db.query<ReservationRow>(`SELECT ${RESERVATION} FROM reservations WHERE order_id = $1 ORDER BY sku`, [
        orderId,
      ]);
      return rows.map(toReservation);
    },

    async reservationsOfSku(sku, statuses) {
      const { rows } = await db.query<ReservationRow>(
        `SELECT ${RESERVATION} FROM reservations WHERE sku = $1 AND status = ANY($2::varchar[]) ORDER BY created_at DESC LIMIT 500`,
        [sku, [...statuses]],
      );
      return rows.map(toReservation);
    },

    async listReservations(query: ReservationQuery) {
      const { clause, values } = where([
        ['status = ?', query.status],
        ['sku = ?', query.sku],
        ['order_id = ?', query.orderId],
      ]);
      const [page, total] = await Promise.all([
        db.query<ReservationRow>(
          `SELECT ${RESERVATION} FROM reservations ${clause}
            ORDER BY created_at DESC, id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
          [...values, query.limit, (query.page - 1) * query.limit],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reservations ${clause}`, values),
      ]);
      return { items: page.rows.map(toReservation), total: total.rows[0]!.n };
    },

    async count() {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM inventory');
      return rows[0]!.n;
    },
  };
}

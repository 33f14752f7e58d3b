import { randomUUID } from 'node:crypto';
import { isRetryableTransactionError, type Database, type Queryable } from '@shop/db/database';
import { appendEvent } from '@shop/events/outbox';
import type { InventoryRepository, StockQuery } from '../../domain/ports.js';
import {
  BelowReservedError,
  HOLDING,
  InsufficientStockError,
  ReservationMismatchError,
  ReservationStateError,
  type Reservation,
  type ReservationItem,
  type ReservationStatus,
  type Shortage,
  type StockRecord,
} from '../../domain/stock.js';

interface StockRow {
  sku: string;
  quantity: number;
  reserved_quantity: number;
  available_quantity: number;
  location: string | null;
  updated_at: Date;
}

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

const STOCK = 'sku, quantity, reserved_quantity, available_quantity, location, updated_at';
const RESERVATION = 'id, order_id, sku, quantity, status, expires_at, created_at, updated_at';

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

/**
 * PostgreSQL (and PGlite) inventory. Oversell is impossible by construction: every change of
 * reserved or on-hand quantity happens while the sku's row is locked (`FOR UPDATE`, rows always
 * taken in sku order so two transactions cannot deadlock), the amounts are checked under that
 * lock, and the table's CHECK refuses anything that slipped through.
 */
export function createInventoryRepository(db: Database, options: { onEvents?: () => void } = {}): InventoryRepository {
  const notify = options.onEvents ?? (() => undefined);

  /** Serialization failures and deadlocks are retried as a whole; anything else is thrown. */
  async function transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction(fn);
      } catch (error) {
        if (!isRetryableTransactionError(error) || attempt >= 5) throw error;
      }
    }
  }

  async function lockStock(tx: Queryable, skus: string[]): Promise<Map<string, StockRow>> {
    const { rows } = await tx.query<StockRow>(`SELECT ${STOCK} FROM inventory WHERE sku = ANY($1::varchar[]) ORDER BY sku FOR UPDATE`, [
      [...new Set(skus)].sort(),
    ]);
    return new Map(rows.map((r) => [r.sku, r]));
  }

  async function adjust(tx: Queryable, sku: string, quantityDelta: number, reservedDelta: number, now: Date): Promise<StockRow> {
    const { rows } = await tx.query<StockRow>(
      `UPDATE inventory SET quantity = quantity + $2, reserved_quantity = reserved_quantity + $3, updated_at = $4
        WHERE sku = $1 RETURNING ${STOCK}`,
      [sku, quantityDelta, reservedDelta, now],
    );
    const row = rows[0]!;
    await changed(tx, row);
    return row;
  }

  async function changed(tx: Queryable, row: StockRow): Promise<void> {
    await appendEvent(tx, {
      type: 'inventory.changed',
      source: 'inventory',
      subject: row.sku,
      data: { sku: row.sku, quantity: row.quantity, reservedQuantity: row.reserved_quantity, availableQuantity: row.available_quantity },
    });
  }

  async function orderReservations(tx: Queryable, orderId: string, sku?: string): Promise<ReservationRow[]> {
    // The order's skus first (no lock), then their stock rows in sku order, then the reservations:
    // the same lock order as reserve(), so the two never deadlock.
    const { rows: skus } = await tx.query<{ sku: string }>(
      `SELECT sku FROM reservations WHERE order_id = $1 ${sku === undefined ? '' : 'AND sku = $2'}`,
      sku === undefined ? [orderId] : [orderId, sku],
    );
    await lockStock(
      tx,
      skus.map((r) => r.sku),
    );
    const { rows } = await tx.query<ReservationRow>(
      `SELECT ${RESERVATION} FROM reservations WHERE order_id = $1 ${sku === undefined ? '' : 'AND sku = $2'} ORDER BY sku FOR UPDATE`,
      sku === undefined ? [orderId] : [orderId, sku],
    );
    return rows;
  }

  /** The order's reservations, refusing an action when one of them no longer holds its stock. */
  async function heldReservations(tx: Queryable, orderId: string, action: string): Promise<ReservationRow[]> {
    const rows = await orderReservations(tx, orderId);
    const lapsed = rows.filter((r) => r.status === 'released' || r.status === 'expired');
    if (lapsed.length > 0)
      throw new ReservationStateError(
        orderId,
        action,
        lapsed.map((r) => r.status),
      );
    return rows;
  }

  async function setStatus(
    tx: Queryable,
    id: string,
    status: ReservationStatus,
    expiresAt: Date | null,
    now: Date,
  ): Promise<ReservationRow> {
    const { rows } = await tx.query<ReservationRow>(
      `UPDATE reservations SET status = $2, expires_at = $3, updated_at = $4 WHERE id = $1 RETURNING ${RESERVATION}`,
      [id, status, expiresAt, now],
    );
    return rows[0]!;
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
        const existing = (await lockStock(tx, [sku])).get(sku);
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
      return transaction(async (tx) => {
        const stock = await lockStock(
          tx,
          items.map((i) => i.sku),
        );
        const { rows: held } = await tx.query<ReservationRow>(
          `SELECT ${RESERVATION} FROM reservations WHERE order_id = $1 AND sku = ANY($2::varchar[]) FOR UPDATE`,
          [orderId, items.map((i) => i.sku)],
        );
        const existing = new Map(held.map((r) => [r.sku, r]));
        const shortages: Shortage[] = [];
        const toReserve: ReservationItem[] = [];
        for (const item of [...items].sort((a, b) => (a.sku < b.sku ? -1 : 1))) {
          const current = existing.get(item.sku);
          if (current && current.status !== 'released' && current.status !== 'expired') {
            if (current.quantity !== item.quantity) throw new ReservationMismatchError(orderId, item.sku, current.quantity);
            continue;
          }
          const available = stock.get(item.sku)?.available_quantity ?? 0;
          if (!stock.has(item.sku) || available < item.quantity) shortages.push({ sku: item.sku, requested: item.quantity, available });
          else toReserve.push(item);
        }
        if (shortages.length > 0) throw new InsufficientStockError(shortages);
        for (const item of toReserve) {
          await adjust(tx, item.sku, 0, item.quantity, now);
          const { rows } = await tx.query<ReservationRow>(
            `INSERT INTO reservations (id, order_id, sku, quantity, status, expires_at, created_at, updated_at)
             VALUES ($1, $2, $3, $4, 'active', $5, $6, $6)
             ON CONFLICT (order_id, sku) DO UPDATE SET quantity = EXCLUDED.quantity, status = 'active', expires_at = EXCLUDED.expires_at, updated_at = EXCLUDED.updated_at
             RETURNING ${RESERVATION}`,
            [randomUUID(), orderId, item.sku, item.quantity, expiresAt, now],
          );
          existing.set(item.sku, rows[0]!);
        }
        const reservations = items.map((i) => toReservation(existing.get(i.sku)!));
        return { reservations, created: toReserve.length > 0 };
      }).then(afterCommit);
    },

    release(orderId, sku, now) {
      return transaction(async (tx) => {
        const out: Reservation[] = [];
        for (const r of await orderReservations(tx, orderId, sku)) {
          if (!HOLDING.includes(r.status)) {
            out.push(toReservation(r));
            continue;
          }
          await adjust(tx, r.sku, 0, -r.quantity, now);
          out.push(toReservation(await setStatus(tx, r.id, 'released', null, now)));
        }
        return out;
      }).then(afterCommit);
    },

    confirm(orderId, now) {
      return transaction(async (tx) => {
        const rows = await heldReservations(tx, orderId, 'confirm');
        const out: Reservation[] = [];
        for (const r of rows) out.push(toReservation(r.status === 'active' ? await setStatus(tx, r.id, 'confirmed', null, now) : r));
        return out;
      });
    },

    commit(orderId, now) {
      return transaction(async (tx) => {
        const rows = await heldReservations(tx, orderId, 'commit');
        const out: Reservation[] = [];
        for (const r of rows) {
          if (r.status === 'committed') {
            out.push(toReservation(r));
            continue;
          }
          await adjust(tx, r.sku, -r.quantity, -r.quantity, now);
          out.push(toReservation(await setStatus(tx, r.id, 'committed', null, now)));
        }
        return out;
      }).then(afterCommit);
    },

    expireDue(now, limit) {
      return transaction(async (tx) => {
        const { rows: due } = await tx.query<{ sku: string }>(
          `SELECT DISTINCT sku FROM reservations WHERE status = 'active' AND expires_at <= $1 LIMIT $2`,
          [now, limit],
        );
        if (due.length === 0) return 0;
        await lockStock(
          tx,
          due.map((r) => r.sku),
        );
        // Re-checked under the locks: a reservation confirmed meanwhile is not expired.
        const { rows } = await tx.query<ReservationRow>(
          `UPDATE reservations SET status = 'expired', expires_at = NULL, updated_at = $1
            WHERE status = 'active' AND expires_at <= $1 AND sku = ANY($2::varchar[]) RETURNING ${RESERVATION}`,
          [now, due.map((r) => r.sku)],
        );
        const bySku = new Map<string, number>();
        for (const r of rows) bySku.set(r.sku, (bySku.get(r.sku) ?? 0) + r.quantity);
        for (const [sku, quantity] of [...bySku].sort(([a], [b]) => (a < b ? -1 : 1))) await adjust(tx, sku, 0, -quantity, now);
        return rows.length;
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

    async count() {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM inventory');
      return rows[0]!.n;
    },
  };
}

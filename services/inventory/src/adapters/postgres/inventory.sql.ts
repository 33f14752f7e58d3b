import { OUTBOX_COLUMNS, outboxRow } from '@shop/events/outbox';

// The inventory's hot statements. Each operation that moves stock is two statements: first one takes
// the sku rows' locks in sku order (so no two transactions deadlock), then one statement reads the
// reservations under those locks, decides, and writes reservations, stock and events together. The
// second statement starts after the locks are held, so what it reads is current; doing both in one
// statement would read the reservations from before the wait. Reserving, the checkout's step, runs
// both inside one database function (one round trip); the others run them in a transaction.

export const STOCK = 'sku, quantity, reserved_quantity, available_quantity, location, updated_at';
const RESERVATION_COLUMNS = ['id', 'order_id', 'sku', 'quantity', 'status', 'expires_at', 'created_at', 'updated_at'];
export const RESERVATION = RESERVATION_COLUMNS.join(', ');
const reservationOf = (alias: string) => RESERVATION_COLUMNS.map((c) => `${alias}.${c}`).join(', ');

export interface StockRow {
  sku: string;
  quantity: number;
  reserved_quantity: number;
  available_quantity: number;
  location: string | null;
  updated_at: Date;
}

/** Locks the stock rows of `$1` skus, in sku order. */
export const LOCK_SKUS = `SELECT ${STOCK} FROM inventory WHERE sku = ANY($1::varchar[]) ORDER BY sku FOR UPDATE`;

/** Locks the stock rows of the order's (`$1`) skus, or of one of them (`$2`), in sku order. */
export const lockOrderSkus = (oneSku: boolean) =>
  `SELECT ${STOCK} FROM inventory
    WHERE sku IN (SELECT sku FROM reservations WHERE order_id = $1::varchar ${oneSku ? 'AND sku = $2::varchar' : ''})
    ORDER BY sku FOR UPDATE OF inventory`;

/** Locks the stock rows of (up to `$2`) skus with active reservations due at `$1`, in sku order. */
export const LOCK_DUE_SKUS = `SELECT ${STOCK} FROM inventory
  WHERE sku IN (SELECT DISTINCT sku FROM reservations WHERE status = 'active' AND expires_at <= $1::timestamptz LIMIT $2)
  ORDER BY sku FOR UPDATE OF inventory`;

/**
 * An `inventory.changed` outbox row for each sku, as six column arrays (the last six parameters of
 * a statement). The envelope is built and validated here with zero amounts; its `data` is replaced
 * by the statement with the stock row it actually wrote (`moved`), and skus that did not move get none.
 */
export function changeEvents(skus: string[]): string[][] {
  const columns: string[][] = [[], [], [], [], [], []];
  for (const sku of skus) {
    const { values } = outboxRow({
      type: 'inventory.changed',
      source: 'inventory',
      subject: sku,
      data: { sku, quantity: 0, reservedQuantity: 0, availableQuantity: 0 },
    });
    values.forEach((value, i) => columns[i]!.push(value));
  }
  return columns;
}

/** Inserts the events of `changeEvents` (parameters `$n`..`$n+5`) for the stock rows in the CTE `moved`, in sku order. */
const insertChanges = (n: number) => `INSERT INTO outbox (${OUTBOX_COLUMNS})
    SELECT e.id::uuid, e.topic, e.key, e.type,
           jsonb_set(e.envelope::jsonb, '{data}', jsonb_build_object('sku', m.sku, 'quantity', m.quantity,
             'reservedQuantity', m.reserved_quantity, 'availableQuantity', m.available_quantity)),
           e.headers::jsonb
      FROM unnest($${n}::text[], $${n + 1}::text[], $${n + 2}::text[], $${n + 3}::text[], $${n + 4}::text[], $${n + 5}::text[])
           AS e(id, topic, key, type, envelope, headers)
      JOIN moved m ON m.sku = e.key
     ORDER BY m.sku`;

/**
 * Reserves order `$1`'s skus `$2` with quantities `$3` (new reservation ids `$4`, lapsing at `$5`,
 * now `$6`, events `$7`..`$12`) in one call: see `reserve_stock` in migration 0003 for the rules
 * and the rows it returns.
 */
export const RESERVE = `SELECT ${RESERVATION}, made, available
  FROM reserve_stock($1::varchar, $2::varchar[], $3::int[], $4::varchar[], $5::timestamptz, $6::timestamptz,
                     $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`;

/**
 * Moves order `$1`'s reservations of the skus `$2` (locked by the caller, or none for confirm: it
 * moves no stock) from `from` to `to` at `$3`, with the stock they hold (`stock`: the SET applied per
 * moved reservation `f`) and its events (`$4`..`$9`). When `refuseLapsed`, nothing moves if one
 * of them was released or expired. Returns every one of those reservations as it now is, in sku order.
 */
export function settle(options: { from: string[]; to: string; refuseLapsed: boolean; stock?: string }): string {
  const stock = options.stock
    ? `, moved AS (
        UPDATE inventory i SET ${options.stock}, updated_at = $3::timestamptz
          FROM changed f WHERE i.sku = f.sku
        RETURNING i.sku, i.quantity, i.reserved_quantity, i.available_quantity
      ), events AS (${insertChanges(4)})`
    : '';
  return `
    WITH mine AS MATERIALIZED (
      SELECT ${RESERVATION} FROM reservations
       WHERE order_id = $1::varchar ${options.stock ? 'AND sku = ANY($2::varchar[])' : ''} ORDER BY sku FOR UPDATE
    ), changed AS (
      UPDATE reservations r SET status = '${options.to}', expires_at = NULL, updated_at = $${options.stock ? 3 : 2}::timestamptz
        FROM mine m
       WHERE r.id = m.id AND m.status IN (${options.from.map((s) => `'${s}'`).join(', ')})
         ${options.refuseLapsed ? `AND NOT EXISTS (SELECT 1 FROM mine l WHERE l.status IN ('released', 'expired'))` : ''}
      RETURNING ${reservationOf('r')}
    )${stock}
    SELECT ${RESERVATION} FROM changed
    UNION ALL
    SELECT ${RESERVATION} FROM mine m WHERE NOT EXISTS (SELECT 1 FROM changed c WHERE c.id = m.id)
    ORDER BY sku`;
}

/**
 * Expires the active reservations of the locked skus `$2` due at `$1`, returning the stock they held
 * (events `$3`..`$8`); the rows are locked in (order, sku) order, the order confirm takes them in.
 */
export const EXPIRE = `
  WITH due AS MATERIALIZED (
    SELECT id FROM reservations
     WHERE status = 'active' AND expires_at <= $1::timestamptz AND sku = ANY($2::varchar[])
     ORDER BY order_id, sku FOR UPDATE
  ), gone AS (
    UPDATE reservations r SET status = 'expired', expires_at = NULL, updated_at = $1::timestamptz
      FROM due d WHERE r.id = d.id AND r.status = 'active'
    RETURNING r.sku, r.quantity
  ), freed AS (
    SELECT sku, sum(quantity)::int AS quantity FROM gone GROUP BY sku
  ), moved AS (
    UPDATE inventory i SET reserved_quantity = i.reserved_quantity - f.quantity, updated_at = $1::timestamptz
      FROM freed f WHERE i.sku = f.sku
    RETURNING i.sku, i.quantity, i.reserved_quantity, i.available_quantity
  ), events AS (${insertChanges(3)})
  SELECT count(*)::int AS n FROM gone`;

/**
 * What must hold after the checkout load, read from the services' own databases: no oversell, every
 * paid order confirmed, every failed order released, one payment per order, and every event the
 * services wrote relayed to the bus (the outbox drained).
 */
import pg from 'pg';
import type { DatabaseName } from './platform.js';
import type { Attempt } from './traffic.js';

export interface Invariants {
  ok: boolean;
  violations: Record<string, number>;
  orders: { total: number; confirmed: number; cancelled: number };
  /** Units of each scarce sku in confirmed orders. */
  scarceSold: number[];
}

async function rows<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Outbox rows not yet published, waiting up to `waitMs` for the relays to catch up. */
async function unpublished(databases: Record<DatabaseName, { url: string }>, waitMs: number): Promise<number> {
  const relaying = [databases.order, databases.payment, databases.inventory];
  const until = Date.now() + waitMs;
  for (;;) {
    const counts = await Promise.all(
      relaying.map((d) => rows<{ n: number }>(d.url, 'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL')),
    );
    const total = counts.reduce((sum, r) => sum + r[0]!.n, 0);
    if (total === 0 || Date.now() > until) return total;
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function checkInvariants(
  databases: Record<DatabaseName, { url: string }>,
  attempts: readonly Attempt[],
  scarceSkus: readonly string[],
): Promise<Invariants> {
  const [orders, items, payments, stock, holding] = await Promise.all([
    rows<{ id: string; status: string; total_cents: string }>(databases.order.url, 'SELECT id, status, total_cents FROM orders'),
    rows<{ sku: string; quantity: number }>(
      databases.order.url,
      "SELECT i.sku, sum(i.quantity)::int AS quantity FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.status = 'confirmed' GROUP BY i.sku",
    ),
    rows<{ order_id: string; status: string; amount_cents: string }>(
      databases.payment.url,
      'SELECT order_id, status, amount_cents FROM payments',
    ),
    rows<{ sku: string; quantity: number; reserved_quantity: number }>(
      databases.inventory.url,
      'SELECT sku, quantity, reserved_quantity FROM inventory',
    ),
    rows<{ order_id: string }>(
      databases.inventory.url,
      "SELECT DISTINCT order_id FROM reservations WHERE status IN ('active', 'confirmed')",
    ),
  ]);

  const status = new Map(orders.map((o) => [o.id, o]));
  const paid = new Map<string, typeof payments>();
  for (const p of payments.filter((p) => p.status === 'succeeded')) paid.set(p.order_id, [...(paid.get(p.order_id) ?? []), p]);
  const orderedPerSku = new Map(items.map((i) => [i.sku, i.quantity]));
  const holdingSet = new Set(holding.map((r) => r.order_id));
  const violations = {
    pendingOrders: orders.filter((o) => o.status === 'pending').length,
    confirmedAnswerNotConfirmed: attempts.filter((a) => a.status === 201 && status.get(a.orderId!)?.status !== 'confirmed').length,
    paidButNotConfirmed: [...paid.keys()].filter((id) => status.get(id)?.status !== 'confirmed').length,
    confirmedWithoutOnePayment: orders.filter((o) => o.status === 'confirmed' && paid.get(o.id)?.length !== 1).length,
    paymentAmountDiffers: orders.filter((o) => o.status === 'confirmed' && paid.get(o.id)?.[0]?.amount_cents !== o.total_cents).length,
    moreThanOnePaymentPerOrder: [...paid.values()].filter((ps) => ps.length > 1).length,
    failedOrderStillHoldsStock: orders.filter((o) => o.status === 'cancelled' && holdingSet.has(o.id)).length,
    reservedDiffersFromConfirmedOrders: stock.filter((s) => s.reserved_quantity !== (orderedPerSku.get(s.sku) ?? 0)).length,
    oversold: stock.filter((s) => s.reserved_quantity > s.quantity).length,
    eventsNotRelayed: await unpublished(databases, 15_000),
  };
  return {
    ok: attempts.some((a) => a.status === 201) && Object.values(violations).every((v) => v === 0),
    violations,
    orders: {
      total: orders.length,
      confirmed: orders.filter((o) => o.status === 'confirmed').length,
      cancelled: orders.filter((o) => o.status === 'cancelled').length,
    },
    scarceSold: scarceSkus.map((sku) => orderedPerSku.get(sku) ?? 0),
  };
}

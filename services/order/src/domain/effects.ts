import type { Order, OrderStatus } from './order.js';
import type { InventoryPort, OrderChanges, OrderRepository, PaymentPort } from './ports.js';

export interface EffectsDeps {
  orders: OrderRepository;
  inventory: InventoryPort;
  payments: PaymentPort;
  clock: { now(): Date };
  /** Logs an effect that failed and stays owed, for an operator to see. */
  warn(message: string, details: Record<string, unknown>): void;
}

/** What an effect leaves: facts to record on the order, and whether nothing more is owed. */
interface Outcome {
  changes: OrderChanges;
  done: boolean;
}

/** The last time the order became cancelled. */
const cancelledAt = (order: Order) => order.statusHistory.findLast((h) => h.status === 'cancelled')?.at ?? order.updatedAt;

/**
 * The side effects a status change owes once its compare-and-set has won: only the winner runs
 * them, and never before. The statement that wins marks them owed (`effects_due_at`), `settle`
 * runs them and clears the mark, and what fails stays owed for the recovery job (`settleOwed`).
 * Every effect may run twice, by two replicas or by a request and the job, and applies once:
 * inventory is idempotent per order, a refund per payment (its Idempotency-Key, and a reason
 * taken from the order so that every attempt sends the same body).
 */
export function makeEffects({ orders, inventory, payments, clock, warn }: EffectsDeps) {
  /** Shipped (or delivered since): the reserved units leave stock for good. */
  async function commitStock(order: Order): Promise<Outcome> {
    await inventory.commit(order.id);
    return { changes: {}, done: true };
  }

  /**
   * Cancelled: the charge refunded (the one the order holds, or one that landed for it) and the
   * stock released. An order cancelled before it was charged may still be charged by a checkout
   * that was running then, whose process may die before it hands the charge over; so it stays
   * owed until checkouts of that time count as dead (`checkoutsDeadBefore`, the recovery job's
   * horizon) and is looked at once more then.
   */
  async function undoCheckout(order: Order, checkoutsDeadBefore?: Date): Promise<Outcome> {
    const found = order.paymentId ? null : await payments.findCharge(order.id);
    const paymentId = order.paymentId ?? (found && found.status !== 'failed' ? found.paymentId : null);
    if (paymentId) await payments.refund(paymentId, order.cancelReason ?? 'order cancelled');
    await inventory.release(order.id);
    if (paymentId) return { changes: { paymentId, paymentStatus: 'refunded' }, done: true };
    return { changes: {}, done: checkoutsDeadBefore !== undefined && cancelledAt(order) < checkoutsDeadBefore };
  }

  const EFFECTS: Partial<Record<OrderStatus, (order: Order, checkoutsDeadBefore?: Date) => Promise<Outcome>>> = {
    shipped: commitStock,
    delivered: commitStock,
    cancelled: undoCheckout,
  };

  /**
   * Runs what the order's status owes and records it. `due` is the owed mark the caller wrote (its
   * time); a newer one written meanwhile is left for its writer. Never throws: an effect that
   * fails stays owed, is logged, and the order is returned as it was.
   */
  async function settle(order: Order, due: Date, checkoutsDeadBefore?: Date): Promise<Order> {
    const effect = EFFECTS[order.status];
    try {
      const { changes, done } = effect ? await effect(order, checkoutsDeadBefore) : { changes: {}, done: true };
      if (!done && Object.keys(changes).length === 0) return order;
      return (await orders.settle(order.id, { due, changes, done, now: clock.now() })) ?? order;
    } catch (error) {
      warn('order effects failed; the recovery job runs them again', { orderId: order.id, status: order.status, error: String(error) });
      return order;
    }
  }

  /** Settles every order whose effects are owed since before `olderThan` (the recovery job); returns how many it took. */
  async function settleOwed(olderThan: Date): Promise<number> {
    let taken = 0;
    for (;;) {
      const now = clock.now();
      const batch = await orders.claimOwed(olderThan, now, 50);
      for (const order of batch) await settle(order, now, olderThan);
      taken += batch.length;
      if (batch.length < 50) return taken;
    }
  }

  return { settle, settleOwed };
}

export type Effects = ReturnType<typeof makeEffects>;

import { orderEvents } from '../events.js';
import type { Order } from '../order.js';
import type { OrderChanges, OrderRepository } from '../ports.js';

export interface CancelPending {
  /**
   * pending → cancelled (compare-and-set): null when the order had moved. `publish` sends
   * order.cancelled; `owesFrom` marks the cancellation's effects (refund, release) owed as of then.
   */
  (order: Order, reason: string, changes: OrderChanges, publish: boolean, owesFrom?: Date): Promise<Order | null>;
}

/** How the saga ends a pending order it cannot finish. */
export function cancelPending({ orders, clock }: { orders: OrderRepository; clock: { now(): Date } }): CancelPending {
  return (order, reason, changes, publish, owesFrom) =>
    orders.transition(order.id, {
      from: ['pending'],
      to: 'cancelled',
      changes: { ...changes, cancelReason: reason },
      note: reason,
      event: publish ? orderEvents.cancelled(order, reason) : null,
      now: owesFrom ?? clock.now(),
      owesEffects: owesFrom !== undefined,
    });
}

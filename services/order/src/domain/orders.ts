import type { Principal } from '@shop/auth/principal';
import { InvalidStateError } from '@shop/errors/errors';
import type { Checkout } from './checkout.js';
import type { Effects } from './effects.js';
import { OrderCancelledError, OrderNotFoundError } from './errors.js';
import { orderEvents } from './events.js';
import { assertTransition, sourcesOf, type Order, type OrderStatus } from './order.js';
import { summarizeOrders, type OrderStats } from './order-stats.js';
import type { OrderChanges, OrderEvent, OrderQuery, OrderRepository } from './ports.js';

export interface OrdersDeps {
  orders: OrderRepository;
  checkout: Checkout;
  effects: Effects;
  clock: { now(): Date };
}

/**
 * Reading, cancelling, shipping and delivering orders; the recovery of abandoned checkouts. A
 * change that touches stock or money wins its compare-and-set first, with its effects marked owed
 * in the same statement, and only then runs them (domain/effects.ts): a cancel and a shipment
 * racing on one order can never both refund and ship it.
 */
export function makeOrders({ orders, checkout, effects, clock }: OrdersDeps) {
  /** Customers see their own orders only; anything else is "not found", never "forbidden". */
  async function visible(id: string, caller: Principal): Promise<Order> {
    const order = await orders.get(id);
    if (!order || (caller.role === 'customer' && order.userId !== caller.sub)) throw new OrderNotFoundError();
    return order;
  }

  async function move(order: Order, to: OrderStatus, changes: OrderChanges, note: string, event: OrderEvent, now = clock.now()) {
    assertTransition(order, to);
    const moved = await orders.transition(order.id, {
      from: sourcesOf(to).filter((s) => s === order.status),
      to,
      changes,
      note,
      event,
      now,
      owesEffects: to === 'shipped' || to === 'cancelled',
    });
    if (!moved) {
      // Someone else moved it first: report against what it is now.
      assertTransition((await orders.get(order.id))!, to);
      throw new InvalidStateError(`Order ${order.orderNumber} changed while this request ran; try again.`);
    }
    return moved;
  }

  return {
    get: visible,

    list(caller: Principal, query: OrderQuery) {
      return orders.list(caller.role === 'customer' ? { ...query, userId: caller.sub } : query);
    },

    /** Orders placed and revenue per UTC day, `from`..`to` inclusive (staff only; the route guards). */
    async stats(range: { from: string; to: string }): Promise<OrderStats & { from: string; to: string }> {
      return { ...range, ...summarizeOrders(await orders.daily(range.from, range.to)) };
    },

    /**
     * The owner while pending or confirmed, or an admin: money back if paid, stock released, both
     * after the cancellation has won. Answers the cancelled order; a refund that fails then is owed
     * and retried (the order says `paymentStatus: paid` until it goes through).
     */
    async cancel(id: string, caller: Principal, reason: string): Promise<Order> {
      const order = await visible(id, caller);
      const now = clock.now();
      const cancelled = await move(order, 'cancelled', { cancelReason: reason }, reason, orderEvents.cancelled(order, reason), now);
      return effects.settle(cancelled, now);
    },

    /** Shipment takes the reserved units out of stock for good, once it has won. */
    async ship(id: string, caller: Principal, trackingNumber: string, carrier: string): Promise<Order> {
      const order = await visible(id, caller);
      const now = clock.now();
      const shipped = await move(
        order,
        'shipped',
        { trackingNumber, carrier },
        `shipped with ${carrier} (${trackingNumber})`,
        orderEvents.shipped(order, trackingNumber, carrier),
        now,
      );
      return effects.settle(shipped, now);
    },

    async deliver(id: string, caller: Principal): Promise<Order> {
      const order = await visible(id, caller);
      return move(order, 'delivered', {}, 'delivered', orderEvents.delivered(order));
    },

    /**
     * The recovery job: runs the effects still owed since before `olderThan`, then finishes or
     * compensates every order left pending since then; returns how many orders it settled.
     */
    async recoverStale(olderThan: Date, onError: (order: Order, error: unknown) => void): Promise<number> {
      let settled = await effects.settleOwed(olderThan);
      for (;;) {
        const batch = await orders.claimStalePending(olderThan, clock.now(), 50);
        for (const order of batch) {
          try {
            await checkout.recover(order);
            settled++;
          } catch (error) {
            // Cancelled while it was being recovered: the cancellation settles it.
            if (error instanceof OrderCancelledError) settled++;
            else onError(order, error);
          }
        }
        if (batch.length < 50) return settled;
      }
    },
  };
}

export type Orders = ReturnType<typeof makeOrders>;

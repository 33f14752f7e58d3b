import type { Principal } from '@shop/auth/principal';
import { InvalidStateError } from '@shop/errors/errors';
import type { Checkout } from './checkout.js';
import { OrderNotFoundError } from './errors.js';
import { orderEvents } from './events.js';
import { assertTransition, sourcesOf, type Order, type OrderStatus } from './order.js';
import { summarizeOrders, type OrderStats } from './order-stats.js';
import type { InventoryPort, OrderChanges, OrderEvent, OrderQuery, OrderRepository, PaymentPort } from './ports.js';

export interface OrdersDeps {
  orders: OrderRepository;
  inventory: InventoryPort;
  payments: PaymentPort;
  checkout: Checkout;
  clock: { now(): Date };
}

/** Reading, cancelling, shipping and delivering orders; the recovery of abandoned checkouts. */
export function makeOrders({ orders, inventory, payments, checkout, clock }: OrdersDeps) {
  /** Customers see their own orders only; anything else is "not found", never "forbidden". */
  async function visible(id: string, caller: Principal): Promise<Order> {
    const order = await orders.get(id);
    if (!order || (caller.role === 'customer' && order.userId !== caller.sub)) throw new OrderNotFoundError();
    return order;
  }

  async function move(order: Order, to: OrderStatus, changes: OrderChanges, note: string, event: OrderEvent) {
    assertTransition(order, to);
    const moved = await orders.transition(order.id, {
      from: sourcesOf(to).filter((s) => s === order.status),
      to,
      changes,
      note,
      event,
      now: clock.now(),
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

    /** The owner while pending or confirmed, or an admin: money back if paid, stock released. */
    async cancel(id: string, caller: Principal, reason: string): Promise<Order> {
      const order = await visible(id, caller);
      assertTransition(order, 'cancelled');
      if (order.paymentStatus === 'paid' && order.paymentId) await payments.refund(order.paymentId, reason);
      await inventory.release(order.id);
      const refunded = order.paymentStatus === 'paid';
      return move(
        order,
        'cancelled',
        { cancelReason: reason, ...(refunded ? { paymentStatus: 'refunded' } : {}) },
        reason,
        orderEvents.cancelled(order, reason),
      );
    },

    /** Shipment takes the reserved units out of stock for good. */
    async ship(id: string, caller: Principal, trackingNumber: string, carrier: string): Promise<Order> {
      const order = await visible(id, caller);
      assertTransition(order, 'shipped');
      await inventory.commit(order.id);
      return move(
        order,
        'shipped',
        { trackingNumber, carrier },
        `shipped with ${carrier} (${trackingNumber})`,
        orderEvents.shipped(order, trackingNumber, carrier),
      );
    },

    async deliver(id: string, caller: Principal): Promise<Order> {
      const order = await visible(id, caller);
      return move(order, 'delivered', {}, 'delivered', orderEvents.delivered(order));
    },

    /** Finishes or compensates every order left pending since `olderThan`; returns how many. */
    async recoverStale(olderThan: Date, onError: (order: Order, error: unknown) => void): Promise<number> {
      let settled = 0;
      for (;;) {
        const batch = await orders.claimStalePending(olderThan, clock.now(), 50);
        for (const order of batch) {
          try {
            await checkout.recover(order);
            settled++;
          } catch (error) {
            onError(order, error);
          }
        }
        if (batch.length < 50) return settled;
      }
    },
  };
}

export type Orders = ReturnType<typeof makeOrders>;

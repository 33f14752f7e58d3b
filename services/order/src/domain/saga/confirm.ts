import { InvalidStateError } from '@shop/errors/errors';
import type { Effects } from '../effects.js';
import { OrderCancelledError, OrderOutOfStockError } from '../errors.js';
import { orderEvents } from '../events.js';
import type { Order } from '../order.js';
import type { CartPort, InventoryPort, OrderRepository, Receipt, ReserveOutcome } from '../ports.js';
import type { CancelPending } from './cancel.js';
import type { ReserveStep } from './reserve.js';

export interface ConfirmDeps {
  orders: OrderRepository;
  inventory: InventoryPort;
  cart: CartPort;
  effects: Effects;
  clock: { now(): Date };
  cancel: CancelPending;
  reserve: ReserveStep;
  warn(message: string, details: Record<string, unknown>): void;
}

/**
 * Saga step 3, once the charge went through: hold the stock for good, confirm the order
 * (order.created), then clear the cart. When the stock is gone the order is cancelled holding the
 * charge, and the cancellation, having won, refunds it.
 */
export function confirmStep({ orders, inventory, cart, effects, clock, cancel, reserve, warn }: ConfirmDeps) {
  /** A charged order's stock held for good: its reservation confirmed, or taken again if it lapsed. */
  async function holdStock(order: Order): Promise<ReserveOutcome> {
    try {
      await inventory.confirm(order.id);
      return { ok: true };
    } catch (error) {
      if (!(error instanceof InvalidStateError)) throw error; // inventory down: stays pending, recovery finishes it
      const again = await reserve.reserve(order);
      if (again.ok) await inventory.confirm(order.id);
      return again;
    }
  }

  /**
   * The order moved while this checkout held `paymentId`. Finished by another hand (the recovery
   * job) with this very charge: that is the answer. Cancelled: the cancellation won, so the
   * undoing is its own; it is handed this charge (recorded and marked owed in one statement, so
   * the recovery job refunds it if this process stops now) and its effects run again.
   */
  async function lostTo(order: Order, paymentId: string): Promise<Order> {
    const current = await orders.get(order.id);
    if (current && current.status !== 'cancelled') return current;
    const now = clock.now();
    const owed = await orders.owe(order.id, { paymentId }, now);
    if (owed) await effects.settle(owed, now);
    throw new OrderCancelledError(order.id, current?.cancelReason ?? null);
  }

  return async function confirm(order: Order, paymentId: string, receipt?: Receipt<Order>): Promise<Order> {
    const held = await holdStock(order);
    if (!held.ok) {
      const now = clock.now();
      const cancelled = await cancel(order, `stock no longer available: ${held.skus.join(', ')}`, { paymentId }, true, now);
      if (!cancelled) return lostTo(order, paymentId);
      await effects.settle(cancelled, now);
      throw new OrderOutOfStockError(order.id, held.skus);
    }
    const confirmed = await orders.move(
      order,
      {
        from: ['pending'],
        to: 'confirmed',
        changes: { paymentStatus: 'paid', paymentId, paymentMethod: 'card' },
        note: 'payment received',
        event: orderEvents.created(order),
        now: clock.now(),
      },
      receipt,
    );
    if (!confirmed) return lostTo(order, paymentId);
    if (confirmed.fromCart) {
      await cart
        .clear(order.userId)
        .catch((error: unknown) => warn('cart not cleared after checkout', { orderId: order.id, error: String(error) }));
    }
    return confirmed;
  };
}

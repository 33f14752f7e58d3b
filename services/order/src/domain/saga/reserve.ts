import { OrderOutOfStockError } from '../errors.js';
import type { Order } from '../order.js';
import type { InventoryPort, ReserveOutcome } from '../ports.js';
import type { CancelPending } from './cancel.js';

export interface ReserveDeps {
  inventory: InventoryPort;
  reservationTtlSeconds: number;
  cancel: CancelPending;
  warn(message: string, details: Record<string, unknown>): void;
}

/** Saga step 1: hold the stock of every line ↔ give it back. */
export function reserveStep({ inventory, reservationTtlSeconds, cancel, warn }: ReserveDeps) {
  const reserve = (order: Order): Promise<ReserveOutcome> =>
    inventory.reserve(
      order.id,
      order.items.map((i) => ({ sku: i.sku, quantity: i.quantity })),
      reservationTtlSeconds,
    );

  return {
    reserve,

    /** Holds the order's stock; when it cannot, cancels the order (nothing is held) and throws. */
    async run(order: Order): Promise<void> {
      let reserved: ReserveOutcome;
      try {
        reserved = await reserve(order);
      } catch (error) {
        await cancel(order, 'inventory unavailable', { paymentStatus: 'failed' }, false);
        throw error;
      }
      if (!reserved.ok) {
        await cancel(order, `insufficient stock: ${reserved.skus.join(', ')}`, { paymentStatus: 'failed' }, false);
        throw new OrderOutOfStockError(order.id, reserved.skus);
      }
    },

    /** The compensation: the reservation released; one the inventory cannot release now expires. */
    compensate: (order: Order): Promise<void> =>
      inventory
        .release(order.id)
        .catch((error: unknown) => warn('reservation not released; it will expire', { orderId: order.id, error: String(error) })),
  };
}

export type ReserveStep = ReturnType<typeof reserveStep>;

import { AppError, ConflictError, InvalidStateError } from '@shop/errors/errors';

export interface StockRecord {
  sku: string;
  quantity: number;
  reservedQuantity: number;
  availableQuantity: number;
  location: string | null;
  updatedAt: Date;
}

export type ReservationStatus = 'active' | 'confirmed' | 'committed' | 'released' | 'expired';

export interface Reservation {
  id: string;
  orderId: string;
  sku: string;
  quantity: number;
  status: ReservationStatus;
  /** Set while active; confirmed and finished reservations do not expire. */
  expiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ReservationItem {
  sku: string;
  quantity: number;
}

/** Reservations that still hold stock (counted in reserved_quantity). */
export const HOLDING: readonly ReservationStatus[] = ['active', 'confirmed'];

/**
 * The reservation lifecycle. `active` holds stock until it expires; `confirmed` holds it until
 * shipment (commit) or cancellation (release); `released` and `expired` may be reserved again.
 */
const TRANSITIONS: Readonly<Record<ReservationStatus, readonly ReservationStatus[]>> = {
  active: ['confirmed', 'committed', 'released', 'expired'],
  confirmed: ['committed', 'released'],
  committed: [],
  released: ['active'],
  expired: ['active'],
};

export function canTransition(from: ReservationStatus, to: ReservationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export interface Shortage {
  sku: string;
  requested: number;
  /** 0 for a sku the inventory does not know. */
  available: number;
}

export class InsufficientStockError extends AppError {
  constructor(readonly shortages: Shortage[]) {
    super('INSUFFICIENT_STOCK', `Not enough stock for ${shortages.map((s) => s.sku).join(', ')}.`, {
      extensions: { skus: shortages.map((s) => s.sku), shortages },
    });
  }
}

export class BelowReservedError extends ConflictError {
  constructor(sku: string, reserved: number) {
    super(`${sku} has ${reserved} units reserved; the quantity cannot go below that.`, { sku, reservedQuantity: reserved });
  }
}

export class ReservationMismatchError extends ConflictError {
  constructor(orderId: string, sku: string, held: number) {
    super(`Order ${orderId} already holds a reservation of ${held} for ${sku}; release it to change the quantity.`, {
      sku,
      reservedQuantity: held,
    });
  }
}

export class ReservationStateError extends InvalidStateError {
  constructor(orderId: string, action: string, statuses: ReservationStatus[]) {
    super(`Cannot ${action} the reservations of order ${orderId}: they are ${[...new Set(statuses)].join(', ')}.`);
  }
}

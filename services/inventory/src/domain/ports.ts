import type { Reservation, ReservationItem, ReservationStatus, StockRecord } from './stock.js';

export interface StockQuery {
  /** Only skus whose available quantity is at or below this. */
  lowStockAt?: number | undefined;
  skuPrefix?: string | undefined;
  page: number;
  limit: number;
}

export interface ReservationQuery {
  sku?: string | undefined;
  orderId?: string | undefined;
  status: ReservationStatus;
  page: number;
  limit: number;
}

/**
 * Stock and reservations. Each method is one transaction that also writes `inventory.changed`
 * for every sku whose numbers moved, so stock and its events never disagree.
 */
export interface InventoryRepository {
  get(sku: string): Promise<StockRecord | null>;
  list(query: StockQuery): Promise<{ items: StockRecord[]; total: number }>;
  /** Creates or sets a sku's quantity; refuses (BelowReservedError) a quantity under what is reserved. */
  put(sku: string, quantity: number, location: string | null | undefined, now: Date): Promise<StockRecord>;
  /**
   * Reserves every item or none (InsufficientStockError naming every short sku). Items the order
   * already holds are returned as they are; released or expired ones are reserved again.
   */
  reserve(
    orderId: string,
    items: ReservationItem[],
    expiresAt: Date,
    now: Date,
  ): Promise<{ reservations: Reservation[]; created: boolean }>;
  /** Releases what the order holds (one sku, or all); releasing twice changes nothing. */
  release(orderId: string, sku: string | undefined, now: Date): Promise<Reservation[]>;
  /** Active → confirmed (no longer expires). */
  confirm(orderId: string, now: Date): Promise<Reservation[]>;
  /** Shipment: held stock leaves the warehouse (quantity and reserved both drop). */
  commit(orderId: string, now: Date): Promise<Reservation[]>;
  /** Expires active reservations due at `now`; returns how many. */
  expireDue(now: Date, limit: number): Promise<number>;
  reservationsOfOrder(orderId: string): Promise<Reservation[]>;
  reservationsOfSku(sku: string, statuses: readonly ReservationStatus[]): Promise<Reservation[]>;
  /** Reservations in one status across skus, newest first. */
  listReservations(query: ReservationQuery): Promise<{ items: Reservation[]; total: number }>;
  count(): Promise<number>;
}

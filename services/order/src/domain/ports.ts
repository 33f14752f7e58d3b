import type { EventData } from '@shop/events/catalog';
import type { CardInput } from './card.js';
import type { Address, Order, OrderLine, OrderStatus, PaymentStatus, ShippingMethod } from './order.js';
import type { Totals } from './totals.js';

export type OrderEvent =
  | { type: 'order.created'; data: EventData<'order.created'> }
  | { type: 'order.cancelled'; data: EventData<'order.cancelled'> }
  | { type: 'order.shipped'; data: EventData<'order.shipped'> }
  | { type: 'order.delivered'; data: EventData<'order.delivered'> };

export interface NewOrder extends Totals {
  id: string;
  userId: string;
  email: string;
  items: Omit<OrderLine, 'id'>[];
  currency: string;
  shippingAddress: Address;
  billingAddress: Address;
  shippingMethod: ShippingMethod;
  fromCart: boolean;
  idempotencyKey: string | null;
}

export interface OrderChanges {
  paymentStatus?: PaymentStatus;
  paymentMethod?: string | null;
  paymentId?: string | null;
  trackingNumber?: string;
  carrier?: string;
  cancelReason?: string;
}

export interface OrderQuery {
  userId?: string | undefined;
  /** The email the order was placed with, in any letter case (exact match). */
  email?: string | undefined;
  status?: OrderStatus | undefined;
  /** Created at or after. */
  from?: Date | undefined;
  /** Created before. */
  before?: Date | undefined;
  page: number;
  limit: number;
}

/** One UTC day of orders, by when they were placed. */
export interface OrderDay {
  date: string;
  orders: number;
  /** Orders that were paid: `paymentStatus: paid`, or confirmed, shipped or delivered. */
  paidOrders: number;
  revenueCents: number;
  byStatus: Record<OrderStatus, number>;
}

/** A status change: from one of `from` to `to`, with the fields it sets, its history note and its event. */
export interface OrderMove {
  from: readonly OrderStatus[];
  to: OrderStatus;
  changes: OrderChanges;
  note: string | null;
  event: OrderEvent | null;
  now: Date;
  /**
   * The change owes side effects (domain/effects.ts): the same statement marks them owed as of
   * `now`, so they are not lost if the caller stops before running them.
   */
  owesEffects?: boolean;
}

/** Effects of an order's status run to their end: the facts they leave, and the owed mark they held. */
export interface OrderSettlement {
  /** The owed mark the caller holds; the mark is cleared only while it is still this one. */
  due: Date;
  changes: OrderChanges;
  /** False: something is still owed (the mark stays for the recovery job). */
  done: boolean;
  now: Date;
}

/**
 * Opaque to the domain: what the caller asks the repository to store in the same statement as the
 * write of a `T` (the route's record of its answer, replayed for a repeated Idempotency-Key). A use
 * case only hands it on.
 */
export interface Receipt<T> {
  readonly written?: T;
}

/** Orders, their lines and history; each change writes its status history and event in one transaction. */
export interface OrderRepository {
  /**
   * Inserts a `pending` order with its lines and gives it a number; null when this customer
   * already has an order with this idempotency key.
   */
  create(order: NewOrder, now: Date): Promise<Order | null>;
  get(id: string): Promise<Order | null>;
  findByIdempotencyKey(userId: string, key: string): Promise<Order | null>;
  list(query: OrderQuery): Promise<{ items: Order[]; total: number }>;
  /** Every UTC day `from`..`to` (`YYYY-MM-DD`, inclusive), oldest first, days without orders included (as zeros). */
  daily(from: string, to: string): Promise<OrderDay[]>;
  /**
   * Moves the order to `to` if its status is one of `from` (compare-and-set): null when it was
   * not, so two actors racing on one order cannot both win.
   */
  transition(id: string, move: OrderMove): Promise<Order | null>;
  /**
   * `transition` for an order the caller holds as it is stored (just created or just read): the
   * moved order is computed from it rather than read back, and `receipt` is stored with the moved
   * order in the same statement (nothing is when the order did not move).
   */
  move(held: Order, move: OrderMove, receipt?: Receipt<Order>): Promise<Order | null>;
  /** Records a payment fact without changing the status. */
  update(id: string, changes: OrderChanges, now: Date): Promise<Order | null>;
  /**
   * Records a fact without changing the status and marks the status's effects owed again as of
   * `now` (a charge that landed on an order cancelled meanwhile, for its cancellation to refund).
   */
  owe(id: string, changes: OrderChanges, now: Date): Promise<Order | null>;
  /** Records what the owed effects left (`settlement.changes`) and, when done, clears the mark. */
  settle(id: string, settlement: OrderSettlement): Promise<Order | null>;
  /**
   * Orders whose effects are owed since before `olderThan`, claimed (marked owed as of `now`) so
   * that one recoverer takes each, even with several replicas running the job.
   */
  claimOwed(olderThan: Date, now: Date, limit: number): Promise<Order[]>;
  /** Pending orders last touched before `olderThan`, claimed (touched now) so one recoverer takes each. */
  claimStalePending(olderThan: Date, now: Date, limit: number): Promise<Order[]>;
}

export interface CatalogProduct {
  id: string;
  sku: string;
  name: string;
  priceCents: number;
  imageUrl: string | null;
  isActive: boolean;
}

export interface CatalogPort {
  /** The active products of these ids, in one call; a product that is unknown or inactive is absent. */
  getProducts(productIds: string[]): Promise<Map<string, CatalogProduct>>;
}

export type ReserveOutcome = { ok: true } | { ok: false; skus: string[] };

export interface ReservationState {
  sku: string;
  quantity: number;
  status: 'active' | 'confirmed' | 'committed' | 'released' | 'expired';
}

export interface InventoryPort {
  reserve(orderId: string, items: { sku: string; quantity: number }[], ttlSeconds: number): Promise<ReserveOutcome>;
  release(orderId: string): Promise<void>;
  /** Throws InvalidStateError when a reservation lapsed or was released. */
  confirm(orderId: string): Promise<void>;
  commit(orderId: string): Promise<void>;
  reservations(orderId: string): Promise<ReservationState[]>;
}

export type ChargeOutcome =
  | { status: 'succeeded'; paymentId: string; brand: string | null; last4: string | null }
  | { status: 'failed'; paymentId: string; declineCode: string | null; message: string | null };

export interface ChargeRequest {
  orderId: string;
  amountCents: number;
  currency: string;
  card: CardInput;
  customerId: string;
  email: string;
}

export interface PaymentPort {
  /** Idempotent per order: the same order is never charged twice. */
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  /** The order's succeeded (or refunded) payment, if any: the truth when a charge's answer was lost. */
  findCharge(orderId: string): Promise<{ paymentId: string; status: string } | null>;
  /** Refunds what remains of the payment; idempotent per payment. */
  refund(paymentId: string, reason: string): Promise<void>;
}

export interface CartPort {
  items(userId: string): Promise<{ productId: string; quantity: number }[]>;
  clear(userId: string): Promise<void>;
}

export interface UserPort {
  email(userId: string): Promise<string | null>;
}

/** Test-only fault injection: the process dies at the named point of the saga. */
export type Failpoint = (name: 'after-reserve' | 'after-charge') => void;

import type { Payment, PaymentEvent, PaymentStatus, RefundPlan } from './payment.js';

export interface PaymentQuery {
  orderId?: string | undefined;
  status?: PaymentStatus | undefined;
  /** Created at or after. */
  from?: Date | undefined;
  /** Created before. */
  before?: Date | undefined;
  page: number;
  limit: number;
}

/** One UTC day of money movements: charges by the day they were made, refunds by theirs. */
export interface PaymentDay {
  date: string;
  /** Charges that went through (succeeded, later refunded or not). */
  capturedCents: number;
  refundedCents: number;
  succeededCount: number;
  failedCount: number;
}

/** Payments and refunds. Every write is one transaction that also appends its event to the outbox. */
/**
 * Opaque to the domain: what the caller asks the repository to store in the same statement as the
 * write of a `T` (the route's record of its answer, replayed for a repeated Idempotency-Key). A use
 * case only hands it on.
 */
export interface Receipt<T> {
  readonly written?: T;
}

export interface PaymentRepository {
  /** The id of the order's payment that went through (or is under way), if any: such an order is not charged again. */
  findHoldingId(orderId: string): Promise<string | null>;
  /**
   * Stores a charge's outcome with its event. Throws OrderAlreadyPaidError when a concurrent
   * charge of the same order was stored first (the one-payment-per-order index). `receipt`, when
   * given, is stored with it (nothing is when the payment is not stored).
   */
  insert(payment: Payment, event: PaymentEvent, receipt?: Receipt<Payment>): Promise<Payment>;
  get(id: string): Promise<Payment | null>;
  /** Newest first. */
  list(query: PaymentQuery): Promise<{ items: Payment[]; total: number }>;
  /** Every UTC day `from`..`to` (`YYYY-MM-DD`, inclusive), oldest first, quiet days included (as zeros). */
  daily(from: string, to: string): Promise<PaymentDay[]>;
  /**
   * Locks the payment, lets `decide` plan the refund against it as it is under the lock (it may
   * throw), then stores the refund, the new totals and the event. PaymentNotFoundError when absent.
   */
  refund(id: string, decide: (payment: Payment) => RefundPlan): Promise<Payment>;
}

/** The processing-error simulation's memory. */
export interface ProcessorAttempts {
  /** Records an attempt for the order; true when it is the first one. */
  first(orderId: string): Promise<boolean>;
}

/** The card processor. */
export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<GatewayResult>;
}

export type DeclineCode = 'card_declined' | 'insufficient_funds' | 'expired_card';

/** What the processor answered for one charge attempt. */
export type GatewayResult =
  | { outcome: 'succeeded'; transactionId: string }
  | { outcome: 'declined'; declineCode: DeclineCode; message: string }
  /** It did not answer: nothing was charged, the caller may retry. */
  | { outcome: 'unavailable' };

export interface ChargeRequest {
  orderId: string;
  amountCents: number;
  currency: string;
  /** Digits only; handed to the processor and dropped. */
  cardNumber: string;
}

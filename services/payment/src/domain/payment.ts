import { randomUUID } from 'node:crypto';
import type { EventData } from '@shop/events/catalog';
import type { CardDetails } from '@shop/cards/card';
import { PaymentNotRefundableError, RefundExceedsError } from './errors.js';

export type PaymentStatus = 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded';
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['pending', 'succeeded', 'failed', 'refunded', 'partially_refunded'];

export interface Refund {
  id: string;
  amountCents: number;
  reason: string | null;
  createdAt: Date;
}

/** A charge attempt and what became of it. Money in integer cents. */
export interface Payment {
  id: string;
  orderId: string;
  /** The customer who owns the order; may read the payment. */
  userId: string | null;
  email: string | null;
  amountCents: number;
  currency: string;
  paymentMethod: 'card';
  status: PaymentStatus;
  transactionId: string | null;
  card: CardDetails;
  declineCode: string | null;
  errorMessage: string | null;
  refundedCents: number;
  refunds: Refund[];
  /** What the processor said, for support; never card data. */
  gatewayResponse: Record<string, unknown> | null;
  createdAt: Date;
  updatedAt: Date;
}

export type PaymentEventType = 'payment.successful' | 'payment.failed' | 'payment.refunded';
export interface PaymentEvent {
  type: PaymentEventType;
  /** The order id: one order's payment events stay in order. */
  subject: string;
  data: EventData<'payment.successful'>;
}

/** Major units with at most 2 decimals (already validated) → cents, rounding half-up. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** An order with a payment in any of these states may not be charged again. */
export function holdsOrder(status: PaymentStatus): boolean {
  return status !== 'failed';
}

/** What can still be refunded: nothing unless the charge went through. */
export function refundableCents(payment: Payment): number {
  return payment.status === 'succeeded' || payment.status === 'partially_refunded' ? payment.amountCents - payment.refundedCents : 0;
}

export function eventOf(payment: Payment, type: PaymentEventType, amountCents = payment.amountCents): PaymentEvent {
  return {
    type,
    subject: payment.orderId,
    data: {
      paymentId: payment.id,
      orderId: payment.orderId,
      amount: fromCents(amountCents),
      currency: payment.currency,
      ...(payment.declineCode ? { declineCode: payment.declineCode } : {}),
      ...(payment.email ? { email: payment.email } : {}),
      ...(payment.userId ? { userId: payment.userId } : {}),
    },
  };
}

export interface RefundPlan {
  refund: Refund;
  refundedCents: number;
  status: 'refunded' | 'partially_refunded';
  event: PaymentEvent;
}

/** Decides a refund of `requestedCents` (default: all that remains) against the payment as it is now. */
export function planRefund(payment: Payment, requestedCents: number | undefined, reason: string | null, now: Date): RefundPlan {
  if (payment.status !== 'succeeded' && payment.status !== 'partially_refunded') throw new PaymentNotRefundableError(payment);
  const remaining = refundableCents(payment);
  const amountCents = requestedCents ?? remaining;
  if (amountCents <= 0 || amountCents > remaining) throw new RefundExceedsError(payment.id, amountCents, remaining);
  const refundedCents = payment.refundedCents + amountCents;
  const status = refundedCents === payment.amountCents ? 'refunded' : 'partially_refunded';
  const refund: Refund = { id: randomUUID(), amountCents, reason, createdAt: now };
  const after: Payment = { ...payment, refundedCents, status, refunds: [...payment.refunds, refund], updatedAt: now };
  return { refund, refundedCents, status, event: eventOf(after, 'payment.refunded', amountCents) };
}

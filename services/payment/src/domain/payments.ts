import { randomUUID } from 'node:crypto';
import type { Principal } from '@shop/auth/principal';
import { ValidationError } from '@shop/errors/errors';
import { checkCard, type CardInput } from '@shop/cards/card';
import { OrderAlreadyPaidError, PaymentNotFoundError, ProcessorUnavailableError } from './errors.js';
import { eventOf, planRefund, type Payment } from './payment.js';
import { summarizePayments, type PaymentStats } from './payment-stats.js';
import type { PaymentGateway, PaymentQuery, PaymentRepository, Receipt } from './ports.js';

export interface PaymentsDeps {
  repository: PaymentRepository;
  gateway: PaymentGateway;
  clock: { now(): Date };
}

export interface ChargeInput {
  orderId: string;
  amountCents: number;
  /** ISO 4217, upper case. */
  currency: string;
  card: CardInput;
  /** The order's owner: may read the payment. */
  customerId?: string | undefined;
  /** Carried in the events so notifications can reach the customer. */
  email?: string | undefined;
}

/** Charges, refunds and who may see them. */
export function makePayments({ repository, gateway, clock }: PaymentsDeps) {
  return {
    /**
     * Charges an order once. A decline is an outcome, not an error: it is stored and published
     * like a success. A processor that does not answer stores nothing (the caller retries).
     * `receipt`, the caller's, is stored with the payment.
     */
    async charge(input: ChargeInput, receipt?: Receipt<Payment>): Promise<Payment> {
      if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
        throw new ValidationError('The amount must be positive.', [{ path: '/amount', message: 'must be greater than 0' }]);
      }
      const checked = checkCard(input.card, clock.now());
      if (!checked.ok) throw new ValidationError('The card cannot be charged.', checked.errors);
      const holding = await repository.findHoldingId(input.orderId);
      if (holding !== null) throw new OrderAlreadyPaidError(input.orderId, holding);

      const result = await gateway.charge({
        orderId: input.orderId,
        amountCents: input.amountCents,
        currency: input.currency,
        cardNumber: checked.number,
      });
      if (result.outcome === 'unavailable') throw new ProcessorUnavailableError();

      const now = clock.now();
      const succeeded = result.outcome === 'succeeded';
      const payment: Payment = {
        id: randomUUID(),
        orderId: input.orderId,
        userId: input.customerId ?? null,
        email: input.email ?? null,
        amountCents: input.amountCents,
        currency: input.currency,
        paymentMethod: 'card',
        status: succeeded ? 'succeeded' : 'failed',
        transactionId: succeeded ? result.transactionId : null,
        card: checked.details,
        declineCode: succeeded ? null : result.declineCode,
        errorMessage: succeeded ? null : result.message,
        refundedCents: 0,
        refunds: [],
        gatewayResponse: { simulated: true, processedAt: now.toISOString(), ...result },
        createdAt: now,
        updatedAt: now,
      };
      return repository.insert(payment, eventOf(payment, succeeded ? 'payment.successful' : 'payment.failed'), receipt);
    },

    /** Admins and services see every payment; a customer only the ones of their orders (others: 404). */
    async get(id: string, caller: Principal): Promise<Payment> {
      const payment = await repository.get(id);
      if (!payment) throw new PaymentNotFoundError();
      if (caller.role === 'admin' || caller.role === 'service') return payment;
      if (payment.userId !== null && payment.userId === caller.sub) return payment;
      throw new PaymentNotFoundError();
    },

    list(query: PaymentQuery) {
      return repository.list(query);
    },

    /** Money captured and refunded per UTC day, `from`..`to` inclusive (staff only; the route guards). */
    async stats(range: { from: string; to: string }): Promise<PaymentStats & { from: string; to: string }> {
      return { ...range, ...summarizePayments(await repository.daily(range.from, range.to)) };
    },

    /** Refunds `amountCents`, by default all that remains; decided under the payment's lock. */
    refund(id: string, request: { amountCents?: number | undefined; reason?: string | undefined }): Promise<Payment> {
      return repository.refund(id, (payment) => planRefund(payment, request.amountCents, request.reason ?? null, clock.now()));
    },
  };
}

export type Payments = ReturnType<typeof makePayments>;

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppError } from '@shop/errors/errors';
import { fromCents, planRefund, toCents, type Payment } from '../../src/domain/payment.js';

const payment = (amountCents: number, status: Payment['status'] = 'succeeded'): Payment => ({
  id: 'p-1',
  orderId: 'o-1',
  userId: null,
  email: null,
  amountCents,
  currency: 'USD',
  paymentMethod: 'card',
  status,
  transactionId: 'txn_1',
  card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
  declineCode: null,
  errorMessage: null,
  refundedCents: 0,
  refunds: [],
  gatewayResponse: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
});

/** Applies a plan the way the repository stores it. */
function apply(p: Payment, requested: number | undefined): Payment {
  const plan = planRefund(p, requested, null, new Date());
  return { ...p, refundedCents: plan.refundedCents, status: plan.status, refunds: [...p.refunds, plan.refund] };
}

describe('refund arithmetic', () => {
  it('when any sequence of refunds is asked, then the refunded total never exceeds the amount and the status follows it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.option(fc.integer({ min: -5, max: 10_000_000 })), { maxLength: 12 }),
        (amount, asks) => {
          let p = payment(amount);
          for (const ask of asks) {
            const before = p.refundedCents;
            try {
              p = apply(p, ask ?? undefined);
            } catch (error) {
              expect((error as AppError).code).toBe('CONFLICT');
              expect(p.refundedCents).toBe(before);
            }
            expect(p.refundedCents).toBeLessThanOrEqual(amount);
            expect(p.refundedCents).toBe(p.refunds.reduce((sum, r) => sum + r.amountCents, 0));
            const status = p.refundedCents === 0 ? 'succeeded' : p.refundedCents === amount ? 'refunded' : 'partially_refunded';
            expect(p.status).toBe(status);
          }
        },
      ),
    );
  });

  it('when a payment failed, then nothing can be refunded; the event carries this refund only', () => {
    expect(() => planRefund(payment(500, 'failed'), undefined, null, new Date())).toThrow(/only a payment that went through/);
    const partly = apply(payment(1000), 300);
    expect(planRefund(partly, undefined, 'rest', new Date()).event).toMatchObject({
      type: 'payment.refunded',
      subject: 'o-1',
      data: { paymentId: 'p-1', orderId: 'o-1', amount: 7, currency: 'USD' },
    });
  });

  it('when major units with 2 decimals go to cents and back, then nothing is lost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (cents) => {
        const amount = Number((cents / 100).toFixed(2));
        expect(toCents(amount)).toBe(cents);
        expect(fromCents(cents)).toBe(amount);
      }),
    );
  });
});

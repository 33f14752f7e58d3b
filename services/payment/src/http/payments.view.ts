import { fromCents, type Payment } from '../domain/payment.js';
import type { PaymentStats } from '../domain/payment-stats.js';

/** The payment as the API shows it (contract section 8): major units, ISO dates, no card number. */
export function paymentView(p: Payment) {
  return {
    id: p.id,
    orderId: p.orderId,
    amount: fromCents(p.amountCents),
    currency: p.currency,
    paymentMethod: p.paymentMethod,
    status: p.status,
    transactionId: p.transactionId,
    card: { brand: p.card.brand, last4: p.card.last4, expMonth: p.card.expMonth, expYear: p.card.expYear },
    errorMessage: p.errorMessage,
    declineCode: p.declineCode,
    refundedAmount: fromCents(p.refundedCents),
    refunds: p.refunds.map((r) => ({ id: r.id, amount: fromCents(r.amountCents), reason: r.reason, createdAt: r.createdAt.toISOString() })),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** The stats in major units. */
export function paymentStatsView(s: PaymentStats & { from: string; to: string }) {
  return {
    from: s.from,
    to: s.to,
    captured: fromCents(s.capturedCents),
    refunded: fromCents(s.refundedCents),
    net: fromCents(s.netCents),
    failedCount: s.failedCount,
    succeededCount: s.succeededCount,
    byDay: s.byDay.map((d) => ({
      date: d.date,
      captured: fromCents(d.capturedCents),
      refunded: fromCents(d.refundedCents),
      net: fromCents(d.netCents),
    })),
  };
}

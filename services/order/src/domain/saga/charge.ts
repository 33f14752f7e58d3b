import { UpstreamUnavailableError } from '@shop/errors/errors';
import type { CardInput } from '../card.js';
import type { Order } from '../order.js';
import type { PaymentPort } from '../ports.js';

/**
 * What the charge came to. `charged` and `declined` are the payment service's answers;
 * `refused` means nothing was charged and the call failed (`error` is what the caller is told).
 * A charge whose fate cannot be known now throws: the order stays pending for the recovery job.
 */
export type ChargeVerdict =
  | { kind: 'charged'; paymentId: string }
  | { kind: 'declined'; reason: string; declineCode: string | null; message: string | null }
  | { kind: 'refused'; reason: string; error: unknown };

/**
 * Saga step 2: charge the total. Its compensation, the refund, belongs to the cancellation
 * (effects.ts, `undoCheckout`): it runs only once a cancellation has won the order, whoever asked.
 */
export function chargeStep({ payments }: { payments: PaymentPort }) {
  /** The charge's answer was lost: ask the payment service what happened. Undefined: it cannot tell now. */
  async function chargeAfterLostAnswer(order: Order): Promise<{ paymentId: string } | null | undefined> {
    try {
      const found = await payments.findCharge(order.id);
      return found && found.status !== 'failed' ? { paymentId: found.paymentId } : null;
    } catch {
      return undefined;
    }
  }

  return {
    async run(order: Order, card: CardInput): Promise<ChargeVerdict> {
      try {
        const outcome = await payments.charge({
          orderId: order.id,
          amountCents: order.totalCents,
          currency: order.currency,
          card,
          customerId: order.userId,
          email: order.email,
        });
        if (outcome.status === 'succeeded') return { kind: 'charged', paymentId: outcome.paymentId };
        const reason = `payment declined${outcome.declineCode ? `: ${outcome.declineCode}` : ''}`;
        return { kind: 'declined', reason, declineCode: outcome.declineCode, message: outcome.message };
      } catch (error) {
        // Refused outright (a 4xx): nothing was charged.
        if (!(error instanceof UpstreamUnavailableError)) return { kind: 'refused', reason: 'payment refused', error };
        const known = error.certainlyNotApplied ? null : await chargeAfterLostAnswer(order);
        if (known === undefined) throw error; // cannot tell whether it charged: pending until recovery
        if (known === null) return { kind: 'refused', reason: 'payment service unavailable', error };
        return { kind: 'charged', paymentId: known.paymentId };
      }
    },
  };
}

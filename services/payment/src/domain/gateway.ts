import { randomUUID } from 'node:crypto';
import type { ChargeRequest, DeclineCode, GatewayResult, PaymentGateway, ProcessorAttempts } from './ports.js';

/** Stripe's test cards that decline, with Stripe's customer-facing messages. */
const DECLINES: Readonly<Record<string, { declineCode: DeclineCode; message: string }>> = {
  '4000000000000002': { declineCode: 'card_declined', message: 'Your card was declined.' },
  '4000000000009995': { declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  '4000000000000069': { declineCode: 'expired_card', message: 'Your card has expired.' },
};

/** Fails the first attempt for an order, then goes through (a processor timeout, retried). */
export const PROCESSING_ERROR_CARD = '4000000000000119';

/**
 * The simulated card processor (contract section 8): answers by card number. Every number not
 * listed succeeds. The processing-error card needs memory of earlier attempts per order, kept by
 * `attempts` so that it survives a restart and is shared by every instance.
 */
export function createSimulatedGateway(deps: { attempts: ProcessorAttempts }): PaymentGateway {
  return {
    async charge(request: ChargeRequest): Promise<GatewayResult> {
      const decline = DECLINES[request.cardNumber];
      if (decline) return { outcome: 'declined', ...decline };
      if (request.cardNumber === PROCESSING_ERROR_CARD && (await deps.attempts.first(request.orderId))) {
        return { outcome: 'unavailable' };
      }
      return { outcome: 'succeeded', transactionId: `txn_${randomUUID().replace(/-/g, '')}` };
    },
  };
}

import { AppError, ConflictError, NotFoundError } from '@shop/errors/errors';

/** Also what a customer gets for someone else's payment: no existence leak. */
export class PaymentNotFoundError extends NotFoundError {
  constructor() {
    super('Payment');
  }
}

export class OrderAlreadyPaidError extends ConflictError {
  constructor(orderId: string, paymentId: string) {
    super(`Order ${orderId} already has a payment (${paymentId}); an order is charged once.`, { orderId, paymentId });
  }
}

export class PaymentNotRefundableError extends ConflictError {
  constructor(payment: { id: string; status: string }) {
    super(`Payment ${payment.id} is ${payment.status}; only a payment that went through can be refunded.`, {
      paymentId: payment.id,
      status: payment.status,
    });
  }
}

export class RefundExceedsError extends ConflictError {
  constructor(paymentId: string, requestedCents: number, remainingCents: number) {
    super(
      remainingCents === 0
        ? `Payment ${paymentId} is already fully refunded.`
        : `A refund of ${(requestedCents / 100).toFixed(2)} is more than the ${(remainingCents / 100).toFixed(2)} left to refund.`,
      { paymentId, refundableAmount: remainingCents / 100 },
    );
  }
}

/** The processor did not answer: nothing was charged; the same request may be sent again. */
export class ProcessorUnavailableError extends AppError {
  constructor() {
    super('UPSTREAM_UNAVAILABLE', 'The card processor did not answer; retry', {
      retryAfterSeconds: 1,
      extensions: { upstream: 'card-processor' },
    });
  }
}

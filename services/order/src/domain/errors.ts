import { AppError, InvalidStateError, NotFoundError } from '@shop/errors/errors';

export class OrderNotFoundError extends NotFoundError {
  constructor() {
    super('Order');
  }
}

export class PaymentDeclinedError extends AppError {
  constructor(orderId: string, declineCode: string | null, message: string | null) {
    super('PAYMENT_DECLINED', message ?? 'The card was declined.', { extensions: { orderId, declineCode } });
  }
}

export class OrderOutOfStockError extends AppError {
  constructor(orderId: string, skus: string[]) {
    super('INSUFFICIENT_STOCK', `Not enough stock for ${skus.join(', ')}; nothing was charged.`, { extensions: { orderId, skus } });
  }
}

export class OrderCancelledError extends InvalidStateError {
  constructor(orderId: string, reason: string | null) {
    super(`Order ${orderId} was cancelled${reason ? `: ${reason}` : ''}.`);
  }
}

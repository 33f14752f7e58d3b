import { AppError, NotFoundError, ValidationError } from '@shop/errors/errors';
import { MAX_LINE_QUANTITY } from './cart.js';

/** Also what a caller gets for someone else's cart: no existence leak. */
export class CartNotFoundError extends NotFoundError {
  constructor() {
    super('Cart');
  }
}

export class ProductNotFoundError extends NotFoundError {
  constructor() {
    super('Product');
  }
}

export class LineNotFoundError extends NotFoundError {
  constructor() {
    super('Cart line');
  }
}

export class InsufficientStockError extends AppError {
  constructor(sku: string, available: number, requested: number) {
    super('INSUFFICIENT_STOCK', `Only ${available} of ${sku} available; the line would hold ${requested}.`, {
      extensions: { sku, available, requested },
    });
  }
}

export class LineQuantityError extends ValidationError {
  constructor(resulting: number) {
    super(`A cart line holds at most ${MAX_LINE_QUANTITY}; this would make ${resulting}.`, [
      { path: '/quantity', message: `the line would exceed ${MAX_LINE_QUANTITY}` },
    ]);
  }
}

/** A merge goes from a guest cart into a signed-in user's cart, nowhere else. */
export class MergeTargetError extends ValidationError {
  constructor() {
    super("Merge a guest cart into a signed-in user's cart, not into another guest cart.", [
      { path: '/params/userId', message: 'must be a user id, not a guest id' },
    ]);
  }
}

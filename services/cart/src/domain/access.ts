import type { Principal } from '@shop/auth/principal';
import { isGuestId } from './cart.js';
import { CartNotFoundError } from './errors.js';

/**
 * Who may use a cart. A guest cart: anyone holding its id, with or without a token. A user's
 * cart: that customer, and admins and services (the order service clears it after checkout).
 * Anyone else, signed in or not, is told the cart does not exist.
 */
export function assertCartAccess(caller: Principal | null, userId: string): void {
  if (isGuestId(userId)) return;
  if (caller && (caller.role === 'admin' || caller.role === 'service' || caller.sub === userId)) return;
  throw new CartNotFoundError();
}

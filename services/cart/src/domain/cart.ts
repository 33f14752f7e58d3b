/** The most of one product a cart line may hold (contract: quantity 1..99 per line). */
export const MAX_LINE_QUANTITY = 99;

/** `guest_` + a UUID v4: the unguessable id is the guest's only credential. */
export const GUEST_ID_PATTERN = '^guest_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
const GUEST_ID = new RegExp(GUEST_ID_PATTERN);

export function isGuestId(userId: string): boolean {
  return GUEST_ID.test(userId);
}

/** What the catalog says about a product at the time it is put in the cart. */
export interface ProductSnapshot {
  productId: string;
  sku: string;
  name: string;
  /** Integer cents; the API shows major units. */
  priceCents: number;
  imageUrl: string | null;
}

export interface CartLine extends ProductSnapshot {
  quantity: number;
  /** When the product first entered this cart: lines are listed in that order. */
  addedAt: Date;
}

/** A cart as a store keeps it. `version` grows with every write (compare-and-delete after a merge). */
export interface StoredCart {
  userId: string;
  lines: CartLine[];
  updatedAt: Date;
  expiresAt: Date;
  version: number;
}

/** A cart as the use cases hand it out, totals included. */
export interface Cart {
  userId: string;
  lines: CartLine[];
  subtotalCents: number;
  totalItems: number;
  updatedAt: Date;
  expiresAt: Date;
}

/** Σ price × quantity, in integer cents: never a float sum. */
export function subtotalCents(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.priceCents * line.quantity, 0);
}

export function totalItems(lines: readonly CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}

/** Oldest line first; lines added in the same millisecond by product id, so the order is stable. */
export function byAddedAt(a: CartLine, b: CartLine): number {
  return a.addedAt.getTime() - b.addedAt.getTime() || (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0);
}

export function cartOf(stored: StoredCart): Cart {
  const lines = [...stored.lines].sort(byAddedAt);
  return {
    userId: stored.userId,
    lines,
    subtotalCents: subtotalCents(lines),
    totalItems: totalItems(lines),
    updatedAt: stored.updatedAt,
    expiresAt: stored.expiresAt,
  };
}

/**
 * The answer for a cart that does not exist (never created, cleared, or expired): empty, as if
 * created now. The contract's shape has no nulls, so the timestamps are "now" and "now + TTL".
 */
export function emptyCart(userId: string, now: Date, ttlSeconds: number): Cart {
  return { userId, lines: [], subtotalCents: 0, totalItems: 0, updatedAt: now, expiresAt: new Date(now.getTime() + ttlSeconds * 1000) };
}

/**
 * Major units → integer cents, half-up. The product with 100 is rounded to 6 decimals first, so
 * the binary error of a decimal price (1.005 × 100 = 100.49999999999999) does not round it down.
 */
export function toCents(amount: number): number {
  return Math.round(Number((amount * 100).toFixed(6)));
}

export function fromCents(cents: number): number {
  return cents / 100;
}

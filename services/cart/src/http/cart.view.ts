import { fromCents, type Cart } from '../domain/cart.js';

/** The cart as the API shows it: money in major units, dates as ISO strings. */
export function cartView(cart: Cart) {
  return {
    userId: cart.userId,
    items: cart.lines.map((line) => ({
      productId: line.productId,
      sku: line.sku,
      name: line.name,
      price: fromCents(line.priceCents),
      quantity: line.quantity,
      imageUrl: line.imageUrl,
    })),
    subtotal: fromCents(cart.subtotalCents),
    totalItems: cart.totalItems,
    updatedAt: cart.updatedAt.toISOString(),
    expiresAt: cart.expiresAt.toISOString(),
  };
}

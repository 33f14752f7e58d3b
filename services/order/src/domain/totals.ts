import type { Order, OrderLine, ShippingMethod } from './order.js';

export const FREE_SHIPPING_FROM_CENTS = 5_000;
const SHIPPING_CENTS: Readonly<Record<ShippingMethod, number>> = { standard: 599, express: 1_499 };

export interface Totals {
  subtotalCents: number;
  taxCents: number;
  shippingCents: number;
  totalCents: number;
}

/** `amount × rate` rounded half-up to the cent, in integers (the rate in basis points). */
export function percentOf(amountCents: number, rate: number): number {
  const basisPoints = Math.round(rate * 10_000);
  return Math.floor((amountCents * basisPoints + 5_000) / 10_000);
}

/**
 * Contract section 7: subtotal from catalog prices; tax = round(subtotal × rate); standard
 * shipping 5.99, free from a 50.00 subtotal; express 14.99; total = subtotal + tax + shipping.
 */
export function computeTotals(
  lines: readonly { priceCents: number; quantity: number }[],
  shippingMethod: ShippingMethod,
  taxRate: number,
): Totals {
  const subtotalCents = lines.reduce((sum, line) => sum + line.priceCents * line.quantity, 0);
  const taxCents = percentOf(subtotalCents, taxRate);
  const shippingCents = shippingMethod === 'standard' && subtotalCents >= FREE_SHIPPING_FROM_CENTS ? 0 : SHIPPING_CENTS[shippingMethod];
  return { subtotalCents, taxCents, shippingCents, totalCents: subtotalCents + taxCents + shippingCents };
}

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** A line as the contract shows it (API answers and events): the price in currency units. */
export function lineInUnits(i: Omit<OrderLine, 'id'>) {
  return { productId: i.productId, sku: i.sku, name: i.name, price: fromCents(i.priceCents), quantity: i.quantity, imageUrl: i.imageUrl };
}

/** The order's money as the contract shows it: decimal currency units, never floats inside. */
export function amountsInUnits(o: Totals & Pick<Order, 'currency'>) {
  return {
    subtotal: fromCents(o.subtotalCents),
    taxAmount: fromCents(o.taxCents),
    shippingAmount: fromCents(o.shippingCents),
    totalAmount: fromCents(o.totalCents),
    currency: o.currency,
  };
}

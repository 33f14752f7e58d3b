import { describe, expect, it } from 'vitest';
import { makeCheckout, type CheckoutDeps } from '../../src/domain/checkout.js';
import { makeEffects } from '../../src/domain/effects.js';
import { OrderCancelledError } from '../../src/domain/errors.js';
import type { Order } from '../../src/domain/order.js';
import type { OrderRepository } from '../../src/domain/ports.js';

const now = new Date('2026-11-27T12:00:00.000Z');
const pending: Order = {
  id: 'order-1',
  orderNumber: 'ORD-100001',
  userId: 'user-1',
  email: 'ada@example.com',
  items: [{ id: 'line-1', productId: 'p1', sku: 'SKU-1', name: 'Lamp', priceCents: 2500, quantity: 1, imageUrl: null }],
  subtotalCents: 2500,
  taxCents: 200,
  shippingCents: 599,
  totalCents: 3299,
  currency: 'USD',
  status: 'pending',
  paymentStatus: 'pending',
  paymentMethod: null,
  paymentId: null,
  shippingAddress: { firstName: 'Ada', lastName: 'L', line1: '1 St', city: 'X', postalCode: '1', country: 'US' },
  billingAddress: { firstName: 'Ada', lastName: 'L', line1: '1 St', city: 'X', postalCode: '1', country: 'US' },
  shippingMethod: 'standard',
  trackingNumber: null,
  carrier: null,
  cancelReason: null,
  fromCart: false,
  statusHistory: [{ status: 'pending', at: now, note: 'checkout started' }],
  createdAt: now,
  updatedAt: now,
};

/** The checkout with its confirmation losing the compare-and-set to whoever left the order `current`. */
function checkoutLosingTo(current: Order) {
  const undone: string[] = [];
  const orders = {
    move: async () => null,
    get: async () => current,
    // The charge handed over to the cancellation that won.
    owe: async (_id: string, changes: Partial<Order>) => ({ ...current, ...changes }),
    settle: async () => current,
  } as unknown as OrderRepository;
  const inventory = {
    confirm: async () => undefined,
    release: async () => void undone.push('release'),
  };
  const payments = { refund: async (paymentId: string) => void undone.push(`refund ${paymentId}`) };
  const clock = { now: () => now };
  const warn = () => undefined;
  const effects = makeEffects({ orders, inventory, payments, clock, warn } as never);
  const deps = { orders, inventory, payments, effects, clock, warn } as unknown as CheckoutDeps;
  return { checkout: makeCheckout(deps), undone };
}

describe('confirming a checkout that someone else moved first', () => {
  it('when the recovery job confirmed it with the same charge, then it is the answer and nothing is refunded or released', async () => {
    const confirmed: Order = { ...pending, status: 'confirmed', paymentStatus: 'paid', paymentId: 'pay-1', paymentMethod: 'card' };
    const { checkout, undone } = checkoutLosingTo(confirmed);
    await expect(checkout.complete(pending, 'pay-1')).resolves.toBe(confirmed);
    expect(undone).toEqual([]);
  });

  it('when it was cancelled meanwhile, then the cancellation refunds this charge, releases the stock and the checkout is refused', async () => {
    const cancelled: Order = { ...pending, status: 'cancelled', cancelReason: 'changed my mind' };
    const { checkout, undone } = checkoutLosingTo(cancelled);
    await expect(checkout.complete(pending, 'pay-1')).rejects.toBeInstanceOf(OrderCancelledError);
    expect(undone).toEqual(['refund pay-1', 'release']);
  });
});

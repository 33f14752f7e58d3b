import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cartOf, fromCents, isGuestId, subtotalCents, toCents, totalItems, type CartLine } from '../../src/domain/cart.js';

const line = (priceCents: number, quantity: number, productId = `p${priceCents}-${quantity}`, at = 0): CartLine => ({
  productId,
  sku: productId.toUpperCase(),
  name: productId,
  priceCents,
  imageUrl: null,
  quantity,
  addedAt: new Date(at),
});

describe('cart rules', () => {
  it('when prices are summed, then it is done in cents: 3 × 19.99 + 3 × 0.10 is exactly 60.27', () => {
    const lines = [line(toCents(19.99), 3), line(toCents(0.1), 3)];
    expect(subtotalCents(lines)).toBe(6_027);
    expect(fromCents(subtotalCents(lines))).toBe(60.27);
    expect(totalItems(lines)).toBe(6);
  });

  it('when any lines are totalled, then the subtotal in major units has at most 2 decimals and matches the exact sum', () => {
    const lineArb = fc.record({ cents: fc.integer({ min: 0, max: 100_000_000 }), quantity: fc.integer({ min: 1, max: 99 }) });
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 50 }), (specs) => {
        const lines = specs.map((s, i) => line(s.cents, s.quantity, `p${i}`));
        const cents = subtotalCents(lines);
        expect(Number.isSafeInteger(cents)).toBe(true);
        expect(toCents(fromCents(cents))).toBe(cents);
        expect(cents).toBe(specs.reduce((sum, s) => sum + s.cents * s.quantity, 0));
      }),
    );
  });

  it('when major units are converted, then cents round half-up', () => {
    expect(toCents(19.99)).toBe(1_999);
    expect(toCents(1.005)).toBe(101);
    expect(toCents(0.1 + 0.2)).toBe(30);
  });

  it('when a cart is shown, then lines come oldest first, ties by product id', () => {
    const cart = cartOf({
      userId: 'u',
      lines: [line(1, 1, 'b', 5), line(1, 1, 'c', 1), line(1, 1, 'a', 5)],
      updatedAt: new Date(9),
      expiresAt: new Date(10),
      version: 3,
    });
    expect(cart.lines.map((l) => l.productId)).toEqual(['c', 'a', 'b']);
  });

  it('when an id is checked for being a guest id, then only guest_ + a lowercase UUID v4 is one', () => {
    expect(isGuestId('guest_3f2b8c1e-9d4a-4b7e-8f00-1234567890ab')).toBe(true);
    for (const id of [
      'guest_3f2b8c1e-9d4a-1b7e-8f00-1234567890ab',
      'guest_3F2B8C1E-9D4A-4B7E-8F00-1234567890AB',
      'guest_3f2b8c1e-9d4a-4b7e-7f00-1234567890ab',
      '3f2b8c1e-9d4a-4b7e-8f00-1234567890ab',
      'guest_3f2b8c1e-9d4a-4b7e-8f00-1234567890ab-x',
    ]) {
      expect(isGuestId(id)).toBe(false);
    }
  });
});

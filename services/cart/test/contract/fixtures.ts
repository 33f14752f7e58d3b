import { randomUUID } from 'node:crypto';
import type { CartLine, ProductSnapshot } from '../../src/domain/cart.js';

export const userId = () => `user-${randomUUID()}`;

let n = 0;
export function product(overrides: Partial<ProductSnapshot> = {}): ProductSnapshot {
  n += 1;
  return {
    productId: `p${n}-${randomUUID().slice(0, 8)}`,
    sku: `SKU-${randomUUID().slice(0, 8).toUpperCase()}`,
    name: `Product ${n}`,
    priceCents: 1_999,
    imageUrl: `/api/v1/products/p${n}/image.svg`,
    ...overrides,
  };
}

export function line(overrides: Partial<CartLine> = {}): CartLine {
  return { ...product(), quantity: 1, addedAt: new Date('2026-01-01T00:00:00.000Z'), ...overrides };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

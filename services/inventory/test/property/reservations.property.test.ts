import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@shop/errors/errors';
import type { Database } from '@shop/db/database';
import { createInventoryRepository } from '../../src/adapters/postgres/inventory.repository.js';
import { makeInventory, type Inventory } from '../../src/domain/inventory.js';
import type { ReservationStatus } from '../../src/domain/stock.js';
import { openInventoryDatabase } from '../harness.js';

type Op =
  | { kind: 'put'; sku: number; quantity: number }
  | { kind: 'reserve'; order: number; items: { sku: number; quantity: number }[]; ttl: number }
  | { kind: 'release' | 'confirm' | 'commit'; order: number }
  | { kind: 'expire'; advanceSeconds: number };

interface ModelReservation {
  quantity: number;
  status: ReservationStatus;
  expiresAt: number | null;
}

/** What the database should hold, computed the simple way. */
class Model {
  stock = new Map<string, { quantity: number; reserved: number }>();
  orders = new Map<string, Map<string, ModelReservation>>();
  now = Date.parse('2026-06-01T00:00:00Z');

  apply(op: Op, sku: (n: number) => string, order: (n: number) => string): string | null {
    switch (op.kind) {
      case 'put': {
        const current = this.stock.get(sku(op.sku));
        if (current && op.quantity < current.reserved) return 'CONFLICT';
        this.stock.set(sku(op.sku), { quantity: op.quantity, reserved: current?.reserved ?? 0 });
        return null;
      }
      case 'reserve': {
        const held = this.orders.get(order(op.order)) ?? new Map<string, ModelReservation>();
        let short = false;
        const toReserve: { sku: string; quantity: number }[] = [];
        for (const item of op.items) {
          const existing = held.get(sku(item.sku));
          if (existing && existing.status !== 'released' && existing.status !== 'expired') {
            if (existing.quantity !== item.quantity) return 'CONFLICT';
            continue;
          }
          const stock = this.stock.get(sku(item.sku));
          if (!stock || stock.quantity - stock.reserved < item.quantity) short = true;
          else toReserve.push({ sku: sku(item.sku), quantity: item.quantity });
        }
        if (short) return 'INSUFFICIENT_STOCK';
        for (const item of toReserve) {
          this.stock.get(item.sku)!.reserved += item.quantity;
          held.set(item.sku, { quantity: item.quantity, status: 'active', expiresAt: this.now + op.ttl * 1000 });
        }
        this.orders.set(order(op.order), held);
        return null;
      }
      case 'release': {
        for (const [s, r] of this.orders.get(order(op.order)) ?? []) {
          if (r.status === 'active' || r.status === 'confirmed') {
            this.stock.get(s)!.reserved -= r.quantity;
            Object.assign(r, { status: 'released', expiresAt: null });
          }
        }
        return null;
      }
      case 'confirm':
      case 'commit': {
        const held = this.orders.get(order(op.order));
        if (!held || held.size === 0) return 'NOT_FOUND';
        if ([...held.values()].some((r) => r.status === 'released' || r.status === 'expired')) return 'INVALID_STATE';
        for (const [s, r] of held) {
          if (op.kind === 'confirm' && r.status === 'active') Object.assign(r, { status: 'confirmed', expiresAt: null });
          if (op.kind === 'commit' && (r.status === 'active' || r.status === 'confirmed')) {
            const stock = this.stock.get(s)!;
            stock.quantity -= r.quantity;
            stock.reserved -= r.quantity;
            Object.assign(r, { status: 'committed', expiresAt: null });
          }
        }
        return null;
      }
      case 'expire': {
        this.now += op.advanceSeconds * 1000;
        for (const held of this.orders.values()) {
          for (const [s, r] of held) {
            if (r.status === 'active' && r.expiresAt !== null && r.expiresAt <= this.now) {
              this.stock.get(s)!.reserved -= r.quantity;
              Object.assign(r, { status: 'expired', expiresAt: null });
            }
          }
        }
        return null;
      }
    }
  }
}

const SKUS = 3;
const ORDERS = 3;
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('put' as const), sku: fc.nat(SKUS - 1), quantity: fc.nat(12) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('reserve' as const),
      order: fc.nat(ORDERS - 1),
      items: fc.uniqueArray(fc.record({ sku: fc.nat(SKUS - 1), quantity: fc.integer({ min: 1, max: 3 }) }), {
        minLength: 1,
        maxLength: SKUS,
        selector: (i) => i.sku,
      }),
      ttl: fc.integer({ min: 1, max: 60 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constantFrom('release' as const, 'confirm' as const, 'commit' as const), order: fc.nat(ORDERS - 1) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('expire' as const), advanceSeconds: fc.integer({ min: 1, max: 90 }) }) },
);

/** Every run starts with some stock for each sku, so reservations mostly have something to take. */
const scenario = fc.tuple(
  fc.array(fc.nat(12), { minLength: SKUS, maxLength: SKUS }),
  fc.array(opArbitrary, { minLength: 1, maxLength: 40 }),
);

describe('inventory: reservations keep their invariant under any sequence', () => {
  let fixture: { db: Database; close(): Promise<void> };
  beforeAll(async () => {
    fixture = await openInventoryDatabase();
  });
  afterAll(() => fixture?.close());

  it('when put / reserve / release / confirm / commit / expire run in any order, then 0 ≤ reserved ≤ quantity and every total matches the model after each step', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ([initial, moves]) => {
        run++;
        const model = new Model();
        const clock = { now: () => new Date(model.now) };
        const inventory: Inventory = makeInventory({
          repository: createInventoryRepository(fixture.db),
          clock,
          reservationTtlSeconds: 30,
          lowStockThreshold: 5,
        });
        // Each run gets its own skus and orders in the shared database.
        const sku = (n: number) => `P${run}-S${n}`;
        const order = (n: number) => `p${run}-o${n}`;
        const ops: Op[] = [...initial.map((quantity, n): Op => ({ kind: 'put', sku: n, quantity })), ...moves];
        for (const op of ops) {
          const expected = model.apply(op, sku, order);
          let actual: string | null = null;
          try {
            if (op.kind === 'put') await inventory.put(sku(op.sku), op.quantity);
            else if (op.kind === 'reserve')
              await inventory.reserve(
                order(op.order),
                op.items.map((i) => ({ sku: sku(i.sku), quantity: i.quantity })),
                op.ttl,
              );
            else if (op.kind === 'expire') await inventory.expireDue();
            else await inventory[op.kind](order(op.order));
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            actual = error.code;
          }
          expect(actual, JSON.stringify(op)).toBe(expected);
          for (let n = 0; n < SKUS; n++) {
            const record = await inventory.get(sku(n)).catch(() => null);
            const want = model.stock.get(sku(n));
            expect(record === null, `sku ${n} exists`).toBe(want === undefined);
            if (!record || !want) continue;
            expect(record.reservedQuantity).toBeGreaterThanOrEqual(0);
            expect(record.reservedQuantity).toBeLessThanOrEqual(record.quantity);
            expect({ quantity: record.quantity, reserved: record.reservedQuantity }, `after ${JSON.stringify(op)}`).toEqual(want);
          }
          for (let o = 0; o < ORDERS; o++) {
            const rows = await inventory.reservationsOfOrder(order(o));
            const want = model.orders.get(order(o)) ?? new Map();
            expect(Object.fromEntries(rows.map((r) => [r.sku, [r.quantity, r.status]]))).toEqual(
              Object.fromEntries([...want].map(([s, r]) => [s, [r.quantity, r.status]])),
            );
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 240_000);
});

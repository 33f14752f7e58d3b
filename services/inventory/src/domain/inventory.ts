import { NotFoundError, ValidationError } from '@shop/errors/errors';
import type { InventoryRepository, ReservationQuery } from './ports.js';
import { HOLDING, type Reservation, type ReservationItem, type ReservationStatus, type StockRecord } from './stock.js';

export interface InventoryDeps {
  repository: InventoryRepository;
  clock: { now(): Date };
  /** Default lifetime of an active reservation. */
  reservationTtlSeconds: number;
  /** Available quantity at or below which a sku counts as low on stock. */
  lowStockThreshold: number;
}

const MAX_TTL_SECONDS = 24 * 3600;

/** Stock and reservations: the rules that keep `0 ≤ reserved ≤ quantity` live in the repository's transactions. */
export function makeInventory({ repository, clock, reservationTtlSeconds, lowStockThreshold }: InventoryDeps) {
  // An order without reservations has nothing to confirm or commit: the repository changes nothing
  // and returns none, which is how an unknown order is told apart without another query.
  function requireOrder(orderId: string, reservations: Reservation[]): Reservation[] {
    if (reservations.length === 0) throw new NotFoundError(`Reservations of order ${orderId}`);
    return reservations;
  }

  return {
    async get(sku: string): Promise<StockRecord> {
      const record = await repository.get(sku);
      if (!record) throw new NotFoundError(`Stock for sku ${sku}`);
      return record;
    },

    list(query: { lowStock: boolean; sku?: string | undefined; page: number; limit: number }) {
      return repository.list({
        ...(query.lowStock ? { lowStockAt: lowStockThreshold } : {}),
        skuPrefix: query.sku,
        page: query.page,
        limit: query.limit,
      });
    },

    put(sku: string, quantity: number, location?: string | null): Promise<StockRecord> {
      return repository.put(sku, quantity, location, clock.now());
    },

    /** All or nothing; the same order and skus again return what it already holds. */
    async reserve(
      orderId: string,
      items: ReservationItem[],
      ttlSeconds?: number,
    ): Promise<{ reservations: Reservation[]; created: boolean }> {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.sku))
          throw new ValidationError('Each sku may appear once.', [{ path: `/items/${i}/sku`, message: 'is repeated' }]);
        seen.add(item.sku);
      });
      const ttl = Math.min(ttlSeconds ?? reservationTtlSeconds, MAX_TTL_SECONDS);
      const now = clock.now();
      return repository.reserve(orderId, items, new Date(now.getTime() + ttl * 1000), now);
    },

    async release(orderId: string, sku?: string): Promise<Reservation[]> {
      return repository.release(orderId, sku, clock.now());
    },

    async confirm(orderId: string): Promise<Reservation[]> {
      return requireOrder(orderId, await repository.confirm(orderId, clock.now()));
    },

    async commit(orderId: string): Promise<Reservation[]> {
      return requireOrder(orderId, await repository.commit(orderId, clock.now()));
    },

    /** The sweeper's step: expire what is due, in batches, until nothing is. */
    async expireDue(batch = 500): Promise<number> {
      let total = 0;
      for (;;) {
        const n = await repository.expireDue(clock.now(), batch);
        total += n;
        if (n < batch) return total;
      }
    },

    reservationsOfSku(sku: string, statuses: readonly ReservationStatus[] = HOLDING) {
      return repository.reservationsOfSku(sku, statuses);
    },

    /** Reservations across skus, newest first; the active ones unless a status is asked for. */
    listReservations(query: Omit<ReservationQuery, 'status'> & { status?: ReservationStatus | undefined }) {
      return repository.listReservations({ ...query, status: query.status ?? 'active' });
    },

    reservationsOfOrder(orderId: string) {
      return repository.reservationsOfOrder(orderId);
    },
  };
}

export type Inventory = ReturnType<typeof makeInventory>;

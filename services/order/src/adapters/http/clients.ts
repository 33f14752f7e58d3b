import { InvalidStateError } from '@shop/errors/errors';
import { UpstreamProblemError, createServiceClient, type ServiceClient } from '@shop/http-client/client';
import type {
  CartPort,
  CatalogPort,
  CatalogProduct,
  ChargeOutcome,
  InventoryPort,
  PaymentPort,
  ReservationState,
  UserPort,
} from '../../domain/ports.js';
import { fromCents, toCents } from '../../domain/totals.js';

export interface ClientOptions {
  token: () => Promise<string>;
  timeoutMs: number;
}

function client(upstream: string, baseUrl: string, options: ClientOptions): ServiceClient {
  return createServiceClient({ upstream, baseUrl, token: options.token, timeoutMs: options.timeoutMs, retries: 2 });
}

const problemCode = (error: unknown) => (error instanceof UpstreamProblemError ? error.problem.code : undefined);

/** Prices and names come from here, never from the client. */
export function catalogClient(baseUrl: string, options: ClientOptions): CatalogPort {
  const http = client('catalog', baseUrl, options);
  return {
    async getProducts(productIds) {
      type Listed = { id: string; slug: string; sku: string; name: string; price: number; imageUrl: string | null; isActive: boolean };
      const found = new Map<string, CatalogProduct>();
      const named = productIds.filter((id) => id !== '' && !id.includes(',')); // no product has a comma in its id or slug
      if (named.length === 0) return found;
      const { data } = await http.get<{ data: Listed[] }>('/api/v1/products', { query: { ids: named.join(',') } });
      for (const p of data) {
        const product = { id: p.id, sku: p.sku, name: p.name, priceCents: toCents(p.price), imageUrl: p.imageUrl, isActive: p.isActive };
        // Asked by id or by slug: either finds it.
        found.set(p.id, product).set(p.slug, product);
      }
      return found;
    },
  };
}

/** Reservations are idempotent per order at the inventory service, so every call here may be retried. */
export function inventoryClient(baseUrl: string, options: ClientOptions): InventoryPort {
  const http = client('inventory', baseUrl, options);
  const act = async (orderId: string, action: 'release' | 'confirm' | 'commit') => {
    try {
      await http.post(`/api/v1/inventory/reservations/${encodeURIComponent(orderId)}/${action}`, undefined, {
        idempotencyKey: `${action}-${orderId}`,
      });
    } catch (error) {
      if (action === 'release' && error instanceof UpstreamProblemError && error.status === 404) return;
      if (problemCode(error) === 'INVALID_STATE' || (error instanceof UpstreamProblemError && error.status === 404)) {
        throw new InvalidStateError(`The reservation of order ${orderId} no longer holds its stock.`);
      }
      throw error;
    }
  };
  return {
    async reserve(orderId, items, ttlSeconds) {
      try {
        await http.post('/api/v1/inventory/reservations', { orderId, items, ttlSeconds }, { idempotencyKey: `reserve-${orderId}` });
        return { ok: true };
      } catch (error) {
        if (problemCode(error) === 'INSUFFICIENT_STOCK') {
          return { ok: false, skus: ((error as UpstreamProblemError).problem['skus'] as string[] | undefined) ?? items.map((i) => i.sku) };
        }
        throw error;
      }
    },
    release: (orderId) => act(orderId, 'release'),
    confirm: (orderId) => act(orderId, 'confirm'),
    commit: (orderId) => act(orderId, 'commit'),
    async reservations(orderId) {
      const body = await http.get<{ items: { sku: string; quantity: number; status: ReservationState['status'] }[] }>(
        `/api/v1/inventory/reservations/${encodeURIComponent(orderId)}`,
      );
      return body.items;
    },
  };
}

interface PaymentJson {
  id: string;
  status: string;
  declineCode: string | null;
  errorMessage: string | null;
  card: { brand: string | null; last4: string | null } | null;
}

/** Charges carry an Idempotency-Key derived from the order, so an order is charged at most once. */
export function paymentClient(baseUrl: string, options: ClientOptions): PaymentPort {
  const http = client('payment', baseUrl, options);
  return {
    async charge(request): Promise<ChargeOutcome> {
      const p = await http.post<PaymentJson>(
        '/api/v1/payments',
        {
          orderId: request.orderId,
          amount: fromCents(request.amountCents),
          currency: request.currency,
          paymentMethod: request.card,
          customerId: request.customerId,
          email: request.email,
        },
        { idempotencyKey: `charge-${request.orderId}` },
      );
      return p.status === 'failed'
        ? { status: 'failed', paymentId: p.id, declineCode: p.declineCode, message: p.errorMessage }
        : { status: 'succeeded', paymentId: p.id, brand: p.card?.brand ?? null, last4: p.card?.last4 ?? null };
    },
    async findCharge(orderId) {
      const list = await http.get<{ data: PaymentJson[] }>('/api/v1/payments', { query: { orderId, limit: 100 } });
      const kept = list.data.find((p) => p.status !== 'failed');
      return kept ? { paymentId: kept.id, status: kept.status } : null;
    },
    async refund(paymentId, reason) {
      try {
        await http.post(
          `/api/v1/payments/${encodeURIComponent(paymentId)}/refund`,
          { reason: reason.slice(0, 200) },
          { idempotencyKey: `refund-${paymentId}` },
        );
      } catch (error) {
        // Nothing left to refund: it was refunded already.
        if (problemCode(error) === 'CONFLICT') return;
        throw error;
      }
    },
  };
}

export function cartClient(baseUrl: string, options: ClientOptions): CartPort {
  const http = client('cart', baseUrl, options);
  return {
    async items(userId) {
      const cart = await http.get<{ items: { productId: string; quantity: number }[] }>(`/api/v1/cart/${encodeURIComponent(userId)}`);
      return cart.items.map((i) => ({ productId: i.productId, quantity: i.quantity }));
    },
    async clear(userId) {
      await http.delete(`/api/v1/cart/${encodeURIComponent(userId)}`);
    },
  };
}

export function userClient(baseUrl: string, options: ClientOptions): UserPort {
  const http = client('user', baseUrl, options);
  return {
    async email(userId) {
      try {
        return (await http.get<{ email: string }>(`/api/v1/users/${encodeURIComponent(userId)}`)).email;
      } catch (error) {
        if (error instanceof UpstreamProblemError && error.status === 404) return null;
        throw error;
      }
    },
  };
}

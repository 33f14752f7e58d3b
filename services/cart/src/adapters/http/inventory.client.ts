import { UpstreamUnavailableError } from '@shop/errors/errors';
import { UpstreamProblemError, createServiceClient, type ServiceClientOptions } from '@shop/http-client/client';
import type { InventoryPort } from '../../domain/ports.js';

/** `GET /api/v1/inventory/:sku` (contract section 5): an unknown sku has nothing to sell; timeouts and 5xx → 503. */
export function createInventoryClient(options: Omit<ServiceClientOptions, 'upstream'>): InventoryPort {
  const client = createServiceClient({ ...options, upstream: 'inventory' });
  return {
    async availableQuantity(sku) {
      let body: unknown;
      try {
        body = await client.get<unknown>(`/api/v1/inventory/${encodeURIComponent(sku)}`);
      } catch (error) {
        if (error instanceof UpstreamProblemError && error.status === 404) return 0;
        if (error instanceof UpstreamProblemError) throw new UpstreamUnavailableError('inventory', error);
        throw error;
      }
      const available = (body as { availableQuantity?: unknown } | null)?.availableQuantity;
      if (typeof available !== 'number' || !Number.isFinite(available)) {
        throw new UpstreamUnavailableError('inventory', new Error('unexpected inventory JSON'));
      }
      return Math.max(0, Math.floor(available));
    },
  };
}

import type { EventBus, Subscription } from '@shop/events/bus';
import { parseEvent } from '@shop/events/catalog';
import type { Catalog } from '../domain/catalog.js';

/**
 * Keeps `inventoryQuantity` in step with `inventory.changed`. Idempotent without a ledger: a
 * report is applied only if it is not older than the last one applied to that sku, so a
 * redelivery or a late duplicate never moves the number backwards.
 */
export function subscribeToInventory(bus: EventBus, catalog: Catalog): Promise<Subscription> {
  return bus.subscribe({
    groupId: 'catalog',
    topics: ['inventory-events'],
    handler: async (message) => {
      const event = parseEvent(message.value);
      if (event.type !== 'inventory.changed') return;
      const data = event.data as { sku: string; availableQuantity: number };
      await catalog.applyInventory(data.sku, data.availableQuantity, new Date(event.time));
    },
  });
}

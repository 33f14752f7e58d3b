import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../src/adapters/embedded/catalog-store.js';
import { createEmbeddedSearchIndex } from '../../src/adapters/embedded/search-index.js';
import { product } from './fixtures.js';
import { searchContract } from './search.contract.js';
import { storeContract } from './store.contract.js';

storeContract('the embedded store', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'catalog.jsonl');
  return { open: () => createEmbeddedStore({ path }) };
});

searchContract('the embedded index (MiniSearch)', async () => {
  const index = createEmbeddedSearchIndex();
  return { index, close: () => index.close() };
});

describe('embedded store on disk', () => {
  it('when the store is reopened, then every change made before is still there', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'catalog-')), 'catalog.jsonl');
    const first = await createEmbeddedStore({ path });
    const p = product({ name: 'Durable Kettle' });
    await first.createProduct(p);
    const updated = await first.updateProduct(p.id, { priceCents: 4_200 }, new Date(p.updatedAt.getTime() + 1));
    await first.setInventory(p.sku, 9, new Date('2026-03-01T00:00:00Z'));
    await first.close();
    const second = await createEmbeddedStore({ path });
    expect(await second.getProduct(p.id)).toEqual({
      ...updated,
      inventoryQuantity: 9,
      inventoryUpdatedAt: new Date('2026-03-01T00:00:00Z'),
    });
    await second.close();
  });
});

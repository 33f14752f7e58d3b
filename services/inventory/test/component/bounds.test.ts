import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagingProblems } from '@shop/http/paging-testing';
import { startInventory, unique, type InventoryHarness } from '../harness.js';

describe('inventory: input the database cannot hold is a 400, never a 500', () => {
  let h: InventoryHarness;
  beforeAll(async () => {
    h = await startInventory();
  });
  afterAll(() => h.close());

  it.each(['/api/v1/inventory', '/api/v1/inventory/reservations'])(
    'when %s is asked for a page out of range, then 400 naming the page; the last page there may be answers',
    async (list) => {
      expect(await pagingProblems(h.request, list, h.admin)).toEqual([]);
    },
  );

  it('when stock is listed by a sku prefix holding a NUL, then 400 naming the prefix', async () => {
    const response = await h.request({ url: '/api/v1/inventory?sku=AB%00', token: h.admin });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/querystring/sku', message: 'must not contain control characters' }]);
  });

  it('when stock is set with a NUL in its location, then 400 naming it and nothing is stored', async () => {
    const sku = unique('NUL');
    const url = `/api/v1/inventory/${sku}`;
    const response = await h.request({ method: 'PUT', url, token: h.admin, payload: { quantity: 5, location: 'A\u00001' } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual({ path: '/location', message: 'must not contain control characters' });
    expect((await h.request({ url, token: h.admin })).status).toBe(404);
  });
});

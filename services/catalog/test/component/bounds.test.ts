import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagingProblems } from '@shop/http/paging-testing';
import { startCatalog, type CatalogHarness } from './harness.js';

describe('catalog: input no store can hold is a 400, never a 500', () => {
  let h: CatalogHarness;
  beforeAll(async () => {
    h = await startCatalog();
  });
  afterAll(() => h.close());

  const create = (overrides: Record<string, unknown>) =>
    h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: { sku: `BOUNDS-${Math.random().toString(36).slice(2, 10).toUpperCase()}`, name: 'Bounds Lamp', price: 9.99, ...overrides },
    });

  it.each(['/api/v1/products', '/api/v1/search'])(
    'when %s is asked for a page out of range, then 400 naming the page; the last page there may be answers',
    async (list) => {
      expect(await pagingProblems(h.request, list)).toEqual([]);
    },
  );

  it('when a specification name holds a NUL (which MongoDB refuses in a field name), then 400 naming it', async () => {
    const response = await create({ specifications: { 'Watt\u0000s': 40 } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/specifications/Watt\u0000s', message: 'must not contain control characters' }]);
  });

  it('when a product name holds a line break, then 400 naming it; its description may hold paragraphs', async () => {
    const named = await create({ name: 'Bounds\nLamp' });
    expect(named.status).toBe(400);
    expect(named.body.errors).toEqual([{ path: '/name', message: 'must not contain control characters' }]);
    const description = 'Warm light.\n\n\tDimmable, 2700 K.';
    const described = await create({ description });
    expect(described.status).toBe(201);
    expect(described.body.description).toBe(description);
  });

  it('when a search holds a NUL, then 400 naming it', async () => {
    const response = await h.request({ url: '/api/v1/search?q=lamp%00' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '/querystring/q', message: 'must not contain control characters' }]);
  });
});

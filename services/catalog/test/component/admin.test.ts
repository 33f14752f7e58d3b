import { createEnvelope } from '@shop/events/envelope';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, type CatalogHarness } from './harness.js';

describe('catalog: admins change the catalog, customers cannot', () => {
  let h: CatalogHarness;
  let leafCategory: { id: string; slug: string; name: string };

  beforeAll(async () => {
    h = await startCatalog();
    const categories = (await h.request({ url: '/api/v1/categories' })).body.data as {
      id: string;
      slug: string;
      name: string;
      parentId: string | null;
    }[];
    leafCategory = categories.find((c) => c.parentId !== null)!;
  });
  afterAll(() => h.close());

  const newProduct = (overrides: Record<string, unknown> = {}) => ({
    sku: `TEST-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    name: 'Xylofont Trail Lantern',
    price: 34.99,
    brand: 'Xylofont',
    description: 'A bright rechargeable lantern for long nights outdoors.',
    specifications: { 'Brightness (lm)': 400, Rechargeable: true, Colour: 'Forest green' },
    ...overrides,
  });

  it('when an admin creates a product, then it is stored with a derived slug and found by search at once', async () => {
    const created = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: newProduct({ categoryId: leafCategory.id }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Xylofont Trail Lantern',
      slug: 'xylofont-trail-lantern',
      price: 34.99,
      isActive: true,
      categoryId: leafCategory.id,
    });
    const found = await h.request({ url: '/api/v1/search?q=xylofont' });
    expect(found.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const bySlug = await h.request({ url: '/api/v1/products/xylofont-trail-lantern' });
    expect(bySlug.body.id).toBe(created.body.id);
  });

  it('when a customer or an anonymous caller writes, then 403 or 401 and nothing changes', async () => {
    const asCustomer = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.customer,
      payload: newProduct({ name: 'Customer Lamp' }),
    });
    expect(asCustomer.status).toBe(403);
    const anonymous = await h.request({ method: 'POST', url: '/api/v1/products', payload: newProduct({ name: 'Anonymous Lamp' }) });
    expect(anonymous.status).toBe(401);
    const some = (await h.request({ url: '/api/v1/products?limit=1' })).body.data[0];
    expect(
      (await h.request({ method: 'PATCH', url: `/api/v1/products/${some.id}`, token: h.customer, payload: { price: 1 } })).status,
    ).toBe(403);
    expect((await h.request({ method: 'DELETE', url: `/api/v1/products/${some.id}`, token: h.customer })).status).toBe(403);
    expect((await h.request({ method: 'POST', url: '/api/v1/categories', token: h.customer, payload: { name: 'Nope' } })).status).toBe(403);
    expect(
      (await h.request({ url: '/api/v1/search?q=lamp' })).body.data.some((p: { name: string }) => /Customer|Anonymous/.test(p.name)),
    ).toBe(false);
  });

  it('when the body is bad, then 400 names the field: operators, unknown fields, sub-cent prices, unknown categories', async () => {
    const operator = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: { ...newProduct(), name: { $ne: null } },
    });
    expect(operator.status).toBe(400);
    expect(operator.body.errors[0].path).toBe('/name');
    const unknown = await h.request({ method: 'POST', url: '/api/v1/products', token: h.admin, payload: { ...newProduct(), stock: 5 } });
    expect(unknown.body.errors).toEqual([{ path: '/stock', message: 'is not an accepted field' }]);
    const subCent = await h.request({ method: 'POST', url: '/api/v1/products', token: h.admin, payload: newProduct({ price: 19.999 }) });
    expect(subCent.status).toBe(400);
    const negative = await h.request({ method: 'POST', url: '/api/v1/products', token: h.admin, payload: newProduct({ price: -1 }) });
    expect(negative.status).toBe(400);
    const category = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: newProduct({ categoryId: 'missing' }),
    });
    expect(category.status).toBe(400);
    expect(category.body.errors[0].path).toBe('/categoryId');
  });

  it('when a sku or slug is taken, then 409 CONFLICT', async () => {
    const first = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: newProduct({ name: 'Twin Kettle' }),
    });
    const sameSku = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: newProduct({ name: 'Other Kettle', sku: first.body.sku }),
    });
    expect(sameSku.status).toBe(409);
    expect(sameSku.body).toMatchObject({ code: 'CONFLICT', field: 'sku' });
    const sameSlug = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: newProduct({ name: 'Twin Kettle' }),
    });
    expect(sameSlug.body).toMatchObject({ code: 'CONFLICT', field: 'slug' });
  });

  it('when an admin edits a product, then reads and search show the change at once', async () => {
    const created = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: newProduct({ name: 'Quokka Desk Fan' }),
    });
    const patched = await h.request({
      method: 'PATCH',
      url: `/api/v1/products/${created.body.id}`,
      token: h.admin,
      payload: { name: 'Quokka Tower Fan', price: 59 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Quokka Tower Fan', price: 59, slug: 'quokka-desk-fan' });
    expect((await h.request({ url: '/api/v1/search?q=tower%20fan' })).body.data[0].id).toBe(created.body.id);
    expect((await h.request({ url: '/api/v1/search?q=quokka' })).body.data[0].price).toBe(59);
    expect((await h.request({ method: 'PATCH', url: '/api/v1/products/nope', token: h.admin, payload: { price: 1 } })).status).toBe(404);
  });

  it('when an admin deactivates a product, then customers no longer find it, but the admin still can', async () => {
    const created = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: newProduct({ name: 'Wombat Rain Jacket' }),
    });
    expect((await h.request({ method: 'DELETE', url: `/api/v1/products/${created.body.id}`, token: h.admin })).status).toBe(204);
    expect((await h.request({ url: `/api/v1/products/${created.body.id}` })).status).toBe(404);
    expect((await h.request({ url: '/api/v1/search?q=wombat' })).body.total).toBe(0);
    expect((await h.request({ url: `/api/v1/products/${created.body.id}`, token: h.admin })).body.isActive).toBe(false);
    const hidden = await h.request({ url: '/api/v1/products?includeInactive=true&limit=100&sort=newest' });
    expect(hidden.body.data.some((p: { id: string }) => p.id === created.body.id)).toBe(false);
    const shown = await h.request({ url: '/api/v1/products?includeInactive=true&limit=100&sort=newest', token: h.admin });
    expect(shown.body.data.some((p: { id: string }) => p.id === created.body.id)).toBe(true);
  });

  it('when categories are created, renamed, nested and deleted, then the rules hold', async () => {
    const garden = await h.request({
      method: 'POST',
      url: '/api/v1/categories',
      token: h.admin,
      payload: { name: 'Garden', description: 'Outside' },
    });
    expect(garden.status).toBe(201);
    expect(garden.body).toMatchObject({ slug: 'garden', parentId: null });
    const tools = await h.request({
      method: 'POST',
      url: '/api/v1/categories',
      token: h.admin,
      payload: { name: 'Garden Tools', parentId: garden.body.id },
    });
    expect(tools.body.parentId).toBe(garden.body.id);
    const cycle = await h.request({
      method: 'PATCH',
      url: `/api/v1/categories/${garden.body.id}`,
      token: h.admin,
      payload: { parentId: tools.body.id },
    });
    expect(cycle.status).toBe(400);
    const dup = await h.request({ method: 'POST', url: '/api/v1/categories', token: h.admin, payload: { name: 'Garden' } });
    expect(dup.status).toBe(409);

    const trowel = await h.request({
      method: 'POST',
      url: '/api/v1/products',
      token: h.admin,
      payload: newProduct({ name: 'Badger Hand Trowel', categoryId: tools.body.id }),
    });
    const renamed = await h.request({
      method: 'PATCH',
      url: `/api/v1/categories/${tools.body.id}`,
      token: h.admin,
      payload: { name: 'Hand Tools' },
    });
    expect(renamed.body.name).toBe('Hand Tools');
    // Search covers the category name, and follows a rename.
    expect((await h.request({ url: '/api/v1/search?q=hand%20tools' })).body.data.map((p: { id: string }) => p.id)).toContain(
      trowel.body.id,
    );
    expect((await h.request({ url: `/api/v1/search?category=${garden.body.slug}` })).body.total).toBe(1);

    const usedByChild = await h.request({ method: 'DELETE', url: `/api/v1/categories/${garden.body.id}`, token: h.admin });
    expect(usedByChild.status).toBe(409);
    const usedByProduct = await h.request({ method: 'DELETE', url: `/api/v1/categories/${tools.body.id}`, token: h.admin });
    expect(usedByProduct.status).toBe(409);
    expect(usedByProduct.body.products).toBe(1);
    await h.request({ method: 'PATCH', url: `/api/v1/products/${trowel.body.id}`, token: h.admin, payload: { categoryId: null } });
    expect((await h.request({ method: 'DELETE', url: `/api/v1/categories/${tools.body.id}`, token: h.admin })).status).toBe(204);
    expect((await h.request({ method: 'DELETE', url: `/api/v1/categories/${garden.body.id}`, token: h.admin })).status).toBe(204);
    expect((await h.request({ url: `/api/v1/categories/${garden.body.id}` })).status).toBe(404);
  });

  it('when inventory.changed events arrive, then the displayed stock follows, in order, once', async () => {
    const create = async (name: string) =>
      (await h.request({ method: 'POST', url: '/api/v1/products', token: h.admin, payload: newProduct({ name }) })).body as {
        id: string;
        sku: string;
      };
    const created = await create('Quillwort Water Bottle');
    // A second product, whose reports are keyed like the first's so they are handled after them.
    const marker = await create('Zephyrine Marker Flask');
    const report = (about: { sku: string }, available: number, time: string) =>
      createEnvelope({
        type: 'inventory.changed',
        source: 'inventory',
        subject: about.sku,
        time: new Date(time),
        data: { sku: about.sku, quantity: available + 2, reservedQuantity: 2, availableQuantity: available },
      });
    const publish = (e: ReturnType<typeof report>) =>
      h.bus.publish('inventory-events', [{ key: created.sku, value: JSON.stringify(e), headers: { 'event-id': e.id } }]);
    const stockOf = async (p: { id: string }) => (await h.request({ url: `/api/v1/products/${p.id}` })).body.inventoryQuantity;
    /** Publishes a report for the marker and waits for it: the consumer is then past everything before it. */
    const handled = async (available: number, time: string) => {
      await publish(report(marker, available, time));
      await expect.poll(() => stockOf(marker), { timeout: 10_000 }).toBe(available);
    };

    const newer = report(created, 12, '2026-05-01T10:00:05Z');
    await publish(newer);
    await publish(newer);
    await publish(report(created, 40, '2026-05-01T10:00:00Z'));
    await handled(3, '2026-05-01T10:00:10Z');
    // The report older than the one applied changed nothing.
    expect(await stockOf(created)).toBe(12);

    await publish(report(created, 7, '2026-05-01T10:00:06Z'));
    await publish(newer);
    await handled(4, '2026-05-01T10:00:11Z');
    // The redelivered earlier report did not take the number back.
    expect(await stockOf(created)).toBe(7);
    // Search follows too (eventually: on OpenSearch the write becomes visible at the next refresh).
    await expect
      .poll(async () => (await h.request({ url: '/api/v1/search?q=quillwort' })).body.data[0].inventoryQuantity, { timeout: 10_000 })
      .toBe(7);
  });
});

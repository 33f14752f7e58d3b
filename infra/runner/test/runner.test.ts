import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mailpitClient, type MessageSummary } from '@shop/mail-catcher/client';
import { call, startRunner, stop, type Runner } from './spawn-runner.js';

const ADDRESS = { firstName: 'Run', lastName: 'Ner', line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' };
const card = (cardNumber: string) => ({ type: 'card', cardNumber, expMonth: 12, expYear: new Date().getFullYear() + 2, cvc: '123' });

describe('one-command runner', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'runner-'));
  const running: Runner[] = [];
  afterAll(() => {
    for (const r of running) r.child.kill('SIGKILL');
  });

  it('when started, then the whole user journey works through the gateway, Ctrl-C closes it, and data survives a restart', async () => {
    const first = await startRunner(dataDir);
    running.push(first);
    expect(first.output()).toMatch(/Admin account created: admin@shop\.local \/ \S+/);
    const base = first.gateway;

    // The public health says up or down per service; what each reached is on the internal port.
    const health = await call(base, 'GET', '/health');
    expect(health.status).toBe(200);
    const services = ['cart', 'catalog', 'inventory', 'notification', 'order', 'payment', 'user'];
    expect(health.body).toEqual({ status: 'ok', services: Object.fromEntries(services.map((s) => [s, 'up'])) });
    expect((await call(base, 'GET', '/metrics')).status).toBe(404);
    expect(first.internal).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const detail = await call(first.internal!, 'GET', '/health');
    expect(detail.body['services']['user']['detail']['checks']).toEqual({ events: 'ok', database: 'ok' });
    expect((await fetch(`${first.internal}/metrics`)).status).toBe(200);

    // The demo catalog is loaded on first start and searchable through the gateway.
    const products = await call(base, 'GET', '/api/v1/products?limit=5&sort=price_asc');
    expect(products.body['total']).toBeGreaterThanOrEqual(200);
    const search = await call(base, 'GET', '/api/v1/search?q=hedphones');
    expect(search.body['data'][0]['name']).toMatch(/headphones/i);
    expect(first.output()).toMatch(/Loading demo catalog/);

    // Stock is visible per sku, and a guest fills a cart priced by the catalog.
    const product = products.body['data'][0];
    const stock = await call(base, 'GET', `/api/v1/inventory/${product.sku}`);
    expect(stock.status).toBe(200);
    expect(stock.body['quantity']).toBeGreaterThanOrEqual(0);
    const inStock = (await call(base, 'GET', '/api/v1/products?limit=50')).body['data'].find(
      (p: { inventoryQuantity: number }) => p.inventoryQuantity > 2,
    );
    const guest = `guest_${crypto.randomUUID()}`;
    const added = await call(base, 'POST', `/api/v1/cart/${guest}/items`, { productId: inStock.id, quantity: 2 });
    expect(added.status).toBe(200);
    expect(added.body['items'][0]).toMatchObject({ productId: inStock.id, price: inStock.price, quantity: 2 });
    expect(added.body['subtotal']).toBeCloseTo(inStock.price * 2, 2);

    const email = 'runner-test@example.com';
    const registered = await call(base, 'POST', '/api/v1/auth/register', {
      email,
      password: 'first-password',
      firstName: 'Run',
      lastName: 'Ner',
    });
    expect(registered.status).toBe(201);
    // The gateway gives every request an id (a UUID when the caller sends none) and answers with it.
    expect(registered.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const login = await call(base, 'POST', '/api/v1/auth/login', { email, password: 'first-password' });
    expect(login.status).toBe(200);
    const refreshed = await call(base, 'POST', '/api/v1/auth/refresh', { refreshToken: login.body['refreshToken'] });
    expect(refreshed.status).toBe(200);
    const token = refreshed.body['accessToken'] as string;
    expect((await call(base, 'GET', '/api/v1/users/profile', undefined, token)).body['email']).toBe(email);
    expect((await call(base, 'POST', '/api/v1/auth/validate', { token })).body['valid']).toBe(true);
    expect((await call(base, 'GET', '/.well-known/jwks.json')).body['keys']).toHaveLength(1);
    expect(
      (
        await call(
          base,
          'POST',
          '/api/v1/users/change-password',
          { currentPassword: 'first-password', newPassword: 'second-password' },
          token,
        )
      ).status,
    ).toBe(204);

    // The signed-in customer checks out their cart through the gateway; a declined card changes nothing.
    const userId = (await call(base, 'GET', '/api/v1/users/profile', undefined, token)).body['id'] as string;
    const reservedBefore = (await call(base, 'GET', `/api/v1/inventory/${inStock.sku}`)).body['reservedQuantity'] as number;
    await call(base, 'POST', `/api/v1/cart/${userId}/items`, { productId: inStock.id, quantity: 1 }, token);
    const checkout = { shippingAddress: ADDRESS, paymentMethod: card('4242424242424242') };
    const placed = await call(base, 'POST', '/api/v1/orders', checkout, token);
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ status: 'confirmed', paymentStatus: 'paid', items: [{ productId: inStock.id, quantity: 1 }] });
    expect((await call(base, 'GET', `/api/v1/inventory/${inStock.sku}`)).body['reservedQuantity']).toBe(reservedBefore + 1);
    await expect
      .poll(async () => (await call(base, 'GET', `/api/v1/cart/${userId}`, undefined, token)).body['items'], { timeout: 5_000 })
      .toEqual([]);
    const declined = await call(
      base,
      'POST',
      '/api/v1/orders',
      { ...checkout, items: [{ productId: inStock.id, quantity: 1 }], paymentMethod: card('4000000000000002') },
      token,
    );
    expect(declined.status).toBe(402);
    expect((await call(base, 'GET', `/api/v1/inventory/${inStock.sku}`)).body['reservedQuantity']).toBe(reservedBefore + 1);
    expect((await call(base, 'GET', `/api/v1/orders/${placed.body['id']}`, undefined, token)).body['status']).toBe('confirmed');

    // Every step reaches the customer by email, in the mail catcher that `npm start` runs.
    const mail = mailpitClient(first.emails!);
    const orderNumber = placed.body['orderNumber'] as string;
    const to = (subject: RegExp) => (m: MessageSummary) => m.To.some((t) => t.Address === email) && subject.test(m.Subject);
    const confirmation = await mail.waitFor(to(new RegExp(`Order ${orderNumber} confirmed`)), { timeoutMs: 15_000 });
    expect(confirmation.Text).toContain(orderNumber);
    await mail.waitFor(to(new RegExp(`Payment received for order ${orderNumber}`)), { timeoutMs: 15_000 });
    await mail.waitFor(to(/Payment declined/), { timeoutMs: 15_000 });
    await mail.waitFor(to(/Welcome to Shop/), { timeoutMs: 15_000 });
    const adminToken = (
      await call(base, 'POST', '/api/v1/auth/login', {
        email: 'admin@shop.local',
        password: readFileSync(join(dataDir, 'admin-password.txt'), 'utf8').trim(),
      })
    ).body['accessToken'] as string;
    const log = await call(base, 'GET', `/api/v1/notifications?orderId=${placed.body['id']}&status=sent`, undefined, adminToken);
    expect((log.body['data'] as { eventType: string }[]).map((n) => n.eventType).sort()).toEqual(['order.created', 'payment.successful']);
    expect((await call(base, 'GET', '/api/v1/notifications', undefined, token)).status).toBe(403);

    const problem = await call(base, 'POST', '/api/v1/auth/register', { email: 'bad' });
    expect(problem.status).toBe(400);
    expect(problem.headers.get('content-type')).toContain('application/problem+json');
    expect((await call(base, 'GET', '/api/v1/nothing-here')).body['code']).toBe('NOT_FOUND');

    // A second process on the same data folder is refused instead of corrupting it.
    await expect(startRunner(dataDir)).rejects.toThrow(/in use by another process/);

    expect(await stop(first)).toBe(0);

    const second = await startRunner(dataDir);
    running.push(second);
    expect(second.output()).not.toMatch(/Admin account created/);
    const again = await call(second.gateway, 'POST', '/api/v1/auth/login', { email, password: 'second-password' });
    expect(again.status).toBe(200);
    expect(second.output()).not.toMatch(/Loading demo catalog/);
    expect((await call(second.gateway, 'GET', '/api/v1/products?limit=1')).body['total']).toBe(products.body['total']);
    expect(await stop(second)).toBe(0);
  }, 360_000); // two starts the runner may take (RUNNER_START_MS each), then the journey
});

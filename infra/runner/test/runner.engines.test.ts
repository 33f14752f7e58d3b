import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireEngine } from '@shop/config/engines';
import { parseEvent } from '@shop/events/catalog';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { silentLogger } from '@shop/logging/logger';
import { call, startRunner, stop, type Runner } from './spawn-runner.js';

describe('one-command runner on the real engines', () => {
  const running: Runner[] = [];
  afterAll(() => {
    for (const r of running) r.child.kill('SIGKILL');
  });

  it('when the engine variables are set, then the same services run on PostgreSQL and Kafka', async () => {
    const run = Date.now().toString(36);
    const mongo = new URL(requireEngine('CATALOG_MONGODB_URL'));
    mongo.pathname = `/catalog_runner_${run}`;
    const env = {
      USER_DATABASE_URL: requireEngine('USER_DATABASE_URL'),
      KAFKA_BROKERS: requireEngine('KAFKA_BROKERS'),
      CATALOG_MONGODB_URL: mongo.toString(),
      OPENSEARCH_URL: requireEngine('OPENSEARCH_URL'),
      OPENSEARCH_INDEX: `products_runner_${run}`,
      INVENTORY_DATABASE_URL: requireEngine('INVENTORY_DATABASE_URL'),
      REDIS_URL: requireEngine('REDIS_URL'),
    };
    const runner = await startRunner(mkdtempSync(join(tmpdir(), 'runner-engines-')), env);
    running.push(runner);
    const health = await call(runner.internal!, 'GET', '/health');
    expect(health.body['services']['user']['detail']['checks']).toEqual({ events: 'ok', database: 'ok' });
    expect(health.body['services']['catalog']['detail']['checks']).toEqual({ events: 'ok', store: 'ok', search: 'ok' });
    expect(health.body['services']['inventory']['detail']['checks']).toEqual({ events: 'ok', database: 'ok' });
    expect(health.body['services']['cart']['detail']['checks']['store']).toBe('ok');
    // The demo catalog went into MongoDB and OpenSearch, its stock into PostgreSQL; carts live in Redis.
    const found = await call(runner.gateway, 'GET', '/api/v1/search?q=hedphones');
    expect(found.body['total']).toBeGreaterThan(0);
    const product = found.body['data'].find((p: { inventoryQuantity: number }) => p.inventoryQuantity > 0);
    expect((await call(runner.gateway, 'GET', `/api/v1/inventory/${product.sku}`)).status).toBe(200);
    const guest = `guest_${crypto.randomUUID()}`;
    const cart = await call(runner.gateway, 'POST', `/api/v1/cart/${guest}/items`, { productId: product.id, quantity: 1 });
    expect(cart.body['items']).toHaveLength(1);

    const bus = createKafkaBus({ brokers: env.KAFKA_BROKERS.split(','), clientId: 'runner-test', logger: silentLogger() });
    const emails: string[] = [];
    const sub = await bus.subscribe({
      groupId: `runner-engines-${Date.now()}`,
      topics: ['user-events'],
      handler: async (m) => void emails.push((parseEvent(m.value).data as { email: string }).email),
    });
    const email = `kafka-${Date.now()}@example.com`;
    const registered = await call(runner.gateway, 'POST', '/api/v1/auth/register', {
      email,
      password: 'a-long-password',
      firstName: 'K',
      lastName: 'F',
    });
    expect(registered.status).toBe(201);
    await expect.poll(() => emails.includes(email), { timeout: 30_000 }).toBe(true);
    await sub.close();
    await bus.close();
    expect(await stop(runner)).toBe(0);
  }, 210_000); // a start the runner may take (RUNNER_START_MS), then the journey
});

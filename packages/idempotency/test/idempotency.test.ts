import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChargeApp, type ChargeApp } from './harness.js';

// Requests that overlap are in idempotency.race.test.ts, which also runs on PostgreSQL.
describe('Idempotency-Key', () => {
  let app: ChargeApp;
  beforeAll(async () => {
    app = await startChargeApp();
  });
  afterAll(() => app.close());

  it('when the same key and body come again, then the first answer is replayed byte for byte and the work ran once', async () => {
    const before = app.executions();
    const first = await app.charge('k-1', 100);
    const again = await app.charge('k-1', 100);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(app.executions() - before).toBe(1);
  });

  it('when the same key comes with another body, then 422 IDEMPOTENCY_KEY_REUSED', async () => {
    await app.charge('k-2', 100);
    const other = await app.charge('k-2', 200);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('when the first attempt fails with a 5xx, then the same key may try again and runs the work', async () => {
    const before = app.executions();
    app.failNext();
    expect((await app.charge('k-4', 400)).statusCode).toBe(500);
    const retry = await app.charge('k-4', 400);
    expect(retry.statusCode).toBe(201);
    expect(app.executions() - before).toBe(1);
  });

  it('when there is no key, then every request runs; a key over 255 characters is 400', async () => {
    const before = app.executions();
    await app.charge(undefined, 1);
    await app.charge(undefined, 1);
    expect(app.executions() - before).toBe(2);
    expect((await app.charge('x'.repeat(256), 1)).statusCode).toBe(400);
  });
});

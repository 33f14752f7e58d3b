import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgliteHost } from '@shop/db/pglite';
import { testPgliteHost } from '@shop/db/testing';
import { createHttpApp, type HttpApp } from '@shop/http/app';
import { Strict, Type } from '@shop/http/schemas';
import { createIdempotency, migrateIdempotency } from '@shop/idempotency/idempotency';
import { silentLogger } from '@shop/logging/logger';

describe('Idempotency-Key', () => {
  let host: PgliteHost;
  let app: HttpApp;
  let executions = 0;
  let gate: Promise<void> = Promise.resolve();
  let failNext = false;

  beforeAll(async () => {
    host = await testPgliteHost();
    const db = await host.database('idem');
    await migrateIdempotency(db);
    const idempotency = createIdempotency({ db, waitMs: 2_000 });
    app = await createHttpApp({ service: 't', logger: silentLogger(), rateLimit: false });
    app.post(
      '/charges',
      {
        preHandler: idempotency.preHandler,
        onSend: idempotency.onSend,
        schema: {
          body: Strict({ amount: Type.Integer() }),
          response: { 201: Type.Object({ id: Type.Integer(), amount: Type.Integer() }) },
        },
      },
      async (request, reply) => {
        await gate;
        if (failNext) {
          failNext = false;
          throw new Error('processor down');
        }
        executions++;
        return reply.code(201).send({ id: executions, amount: request.body.amount });
      },
    );
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await host.close();
  });

  const charge = (key: string | undefined, amount: number) =>
    app.inject({ method: 'POST', url: '/charges', payload: { amount }, headers: key ? { 'idempotency-key': key } : {} });

  it('when the same key and body come again, then the first answer is replayed byte for byte and the work ran once', async () => {
    const before = executions;
    const first = await charge('k-1', 100);
    const again = await charge('k-1', 100);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(executions - before).toBe(1);
  });

  it('when the same key comes with another body, then 422 IDEMPOTENCY_KEY_REUSED', async () => {
    await charge('k-2', 100);
    const other = await charge('k-2', 200);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('when two requests with one key arrive together, then the work runs once and both get the same answer', async () => {
    const before = executions;
    let open!: () => void;
    gate = new Promise((r) => (open = r));
    const both = Promise.all([charge('k-3', 300), charge('k-3', 300)]);
    await new Promise((r) => setTimeout(r, 100));
    open();
    const [a, b] = await both;
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.body).toBe(b.body);
    expect(executions - before).toBe(1);
  });

  it('when the first attempt fails with a 5xx, then the same key may try again and runs the work', async () => {
    const before = executions;
    failNext = true;
    expect((await charge('k-4', 400)).statusCode).toBe(500);
    const retry = await charge('k-4', 400);
    expect(retry.statusCode).toBe(201);
    expect(executions - before).toBe(1);
  });

  it('when there is no key, then every request runs; a key over 255 characters is 400', async () => {
    const before = executions;
    await charge(undefined, 1);
    await charge(undefined, 1);
    expect(executions - before).toBe(2);
    expect((await charge('x'.repeat(256), 1)).statusCode).toBe(400);
  });
});

import { requireEngine } from '@shop/config/engines';
import type { Database } from '@shop/db/database';
import { openPostgres } from '@shop/db/postgres';
import { createTestDatabase, testPgliteHost } from '@shop/db/testing';
import { createHttpApp } from '@shop/http/app';
import { Strict, Type } from '@shop/http/schemas';
import { createIdempotency, migrateIdempotency } from '@shop/idempotency/idempotency';
import { silentLogger } from '@shop/logging/logger';

/**
 * A migrated database for the keys: PGlite in `npm test`, a fresh PostgreSQL database when
 * `SHOP_TEST_DATABASE=postgres` (the `engines-db` project), where requests really overlap.
 */
async function openKeysDatabase(): Promise<{ db: Database; close(): Promise<void> }> {
  if (process.env['SHOP_TEST_DATABASE'] === 'postgres') {
    const created = await createTestDatabase(requireEngine('DATABASE_URL'), 'idem_test');
    const db = await openPostgres({ url: created.url, poolSize: 20 });
    // Open the pool's connections now, as a running service has them: opening one takes longer than
    // a request, so racing requests that each wait for a new connection would arrive one by one.
    await Promise.all(Array.from({ length: 20 }, () => db.query('SELECT pg_sleep(0.05)')));
    return {
      db,
      close: async () => {
        await db.close();
        await created.drop();
      },
    };
  }
  const host = await testPgliteHost();
  return { db: await host.database('idem'), close: () => host.close() };
}

/**
 * A route behind `Idempotency-Key` that counts how often its work ran. `hold()` keeps every request
 * that reaches the work waiting until `release` is called, and says when the first one got there;
 * `failNext()` makes the next one answer 500.
 */
export async function startChargeApp() {
  const keys = await openKeysDatabase();
  await migrateIdempotency(keys.db);
  const idempotency = createIdempotency({ db: keys.db, waitMs: 2_000 });
  const app = await createHttpApp({ service: 't', logger: silentLogger(), rateLimit: false });
  let executions = 0;
  let gate: Promise<void> = Promise.resolve();
  let entered: () => void = () => undefined;
  let failNext = false;
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
      entered();
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
  return {
    charge: (key: string | undefined, amount: number) =>
      app.inject({ method: 'POST', url: '/charges', payload: { amount }, headers: key ? { 'idempotency-key': key } : {} }),
    executions: () => executions,
    hold(): { entered: Promise<void>; release: () => void } {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return { entered: new Promise((r) => (entered = r)), release };
    },
    failNext() {
      failNext = true;
    },
    async close() {
      await app.close();
      await keys.close();
    },
  };
}

export type ChargeApp = Awaited<ReturnType<typeof startChargeApp>>;

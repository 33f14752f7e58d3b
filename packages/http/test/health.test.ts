import { afterEach, describe, expect, it } from 'vitest';
import type { HttpApp } from '@shop/http/app';
import { engineCheck, type DescribesEngine, type ReadinessChecks } from '@shop/http/health';
import { buildApp, json } from './support.js';

let app: HttpApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function ready(readiness: ReadinessChecks) {
  ({ app } = await buildApp({ readiness }));
  const response = await app.inject({ method: 'GET', url: '/health/ready' });
  return { status: response.statusCode, body: json(response) };
}

/** A dependency that counts what it is asked, and can be made to stop answering. */
function fakeEngine(version: string) {
  const calls = { ping: 0, engine: 0 };
  const state: { pingFails?: Error; engineFails?: Error } = {};
  const target: DescribesEngine = {
    async ping() {
      calls.ping++;
      if (state.pingFails) throw state.pingFails;
      return 'PONG';
    },
    async engine() {
      calls.engine++;
      if (state.engineFails) throw state.engineFails;
      return version;
    },
  };
  return { target, calls, state };
}

describe('readiness names the engines it reached', () => {
  it('when checks resolve to { engine }, then readiness lists those engines by check, and no others', async () => {
    const { status, body } = await ready({
      database: async () => ({ engine: 'PostgreSQL 15.18' }),
      events: async () => ({ engine: 'Kafka 4.1 (metadata.version 4.1-IV1)' }),
      cache: async () => 'PONG',
      search: async () => undefined,
      odd: async () => ({ engine: 42 }),
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      checks: { database: 'ok', events: 'ok', cache: 'ok', search: 'ok', odd: 'ok' },
      engines: { database: 'PostgreSQL 15.18', events: 'Kafka 4.1 (metadata.version 4.1-IV1)' },
    });
  });

  it('when no check names an engine, then the answer has no engines field', async () => {
    const { status, body } = await ready({ cache: async () => 'PONG', search: async () => ({ status: 'green' }) });
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', checks: { cache: 'ok', search: 'ok' } });
  });

  it('when a check throws, then readiness answers 503 naming it and why, and still names the engines that answered', async () => {
    const { status, body } = await ready({
      database: async () => ({ engine: 'PostgreSQL 15.18' }),
      events: async () => {
        throw new Error('broker 127.0.0.1:9092 unreachable');
      },
    });
    expect(status).toBe(503);
    expect(body).toEqual({
      status: 'unavailable',
      checks: { database: 'ok', events: 'down: broker 127.0.0.1:9092 unreachable' },
      engines: { database: 'PostgreSQL 15.18' },
    });
  });

  it('when an engine answered once and then stops answering, then readiness says it is down (its known version hides nothing)', async () => {
    const db = fakeEngine('PGlite 0.5.16 (PostgreSQL 18.6)');
    ({ app } = await buildApp({ readiness: { database: engineCheck(db.target) } }));
    const first = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(first.statusCode).toBe(200);
    expect(json(first).engines).toEqual({ database: 'PGlite 0.5.16 (PostgreSQL 18.6)' });

    db.state.pingFails = new Error('connection terminated');
    const second = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(second.statusCode).toBe(503);
    expect(json(second)).toEqual({ status: 'unavailable', checks: { database: 'down: connection terminated' } });
  });
});

describe('engineCheck', () => {
  it('when the check runs three times, then it pings three times and asks the version once', async () => {
    const db = fakeEngine('PostgreSQL 15.18');
    const check = engineCheck(db.target);
    for (let i = 0; i < 3; i++) expect(await check()).toEqual({ engine: 'PostgreSQL 15.18' });
    expect(db.calls).toEqual({ ping: 3, engine: 1 });
  });

  it('when asking the version fails, then the check fails, and the version is asked again on the next run', async () => {
    const db = fakeEngine('PostgreSQL 15.18');
    db.state.engineFails = new Error('permission denied for SHOW');
    const check = engineCheck(db.target);
    await expect(check()).rejects.toThrow('permission denied for SHOW');

    delete db.state.engineFails;
    expect(await check()).toEqual({ engine: 'PostgreSQL 15.18' });
    expect(await check()).toEqual({ engine: 'PostgreSQL 15.18' });
    expect(db.calls).toEqual({ ping: 3, engine: 2 });
  });
});

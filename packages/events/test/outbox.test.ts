import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shop/db/database';
import type { PgliteHost } from '@shop/db/pglite';
import { testPgliteHost } from '@shop/db/testing';
import { silentLogger } from '@shop/logging/logger';
import type { EventBus } from '@shop/events/bus';
import { InvalidEventError, parseEvent, type PlatformEvent } from '@shop/events/catalog';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { applyOnce, migrateInbox } from '@shop/events/inbox';
import { appendEvent, createOutboxRelay, migrateOutbox } from '@shop/events/outbox';
import { eventually } from './bus.contract.js';
import { dedupingConsumer, expectExactlyOnce } from './exactly-once.js';

/** A bus whose broker can be "down": publishes fail until it comes back. */
function flaky(inner: EventBus) {
  const state = { down: false, failedPublishes: 0 };
  const bus: EventBus = {
    ...inner,
    async publish(topic, messages) {
      if (state.down) {
        state.failedPublishes++;
        throw new Error('broker unreachable');
      }
      await inner.publish(topic, messages);
    },
  };
  return { bus, state };
}

const registered = (n: number) => ({
  type: 'user.registered' as const,
  source: 'test',
  subject: `user-${n}`,
  data: { userId: `user-${n}`, email: `u${n}@x.test`, firstName: 'Ada' },
});

describe('outbox and relay', () => {
  let host: PgliteHost;
  let db: Database;
  let inner: EventBus;

  beforeAll(async () => {
    host = await testPgliteHost();
    db = await host.database('svc');
    await migrateOutbox(db);
    await migrateInbox(db);
    inner = await createEmbeddedBus({ logger: silentLogger(), pollMs: 20 });
  });
  afterAll(async () => {
    await inner.close();
    await host.close();
  });

  it('when the transaction commits, then its events are published once with envelope and trace headers', async () => {
    const received: { event: PlatformEvent; headers: Record<string, string> }[] = [];
    const sub = await inner.subscribe({
      groupId: 'g1',
      topics: ['user-events'],
      handler: async (m) => void received.push({ event: parseEvent(m.value), headers: m.headers }),
    });
    const relay = createOutboxRelay({ db, bus: inner, logger: silentLogger(), pollMs: 20 });
    await db.transaction((tx) => appendEvent(tx, registered(1)));
    await expect(
      db.transaction(async (tx) => {
        await appendEvent(tx, registered(2));
        throw new Error('state change failed');
      }),
    ).rejects.toThrow();
    expect(await relay.drain()).toBe(1);
    await eventually(() => expect(received).toHaveLength(1));
    const { event, headers } = received[0]!;
    expect(event).toMatchObject({ type: 'user.registered', source: 'test', subject: 'user-1', version: 1, data: { email: 'u1@x.test' } });
    expect(headers['event-id']).toBe(event.id);
    expect(headers['event-type']).toBe('user.registered');
    expect(await relay.drain()).toBe(0);
    await sub.close();
  });

  it('when an event does not match its schema, then appending fails and nothing is written', async () => {
    await expect(
      db.transaction((tx) => appendEvent(tx, { ...registered(3), data: { userId: 'u', email: 'x' } as never })),
    ).rejects.toBeInstanceOf(InvalidEventError);
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE key = 'user-3'`);
    expect(rows[0]!.n).toBe(0);
  });

  it('when the broker is down while events are written, then the relay retries and every event arrives once after dedup', async () => {
    const { bus, state } = flaky(inner);
    const relay = createOutboxRelay({ db, bus, logger: silentLogger(), pollMs: 20, batchSize: 7 });
    await relay.drain();
    const ids: string[] = [];
    // Every fifth event is applied and then not acknowledged, so it comes twice and the dedup has work.
    const loseAck = (event: { id: string }) => ids.indexOf(event.id) % 5 === 0;
    const ackLost = () => ids.filter((_, i) => i % 5 === 0);
    const consumer = await dedupingConsumer(db, 'g2', { accept: () => true, loseAck });
    const sub = await inner.subscribe({ groupId: 'g2', topics: ['user-events'], backoffMs: 20, handler: consumer.handler });
    state.down = true;
    relay.start();
    for (let i = 100; i < 130; i++) ids.push(await db.transaction((tx) => appendEvent(tx, registered(i))));
    await eventually(() => expect(state.failedPublishes).toBeGreaterThan(1));
    state.down = false;
    relay.notify();
    await eventually(async () => expect(await consumer.pending(ids, ackLost())).toEqual([]), 20_000);
    await relay.stop();
    await sub.close();
    await expectExactlyOnce(consumer, ids, ackLost());
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
    expect(rows[0]!.n).toBe(0);
    const { rows: retried } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE attempts > 0');
    expect(retried[0]!.n).toBeGreaterThan(0);
  });

  it('when the same event is applied twice, then its effect happens once', async () => {
    await db.exec('CREATE TABLE IF NOT EXISTS tally (n integer NOT NULL)');
    await db.exec('INSERT INTO tally VALUES (0)');
    const effect = (tx: { query: Database['query'] }) => tx.query('UPDATE tally SET n = n + 1').then(() => undefined);
    expect(await applyOnce(db, 'consumer-a', 'evt-1', effect)).toBe(true);
    expect(await applyOnce(db, 'consumer-a', 'evt-1', effect)).toBe(false);
    expect(await applyOnce(db, 'consumer-b', 'evt-1', effect)).toBe(true);
    await expect(applyOnce(db, 'consumer-a', 'evt-2', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await applyOnce(db, 'consumer-a', 'evt-2', effect)).toBe(true);
    const { rows } = await db.query<{ n: number }>('SELECT n FROM tally');
    expect(rows[0]!.n).toBe(3);
  });
});

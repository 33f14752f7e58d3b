import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireEngine } from '@shop/config/engines';
import type { Database } from '@shop/db/database';
import { openPostgres } from '@shop/db/postgres';
import type { EventBus } from '@shop/events/bus';
import { migrateInbox } from '@shop/events/inbox';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { appendEvent, createOutboxRelay, migrateOutbox } from '@shop/events/outbox';
import { silentLogger } from '@shop/logging/logger';
import { eventually } from './bus.contract.js';
import { dedupingConsumer, expectExactlyOnce } from './exactly-once.js';

// This test stops the shared Kafka broker: only the `engines-outage` project runs it, alone and
// after every other project (see vitest.config.ts), so no other test loses the broker under it.

const engines = join(import.meta.dirname, '..', '..', '..', 'infra', 'engines');
const kafka = (action: 'up' | 'down') =>
  execFileSync('bash', [join(engines, `${action}.sh`), 'kafka'], { stdio: ['ignore', 'ignore', 'inherit'] });

describe('outbox relay to Kafka across a broker outage', () => {
  let db: Database;
  let bus: EventBus;
  const schema = `relay_${randomBytes(4).toString('hex')}`;
  // user-events also holds every earlier run's events: this run's carry a source of their own.
  const source = `relay-outage-${schema}`;

  beforeAll(async () => {
    db = await openPostgres({ url: requireEngine('DATABASE_URL'), schema });
    await migrateOutbox(db);
    await migrateInbox(db);
    bus = createKafkaBus({
      brokers: requireEngine('KAFKA_BROKERS').split(','),
      clientId: `relay-test-${schema}`,
      logger: silentLogger(),
      timeoutMs: 3_000,
    });
    await bus.ensureTopics(['user-events']);
  });
  afterAll(async () => {
    kafka('up');
    await bus.close();
    await db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  });

  it('when the broker stops while events are being published and comes back, then every event reaches each group exactly once after dedup', async () => {
    const written: string[] = [];
    // One event in seven is applied and then not acknowledged, so each group gets it twice for sure;
    // the outage may redeliver others (the relay republishes what the broker may already have taken).
    const loseAck = (event: { id: string }) => written.indexOf(event.id) % 7 === 3;
    const ackLost = () => written.filter((_, i) => i % 7 === 3);
    const consumers = await Promise.all(
      ['relay-a', 'relay-b'].map(async (name) => {
        const groupId = `${name}-${schema}`;
        const consumer = await dedupingConsumer(db, groupId, { accept: (event) => event.source === source, loseAck });
        const subscription = await bus.subscribe({ groupId, topics: ['user-events'], backoffMs: 20, handler: consumer.handler });
        return { groupId, consumer, subscription };
      }),
    );
    const relay = createOutboxRelay({ db, bus, logger: silentLogger(), pollMs: 50, batchSize: 10 });
    relay.start();

    const write = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const u = `u-${written.length}`;
        const id = await db.transaction((tx) =>
          appendEvent(tx, { type: 'user.registered', source, subject: u, data: { userId: u, email: `${u}@x.test`, firstName: 'K' } }),
        );
        written.push(id);
        relay.notify();
      }
    };

    await write(20);
    kafka('down'); // the broker dies while the relay is publishing
    await write(30);
    const pending = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
    expect(pending.rows[0]!.n).toBeGreaterThan(0);
    kafka('up');
    await write(10);

    await eventually(async () => {
      const left = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
      expect(left.rows[0]!.n).toBe(0);
      for (const { consumer } of consumers) expect(await consumer.pending(written, ackLost())).toEqual([]);
    }, 90_000);

    await relay.stop();
    await Promise.all(consumers.map((c) => c.subscription.close()));
    expect(new Set(written).size).toBe(60);
    for (const { consumer } of consumers) await expectExactlyOnce(consumer, written, ackLost());
  });
});

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireEngine } from '@shop/config/engines';
import type { Database } from '@shop/db/database';
import { openPostgres } from '@shop/db/postgres';
import type { EventBus } from '@shop/events/bus';
import { parseEvent } from '@shop/events/catalog';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { appendEvent, createOutboxRelay, migrateOutbox } from '@shop/events/outbox';
import { silentLogger } from '@shop/logging/logger';
import { busContract, eventually } from './bus.contract.js';

const brokers = () => requireEngine('KAFKA_BROKERS').split(',');

busContract('Kafka', async () => {
  const bus = createKafkaBus({ brokers: brokers(), clientId: `contract-${randomBytes(3).toString('hex')}`, logger: silentLogger() });
  return { bus, close: () => bus.close() };
});

const engines = join(import.meta.dirname, '..', '..', '..', 'infra', 'engines');
const kafka = (action: 'up' | 'down') =>
  execFileSync('bash', [join(engines, `${action}.sh`), 'kafka'], { stdio: ['ignore', 'ignore', 'inherit'] });

describe('outbox relay to Kafka across a broker outage', () => {
  let db: Database;
  let bus: EventBus;
  const schema = `relay_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    db = await openPostgres({ url: requireEngine('DATABASE_URL'), schema });
    await migrateOutbox(db);
    bus = createKafkaBus({ brokers: brokers(), clientId: 'relay-test', logger: silentLogger(), timeoutMs: 3_000 });
    await bus.ensureTopics(['user-events']);
  });
  afterAll(async () => {
    kafka('up');
    await bus.close();
    await db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  });

  it('when the broker stops while events are being published and comes back, then every event reaches each group exactly once after dedup', async () => {
    const groups = ['relay-a', 'relay-b'].map((g) => `${g}-${schema}`);
    const seen = new Map(groups.map((g) => [g, new Map<string, number>()]));
    const subs = await Promise.all(
      groups.map((groupId) =>
        bus.subscribe({
          groupId,
          topics: ['user-events'],
          handler: async (m) => {
            const id = parseEvent(m.value).id;
            const counts = seen.get(groupId)!;
            counts.set(id, (counts.get(id) ?? 0) + 1);
          },
        }),
      ),
    );
    const relay = createOutboxRelay({ db, bus, logger: silentLogger(), pollMs: 50, batchSize: 10 });
    relay.start();

    const written: string[] = [];
    const write = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const id = await db.transaction((tx) =>
          appendEvent(tx, {
            type: 'user.registered',
            source: 'test',
            subject: `u-${written.length}`,
            data: { userId: `u-${written.length}`, email: `u${written.length}@x.test`, firstName: 'K' },
          }),
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
      // user-events also holds other runs' events: judge by the ids this test wrote.
      for (const groupId of groups) expect(written.filter((id) => !seen.get(groupId)!.has(id))).toEqual([]);
    }, 90_000);

    await relay.stop();
    await Promise.all(subs.map((s) => s.close()));
    expect(new Set(written).size).toBe(60);
    for (const groupId of groups) expect(written.filter((id) => seen.get(groupId)!.has(id))).toHaveLength(60);
  }, 180_000);
});

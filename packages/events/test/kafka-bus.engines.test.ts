import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { requireEngine } from '@shop/config/engines';
import { createKafkaBus } from '@shop/events/kafka-bus';
import { silentLogger } from '@shop/logging/logger';
import { busContract } from './bus.contract.js';

// The relay across a broker outage stops the shared broker: it is in kafka-relay.outage.engines.test.ts,
// which the `engines-outage` project runs once everything else is done.
busContract('Kafka', async () => {
  const bus = createKafkaBus({
    brokers: requireEngine('KAFKA_BROKERS').split(','),
    clientId: `contract-${randomBytes(3).toString('hex')}`,
    logger: silentLogger(),
  });
  return { bus, close: () => bus.close() };
});

it("when the bus is asked which broker it reached, then it names Kafka 4 from the broker's own answer", async () => {
  const bus = createKafkaBus({
    brokers: requireEngine('KAFKA_BROKERS').split(','),
    clientId: 'engine-description',
    logger: silentLogger(),
  });
  try {
    expect(await bus.engine()).toMatch(/^Kafka 4\.\d+ \(metadata\.version 4\.\d+-IV\d+\)$/);
  } finally {
    await bus.close();
  }
});

it('when two platforms share a broker under different topic prefixes, then each sees only its own events, under its own topic names', async () => {
  const run = randomBytes(3).toString('hex');
  const open = (name: string) =>
    createKafkaBus({
      brokers: requireEngine('KAFKA_BROKERS').split(','),
      clientId: `prefix-${name}-${run}`,
      logger: silentLogger(),
      topicPrefix: `${name}-${run}.`,
    });
  const [a, b] = [open('a'), open('b')];
  try {
    const topic = 'prefixed-events';
    await Promise.all([a.ensureTopics([topic]), b.ensureTopics([topic])]);
    const seen: Record<'a' | 'b', { topic: string; value: string }[]> = { a: [], b: [] };
    const subscriptions = await Promise.all(
      (['a', 'b'] as const).map((name) =>
        (name === 'a' ? a : b).subscribe({
          groupId: 'readers',
          topics: [topic],
          handler: async (m) => void seen[name].push({ topic: m.topic, value: m.value }),
        }),
      ),
    );
    // One key, so one partition and one order: a reader that has its own last event has everything before it.
    await a.publish(topic, [{ key: 'k', value: 'for a', headers: {} }]);
    await b.publish(topic, [{ key: 'k', value: 'for b', headers: {} }]);
    await a.publish(topic, [{ key: 'k', value: 'last of a', headers: {} }]);
    await b.publish(topic, [{ key: 'k', value: 'last of b', headers: {} }]);
    const done = () => seen.a.some((m) => m.value === 'last of a') && seen.b.some((m) => m.value === 'last of b');
    const deadline = Date.now() + 60_000;
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await Promise.all(subscriptions.map((s) => s.close()));
    expect(seen).toEqual({
      a: [
        { topic, value: 'for a' },
        { topic, value: 'last of a' },
      ],
      b: [
        { topic, value: 'for b' },
        { topic, value: 'last of b' },
      ],
    });
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

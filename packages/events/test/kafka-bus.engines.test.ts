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

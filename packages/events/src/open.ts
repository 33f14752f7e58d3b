import type { Database } from '@shop/db/database';
import type { Logger } from '@shop/logging/logger';
import type { EventBus } from './bus.js';
import { TOPICS } from './catalog.js';
import { createEmbeddedBus } from './embedded-bus.js';
import { createKafkaBus } from './kafka-bus.js';

export interface OpenBusOptions {
  /** `host:port,...` of the Kafka brokers; absent: the embedded bus. */
  kafkaBrokers?: string | undefined;
  /** Where the embedded bus keeps its log. */
  db?: Database;
  logger: Logger;
  clientId: string;
  /** Partitions and replication factor of the topics the platform creates on Kafka. */
  partitions?: number;
  replicas?: number;
  /** Put before every topic and consumer group name on Kafka (platforms sharing one cluster). */
  topicPrefix?: string;
}

/** The events port on the configured engine, with the platform's topics (and their DLQs) created. */
export async function openEventBus(options: OpenBusOptions): Promise<EventBus> {
  const bus = options.kafkaBrokers
    ? createKafkaBus({
        brokers: options.kafkaBrokers
          .split(',')
          .map((b) => b.trim())
          .filter(Boolean),
        clientId: options.clientId,
        logger: options.logger,
        ...(options.partitions ? { partitions: options.partitions } : {}),
        ...(options.replicas ? { replicas: options.replicas } : {}),
        ...(options.topicPrefix ? { topicPrefix: options.topicPrefix } : {}),
      })
    : await createEmbeddedBus({ ...(options.db ? { db: options.db } : {}), logger: options.logger });
  try {
    await bus.ensureTopics(TOPICS);
  } catch (error) {
    await bus.close();
    throw error;
  }
  return bus;
}

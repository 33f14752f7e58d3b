import type { Database } from '@shop/db/database';
import type { Logger } from '@shop/logging/logger';
import type { EventBus } from './bus.js';
import { createEmbeddedBus } from './embedded-bus.js';

export interface OpenBusOptions {
  /** `host:port,...` of the Kafka brokers; absent: the embedded bus. */
  kafkaBrokers?: string | undefined;
  /** Where the embedded bus keeps its log. */
  db?: Database;
  logger: Logger;
  clientId: string;
}

/** The events port on the configured engine. */
export async function openEventBus(options: OpenBusOptions): Promise<EventBus> {
  if (options.kafkaBrokers) {
    throw new Error('KAFKA_BROKERS is set but the Kafka adapter is not part of this build yet; unset it to use the embedded bus.');
  }
  return createEmbeddedBus({ ...(options.db ? { db: options.db } : {}), logger: options.logger });
}

import { randomUUID } from 'node:crypto';
import type { Logger } from '@shop/logging/logger';
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers, type Message } from '@platformatic/kafka';
import type { DeliveredMessage, EventBus, OutgoingMessage, SubscribeOptions, Subscription } from './bus.js';
import { dlqTopic } from './catalog.js';
import { deliver, deliveryPolicy } from './delivery.js';
import { describeKafkaBroker } from './kafka-version.js';

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
  /** Partitions of topics the platform creates (default 3). */
  partitions?: number;
  /** Replication factor of topics the platform creates (default 1; 3 in production). */
  replicas?: number;
  /** How long a broker call may take before it fails (default 10 s). */
  timeoutMs?: number;
  /**
   * Put before every topic and consumer group name on the broker (default none), so several
   * platforms (a staging and a test run, two test files) share one cluster without reading each
   * other's events. Handlers and DLQ headers see the platform's own names, without it.
   */
  topicPrefix?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function closeConsumer(consumer: Consumer<string, string, string, string> | undefined): Promise<void> {
  if (!consumer) return Promise.resolve();
  return new Promise((resolve) => consumer.close(true, () => resolve()));
}

/**
 * Offsets of handled messages, committed together: every `COMMIT_EVERY` messages, at least once a
 * second, and before the consumer closes. A crash redelivers at most what was handled since the
 * last commit, which consumers absorb (they are idempotent by event id); committing each message
 * on its own was a broker round trip per event and capped a consumer near 170 events/s.
 */
const COMMIT_EVERY = 200;
const COMMIT_INTERVAL_MS = 1_000;

function offsetCommitter(logger: Logger, groupId: string) {
  const latest = new Map<string, Message<string, string, string, string>>();
  let handled = 0;
  let flushing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (latest.size === 0) return flushing;
    const batch = [...latest.values()];
    latest.clear();
    handled = 0;
    flushing = flushing
      .then(() => Promise.all(batch.map((m) => m.commit())))
      .then(
        () => undefined,
        (error: unknown) => logger.warn({ err: error, groupId }, 'kafka offsets not committed; those messages may be delivered again'),
      );
    return flushing;
  }

  const timer = setInterval(() => void flush(), COMMIT_INTERVAL_MS);
  timer.unref();
  return {
    handled(message: Message<string, string, string, string>): Promise<void> {
      latest.set(`${message.topic}\u0000${message.partition}`, message);
      return ++handled >= COMMIT_EVERY ? flush() : Promise.resolve();
    },
    async close(): Promise<void> {
      clearInterval(timer);
      await flush();
    },
  };
}

function headersOf(message: Message<string, string, string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of message.headers) out[String(k)] = String(v);
  return out;
}

/**
 * The events port on Apache Kafka (@platformatic/kafka; see docs/decisions/0005-kafka-client.md).
 * Producer: idempotent, acks from all in-sync replicas, keyed by aggregate id, event id, type and
 * trace context in headers. Consumers: one group per subscription, offsets committed by hand
 * after the handler succeeds or the message is dead-lettered to `<topic>.dlq`, so a crash
 * redelivers. A broker outage is survived by reconnecting; publishing fails meanwhile and the
 * outbox relay retries.
 */
export function createKafkaBus(options: KafkaBusOptions): EventBus {
  const base = {
    clientId: options.clientId,
    bootstrapBrokers: options.brokers,
    timeout: options.timeoutMs ?? 10_000,
    retries: 3,
    retryDelay: 250,
  };
  const { logger } = options;
  let producer: Producer<string, string, string, string> | undefined;
  const subscriptions = new Set<() => Promise<void>>();

  const prefix = options.topicPrefix ?? '';
  /** The name of a topic or consumer group on the broker. */
  const onBroker = (name: string) => prefix + name;

  function getProducer() {
    producer ??= new Producer({ ...base, serializers: stringSerializers, idempotent: true, acks: -1, autocreateTopics: false });
    return producer;
  }

  async function publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const current = getProducer();
    try {
      await current.send({ messages: messages.map((m) => ({ topic: onBroker(topic), key: m.key, value: m.value, headers: m.headers })) });
    } catch (error) {
      // A fresh producer next time: after a broker restart the old connections and producer id are stale.
      if (producer === current) producer = undefined;
      await current.close().catch(() => undefined);
      throw error;
    }
  }

  async function withAdmin<T>(fn: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = new Admin(base);
    try {
      return await fn(admin);
    } finally {
      await admin.close().catch(() => undefined);
    }
  }

  return {
    kind: 'kafka',

    async ensureTopics(topics) {
      const wanted = [...new Set(topics.flatMap((t) => [t, dlqTopic(t)]))].map(onBroker);
      await withAdmin(async (admin) => {
        const existing = new Set(await admin.listTopics());
        const missing = wanted.filter((t) => !existing.has(t));
        if (missing.length === 0) return;
        try {
          await admin.createTopics({ topics: missing, partitions: options.partitions ?? 3, replicas: options.replicas ?? 1 });
          logger.info({ topics: missing }, 'kafka topics created');
        } catch (error) {
          // Another instance may have created them first.
          const now = new Set(await admin.listTopics());
          if (missing.some((t) => !now.has(t))) throw error;
        }
      });
    },

    publish,

    async subscribe(subscription: SubscribeOptions): Promise<Subscription> {
      const policy = deliveryPolicy(subscription);
      const { broadcast = false } = subscription;
      // A broadcast is a group of its own, read from the earliest offset and never committed.
      const groupId = onBroker(broadcast ? `${subscription.groupId}.${randomUUID()}` : subscription.groupId);
      const controller = new AbortController();
      let consumer: Consumer<string, string, string, string> | undefined;
      let stream: Awaited<ReturnType<Consumer<string, string, string, string>['consume']>> | undefined;

      const loop = (async () => {
        while (!controller.signal.aborted) {
          consumer = new Consumer({
            ...base,
            groupId,
            deserializers: stringDeserializers,
            autocommit: false,
            sessionTimeout: 10_000,
            heartbeatInterval: 1_000,
          });
          const offsets = offsetCommitter(logger, subscription.groupId);
          try {
            stream = await consumer.consume({
              topics: subscription.topics.map(onBroker),
              mode: broadcast ? 'earliest' : 'committed',
              fallbackMode: 'earliest',
              autocommit: false,
              maxWaitTime: 500,
            });
            if (controller.signal.aborted) break;
            for await (const raw of stream) {
              const message = raw as Message<string, string, string, string>;
              if (controller.signal.aborted) break;
              const delivered: Omit<DeliveredMessage, 'attempt'> = {
                topic: message.topic.slice(prefix.length),
                key: message.key ?? null,
                value: message.value,
                headers: headersOf(message),
                offset: String(message.offset),
                partition: message.partition,
              };
              try {
                await deliver(
                  delivered,
                  subscription.handler,
                  policy,
                  subscription.groupId,
                  (t, m) => publish(t, [m]),
                  logger,
                  controller.signal,
                );
              } catch {
                break; // stopped mid-delivery: not committed, so the group gets it again
              }
              if (!broadcast) await offsets.handled(message);
            }
          } catch (error) {
            if (!controller.signal.aborted) {
              logger.warn({ err: error, groupId: subscription.groupId }, 'kafka consumer failed; reconnecting');
              await sleep(1_000);
            }
          } finally {
            // What was handled is committed while the consumer is still open, then it leaves the group.
            await offsets.close();
            await closeConsumer(consumer);
            stream = undefined;
          }
        }
      })();

      const stop = async () => {
        controller.abort();
        // Ending the stream ends the loop, which commits and closes as above. Before there is a
        // stream (joining the group), closing the consumer is what interrupts it.
        if (stream) await stream.close().catch(() => undefined);
        else await closeConsumer(consumer);
        await loop;
        subscriptions.delete(stop);
      };
      subscriptions.add(stop);
      return { close: stop };
    },

    async ping() {
      await withAdmin((admin) => admin.listTopics());
    },

    async engine() {
      // The first bootstrap broker that answers speaks for the cluster, as it does for metadata.
      let failure: unknown;
      for (const broker of options.brokers) {
        try {
          return await describeKafkaBroker(broker, options.clientId, base.timeout);
        } catch (error) {
          failure = error;
        }
      }
      throw failure;
    },

    async close() {
      await Promise.all([...subscriptions].map((stop) => stop()));
      await producer?.close().catch(() => undefined);
      producer = undefined;
    },
  };
}

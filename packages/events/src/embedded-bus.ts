import { EventEmitter } from 'node:events';
import type { Database } from '@shop/db/database';
import { migrate } from '@shop/db/migrate';
import type { Logger } from '@shop/logging/logger';
import type { EventBus, OutgoingMessage, SubscribeOptions, Subscription } from './bus.js';
import { deliver, deliveryPolicy } from './delivery.js';

interface StoredMessage {
  position: number;
  topic: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

/** Where the embedded bus keeps its log: a database (durable) or memory (tests). */
interface BusLog {
  append(topic: string, messages: readonly OutgoingMessage[]): Promise<void>;
  read(topic: string, after: number, limit: number): Promise<StoredMessage[]>;
  committed(groupId: string, topic: string): Promise<number>;
  commit(groupId: string, topic: string, position: number): Promise<void>;
  prune(olderThan: Date): Promise<void>;
}

class MemoryLog implements BusLog {
  private readonly messages: (StoredMessage & { at: number })[] = [];
  private readonly offsets = new Map<string, number>();
  private next = 1;

  async append(topic: string, messages: readonly OutgoingMessage[]) {
    for (const m of messages)
      this.messages.push({ position: this.next++, topic, key: m.key, value: m.value, headers: m.headers, at: Date.now() });
  }
  async read(topic: string, after: number, limit: number) {
    return this.messages.filter((m) => m.topic === topic && m.position > after).slice(0, limit);
  }
  async committed(groupId: string, topic: string) {
    return this.offsets.get(`${groupId}\u0000${topic}`) ?? 0;
  }
  async commit(groupId: string, topic: string, position: number) {
    this.offsets.set(`${groupId}\u0000${topic}`, position);
  }
  async prune(olderThan: Date) {
    const keep = this.messages.filter((m) => m.at >= olderThan.getTime());
    this.messages.splice(0, this.messages.length, ...keep);
  }
}

class DatabaseLog implements BusLog {
  constructor(private readonly db: Database) {}

  /** One statement for the whole batch; positions follow the batch's order. */
  async append(topic: string, messages: readonly OutgoingMessage[]) {
    await this.db.query(
      `INSERT INTO bus_messages (topic, key, value, headers)
       SELECT $1, m.key, m.value, m.headers::jsonb
         FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS m(key, value, headers, n)
        ORDER BY m.n`,
      [topic, messages.map((m) => m.key), messages.map((m) => m.value), messages.map((m) => JSON.stringify(m.headers))],
    );
  }
  async read(topic: string, after: number, limit: number) {
    const { rows } = await this.db.query<StoredMessage>(
      'SELECT position, topic, key, value, headers FROM bus_messages WHERE topic = $1 AND position > $2 ORDER BY position LIMIT $3',
      [topic, after, limit],
    );
    return rows;
  }
  async committed(groupId: string, topic: string) {
    const { rows } = await this.db.query<{ position: number }>('SELECT position FROM bus_offsets WHERE group_id = $1 AND topic = $2', [
      groupId,
      topic,
    ]);
    return rows[0]?.position ?? 0;
  }
  async commit(groupId: string, topic: string, position: number) {
    await this.db.query(
      `INSERT INTO bus_offsets (group_id, topic, position) VALUES ($1, $2, $3)
       ON CONFLICT (group_id, topic) DO UPDATE SET position = EXCLUDED.position`,
      [groupId, topic, position],
    );
  }
  async prune(olderThan: Date) {
    await this.db.query('DELETE FROM bus_messages WHERE created_at < $1', [olderThan]);
  }
}

export interface EmbeddedBusOptions {
  /** Keeps the log in this database (durable across restarts); absent: memory only. */
  db?: Database;
  logger: Logger;
  /** How often an idle consumer looks for messages another process may have written. */
  pollMs?: number;
  /** Messages older than this are deleted (default 7 days). */
  retentionMs?: number;
}

const sleep = (ms: number, signal: AbortSignal, wake: EventEmitter, topic: string) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      wake.off(topic, done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    wake.on(topic, done);
    signal.addEventListener('abort', done);
  });

/**
 * The in-process bus of the one-command run. It is a durable log, not an in-memory emitter:
 * `publish` appends to a table, each consumer group keeps its own committed position per topic,
 * and a handler's position is committed only after it succeeds, so a crash redelivers instead of
 * losing events. Within a topic, a group sees messages in publish order.
 */
export async function createEmbeddedBus(options: EmbeddedBusOptions): Promise<EventBus> {
  if (options.db) await migrate(options.db, new URL('../migrations/bus', import.meta.url), options.logger, 'bus_migrations');
  const log: BusLog = options.db ? new DatabaseLog(options.db) : new MemoryLog();
  const wake = new EventEmitter().setMaxListeners(0);
  const pollMs = options.pollMs ?? 1_000;
  const active = new Set<string>();
  const stops = new Set<() => Promise<void>>();
  const pruneTimer = setInterval(() => {
    log
      .prune(new Date(Date.now() - (options.retentionMs ?? 7 * 86_400_000)))
      .catch((error: unknown) => options.logger.warn({ err: error }, 'bus retention failed'));
  }, 3_600_000);
  pruneTimer.unref();

  async function publish(topic: string, messages: readonly OutgoingMessage[]) {
    if (messages.length === 0) return;
    await log.append(topic, messages);
    wake.emit(topic);
  }

  function consume(subscription: SubscribeOptions, topic: string, signal: AbortSignal): Promise<void> {
    const policy = deliveryPolicy(subscription);
    const { groupId } = subscription;
    return (async () => {
      let position = subscription.broadcast ? 0 : await log.committed(groupId, topic);
      while (!signal.aborted) {
        let batch: StoredMessage[];
        try {
          batch = await log.read(topic, position, 100);
        } catch (error) {
          options.logger.error({ err: error, topic, groupId }, 'bus read failed');
          await sleep(pollMs, signal, wake, '');
          continue;
        }
        if (batch.length === 0) {
          await sleep(pollMs, signal, wake, topic);
          continue;
        }
        for (const m of batch) {
          if (signal.aborted) return;
          try {
            await deliver(
              { topic, key: m.key, value: m.value, headers: m.headers, offset: String(m.position), partition: 0 },
              subscription.handler,
              policy,
              groupId,
              (dlq, dead) => publish(dlq, [dead]),
              options.logger,
              signal,
            );
          } catch {
            return; // stopped mid-delivery: not committed, so it is redelivered next start
          }
          if (!subscription.broadcast) await log.commit(groupId, topic, m.position);
          position = m.position;
        }
      }
    })();
  }

  return {
    kind: 'embedded',
    async ensureTopics() {},
    publish,
    async subscribe(subscription: SubscribeOptions): Promise<Subscription> {
      // A broadcast keeps its position to itself, so any number may share a name.
      const topics = subscription.broadcast ? [] : subscription.topics;
      for (const topic of topics) {
        const id = `${subscription.groupId}\u0000${topic}`;
        if (active.has(id)) throw new Error(`Group ${subscription.groupId} already consumes ${topic} in this process`);
        active.add(id);
      }
      const controller = new AbortController();
      const loops = subscription.topics.map((topic) => consume(subscription, topic, controller.signal));
      const stop = async () => {
        controller.abort();
        await Promise.allSettled(loops);
        for (const topic of topics) active.delete(`${subscription.groupId}\u0000${topic}`);
        stops.delete(stop);
      };
      stops.add(stop);
      return { close: stop };
    },
    async ping() {
      if (options.db) await options.db.ping();
    },
    async engine() {
      return options.db ? `embedded bus (log in ${await options.db.engine()})` : 'embedded bus (in memory)';
    },
    async close() {
      clearInterval(pruneTimer);
      await Promise.all([...stops].map((stop) => stop()));
    },
  };
}

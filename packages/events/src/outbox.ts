import type { Database, Queryable } from '@shop/db/database';
import { migrate } from '@shop/db/migrate';
import { sql, type Sql } from '@shop/db/sql';
import type { Logger } from '@shop/logging/logger';
import { injectContext } from '@shop/logging/tracing';
import type { EventBus, OutgoingMessage } from './bus.js';
import { assertValidEvent, topicOf, type EventData, type EventType } from './catalog.js';
import { createEnvelope } from './envelope.js';

/** Creates the outbox table in the service's schema (its own migration ledger). */
export async function migrateOutbox(db: Database, logger?: Logger): Promise<void> {
  await migrate(db, new URL('../migrations/outbox', import.meta.url), logger, 'outbox_migrations');
}

type OutboxEvent<T extends EventType> = { type: T; source: string; subject: string; data: EventData<T>; correlationId?: string };

/** The outbox's columns, in the order of `outboxRow`'s values. */
export const OUTBOX_COLUMNS = 'id, topic, key, type, envelope, headers';

/**
 * The outbox row of an event (validated, with the current trace context), for a repository that
 * writes it inside a larger statement — `INSERT INTO outbox (${OUTBOX_COLUMNS}) SELECT … FROM moved`
 * — so the event exists exactly when the change does, in one round trip. Returns the event id too.
 */
export function outboxRow<T extends EventType>(
  event: OutboxEvent<T>,
): { id: string; values: [string, string, string, string, string, string] } {
  const envelope = createEnvelope(event);
  assertValidEvent(envelope);
  const headers = injectContext({
    'event-id': envelope.id,
    'event-type': envelope.type,
    'correlation-id': envelope.correlationId,
    'content-type': 'application/json',
  });
  return {
    id: envelope.id,
    values: [envelope.id, topicOf(event.type), event.subject, envelope.type, JSON.stringify(envelope), JSON.stringify(headers)],
  };
}

/**
 * The statement writing an event's outbox row (`outboxRow`) once per row of the CTE `from`, for a
 * repository's data-modifying CTE: `…, event AS (${outboxInsert(row, 'moved')})` writes the event
 * exactly when `moved` holds the change, in the change's own statement.
 */
export function outboxInsert(row: ReturnType<typeof outboxRow>, from: string): Sql {
  const [id, topic, key, type, envelope, headers] = row.values;
  return sql`INSERT INTO outbox (${sql.raw(OUTBOX_COLUMNS)})
       SELECT ${id}::uuid, ${topic}::text, ${key}::text, ${type}::text, ${envelope}::jsonb, ${headers}::jsonb FROM ${sql.raw(from)}`;
}

/**
 * Writes an event in the caller's transaction, so it exists if and only if the state change
 * commits. The relay publishes it after commit. Returns the event id.
 */
export async function appendEvent<T extends EventType>(tx: Queryable, event: OutboxEvent<T>): Promise<string> {
  const row = outboxRow(event);
  await tx.query(`INSERT INTO outbox (${OUTBOX_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, row.values);
  return row.id;
}

interface PendingRow {
  position: number;
  topic: string;
  key: string;
  envelope: unknown;
  headers: Record<string, string>;
}

export interface OutboxRelayOptions {
  db: Database;
  bus: EventBus;
  logger: Logger;
  batchSize?: number;
  /** Idle poll interval; `notify()` wakes the relay after a commit. */
  pollMs?: number;
  /**
   * How long `notify()` waits for more commits before waking the relay (default 50 ms), so a busy
   * service publishes its events in batches instead of claiming and marking rows one at a time.
   */
  coalesceMs?: number;
  /** How long a claimed batch is reserved for this relay before another may take it. */
  leaseMs?: number;
  /** Published rows older than this are deleted (default 7 days). */
  retentionMs?: number;
}

export interface OutboxRelay {
  start(): void;
  /** Wake the relay now (call after committing a transaction that appended events). */
  notify(): void;
  /** Publishes everything pending once; resolves with how many were published (tests, shutdown). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Publishes outbox rows in order, marking them published only after the bus acknowledged them.
 * A failure leaves them pending and backs off; the next attempt republishes the whole batch, so
 * delivery is at least once and never lost. Several relays may run: a claimed batch is leased.
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, bus, logger } = options;
  const batchSize = options.batchSize ?? 100;
  const pollMs = options.pollMs ?? 500;
  const leaseMs = options.leaseMs ?? 30_000;
  const coalesceMs = options.coalesceMs ?? 50;
  let wakeScheduled = false;
  let notifiedWhileBusy = false;
  let running = false;
  let wake: (() => void) | undefined;
  let loop: Promise<void> | undefined;
  let failures = 0;
  let lastPrune = 0;

  async function claim(): Promise<PendingRow[]> {
    const { rows } = await db.query<PendingRow>(
      `UPDATE outbox SET claimed_until = now() + ($2::int * interval '1 millisecond')
         WHERE position IN (
           SELECT position FROM outbox
            WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
            ORDER BY position LIMIT $1
            FOR UPDATE SKIP LOCKED)
       RETURNING position, topic, key, envelope, headers`,
      [batchSize, leaseMs],
    );
    return rows.sort((a, b) => a.position - b.position);
  }

  async function publishOnce(): Promise<number> {
    const rows = await claim();
    if (rows.length === 0) return 0;
    try {
      // Consecutive rows of one topic go in one call, preserving the outbox order.
      for (let i = 0; i < rows.length;) {
        const topic = rows[i]!.topic;
        const group: OutgoingMessage[] = [];
        for (; i < rows.length && rows[i]!.topic === topic; i++) {
          const r = rows[i]!;
          group.push({ key: r.key, value: JSON.stringify(r.envelope), headers: r.headers });
        }
        await bus.publish(topic, group);
      }
    } catch (error) {
      await db
        .query('UPDATE outbox SET attempts = attempts + 1, last_error = $2, claimed_until = NULL WHERE position = ANY($1::bigint[])', [
          rows.map((r) => r.position),
          (error as Error).message.slice(0, 1000),
        ])
        .catch(() => undefined);
      throw error;
    }
    await db.query('UPDATE outbox SET published_at = now(), claimed_until = NULL WHERE position = ANY($1::bigint[])', [
      rows.map((r) => r.position),
    ]);
    return rows.length;
  }

  async function prune() {
    if (Date.now() - lastPrune < 3_600_000) return;
    lastPrune = Date.now();
    await db.query(`DELETE FROM outbox WHERE published_at < now() - ($1::bigint * interval '1 millisecond')`, [
      options.retentionMs ?? 7 * 86_400_000,
    ]);
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await publishOnce();
      total += n;
      if (n < batchSize) return total;
    }
  }

  async function run() {
    while (running) {
      let delay = pollMs;
      try {
        await drain();
        await prune();
        if (failures > 0) logger.info({ after: failures }, 'outbox relay recovered');
        failures = 0;
      } catch (error) {
        failures++;
        delay = Math.min(pollMs * 2 ** failures, 30_000);
        logger.warn({ err: error, failures, retryInMs: delay }, 'outbox relay could not publish; will retry');
      }
      if (!running) break;
      if (notifiedWhileBusy && failures === 0) {
        notifiedWhileBusy = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    notify() {
      if (failures > 0 || wakeScheduled) return;
      wakeScheduled = true;
      setTimeout(() => {
        wakeScheduled = false;
        if (wake) wake();
        else notifiedWhileBusy = true; // publishing now: go round again as soon as it finishes
      }, coalesceMs).unref();
    },
    drain,
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}

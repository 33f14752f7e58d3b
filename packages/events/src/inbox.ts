import type { Database, Queryable } from '@shop/db/database';
import { migrate } from '@shop/db/migrate';
import type { Logger } from '@shop/logging/logger';

/** Creates the processed-events table in the service's schema (its own migration ledger). */
export async function migrateInbox(db: Database, logger?: Logger): Promise<void> {
  await migrate(db, new URL('../migrations/inbox', import.meta.url), logger, 'inbox_migrations');
}

/**
 * Applies an event's effect at most once per consumer: the event id is recorded in the same
 * transaction as the effect, so a redelivery finds it and does nothing. Returns false for a
 * duplicate. `apply` must only use `tx` (no calls to other services inside).
 */
export async function applyOnce(
  db: Database,
  consumer: string,
  eventId: string,
  apply: (tx: Queryable) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rowCount } = await tx.query('INSERT INTO processed_events (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      consumer,
      eventId,
    ]);
    if (rowCount === 0) return false;
    await apply(tx);
    return true;
  });
}

import { expect } from 'vitest';
import type { Database } from '@shop/db/database';
import type { DeliveredMessage } from '@shop/events/bus';
import { applyOnce } from '@shop/events/inbox';

/**
 * A consumer that deduplicates by event id the way the services do (`applyOnce`: the id and the
 * effect commit in one transaction), and counts both sides: how often the bus delivered each event
 * and how often its effect was applied. The effect is a row, so what is counted is what committed.
 * Events that `accept` refuses (other runs' events on a shared broker) are neither counted nor applied.
 * For events that `loseAck` picks, the first delivery applies the effect and then fails, as a
 * consumer that dies before acknowledging: the bus delivers them again, and only the deduplication
 * keeps their effect to one. Needs `migrateInbox(db)` first.
 */
export async function dedupingConsumer(
  db: Database,
  consumer: string,
  options: { accept: (event: { id: string; source: string }) => boolean; loseAck?: (event: { id: string }) => boolean },
) {
  await db.exec('CREATE TABLE IF NOT EXISTS applied_effects (consumer text NOT NULL, event_id text NOT NULL)');
  const ackLost = new Set<string>();
  const deliveries = new Map<string, number>();
  /** How often the effect of each of `ids` was applied, as committed (absent: never). */
  const applied = async (ids: readonly string[]): Promise<Map<string, number>> => {
    const { rows } = await db.query<{ event_id: string; n: number }>(
      'SELECT event_id, count(*)::int AS n FROM applied_effects WHERE consumer = $1 AND event_id = ANY($2::text[]) GROUP BY event_id',
      [consumer, [...ids]],
    );
    return new Map(rows.map((r) => [r.event_id, r.n]));
  };
  return {
    async handler(message: DeliveredMessage): Promise<void> {
      const event = JSON.parse(message.value) as { id: string; source: string };
      if (!options.accept(event)) return;
      deliveries.set(event.id, (deliveries.get(event.id) ?? 0) + 1);
      await applyOnce(db, consumer, event.id, async (tx) => {
        await tx.query('INSERT INTO applied_effects (consumer, event_id) VALUES ($1, $2)', [consumer, event.id]);
      });
      if (options.loseAck?.(event) && !ackLost.has(event.id)) {
        ackLost.add(event.id);
        throw new Error('applied, then died before acknowledging');
      }
    },
    applied,
    /** Of `ids`, those not done yet: effect not applied, or (of `ackLost`) not delivered again. */
    async pending(ids: readonly string[], ackLost: readonly string[]): Promise<string[]> {
      const done = await applied(ids);
      return ids.filter((id) => !done.has(id) || (ackLost.includes(id) && (deliveries.get(id) ?? 0) < 2));
    },
    /** How often the bus delivered each event to this consumer's handler. */
    deliveries: deliveries as ReadonlyMap<string, number>,
  };
}

export type DedupingConsumer = Awaited<ReturnType<typeof dedupingConsumer>>;

/**
 * Exactly once after deduplication: every one of `ids` was delivered at least once and its effect
 * applied exactly once; those whose acknowledgement was lost were delivered again (so the
 * deduplication had something to do).
 */
export async function expectExactlyOnce(consumer: DedupingConsumer, ids: readonly string[], ackLost: readonly string[]): Promise<void> {
  const applied = await consumer.applied(ids);
  const counts = ids.map((id) => ({ id, delivered: consumer.deliveries.get(id) ?? 0, applied: applied.get(id) ?? 0 }));
  expect(counts.filter((c) => c.delivered < 1 || c.applied !== 1)).toEqual([]);
  expect(ackLost.length).toBeGreaterThan(0);
  expect(counts.filter((c) => ackLost.includes(c.id) && c.delivered < 2)).toEqual([]);
}

import type { Database } from '@shop/db/database';
import { where } from '@shop/db/where';
import { OUTBOX_COLUMNS } from '@shop/events/outbox';
import type { DeadLetter, DeadLetterQuery, DeadLetterRepository, DeadLetterStatus, NewDeadLetter } from '../../domain/ports.js';

interface Row {
  id: string;
  event_id: string;
  event_type: string;
  topic: string;
  consumer_group: string;
  error: string;
  attempts: number | null;
  dead_at: Date;
  message_key: string;
  headers: Record<string, string>;
  payload: unknown;
  status: DeadLetterStatus;
  replayed_at: Date | null;
}

const COLUMNS = `id, event_id, event_type, topic, consumer_group, error, attempts, dead_at, message_key, headers, payload, status, replayed_at`;

const toDeadLetter = (r: Row): DeadLetter => ({
  id: r.id,
  eventId: r.event_id,
  eventType: r.event_type,
  topic: r.topic,
  consumerGroup: r.consumer_group,
  error: r.error,
  attempts: r.attempts,
  deadAt: r.dead_at,
  key: r.message_key,
  headers: r.headers,
  payload: r.payload,
  status: r.status,
  replayedAt: r.replayed_at,
});

/** The dead letters on PostgreSQL / PGlite; every write is one statement. */
export function createDeadLetterRepository(db: Database, options: { onEvents?: () => void } = {}): DeadLetterRepository {
  const notify = options.onEvents ?? (() => undefined);

  return {
    async record(letter: NewDeadLetter) {
      // A conflict is a redelivery (ignored) unless the letter died again after its last replay.
      await db.query(
        `INSERT INTO dead_letters (id, event_id, event_type, topic, consumer_group, error, attempts, dead_at, message_key, headers, payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)
         ON CONFLICT (event_id, consumer_group) DO UPDATE SET
           event_type = EXCLUDED.event_type, topic = EXCLUDED.topic, error = EXCLUDED.error, attempts = EXCLUDED.attempts,
           dead_at = EXCLUDED.dead_at, message_key = EXCLUDED.message_key, headers = EXCLUDED.headers, payload = EXCLUDED.payload,
           status = 'dead', received_at = now()
         WHERE dead_letters.status = 'replayed' AND EXCLUDED.dead_at > dead_letters.replayed_at`,
        [
          letter.id,
          letter.eventId,
          letter.eventType,
          letter.topic,
          letter.consumerGroup,
          letter.error,
          letter.attempts,
          letter.deadAt,
          letter.key,
          JSON.stringify(letter.headers),
          JSON.stringify(letter.payload),
        ],
      );
    },

    async list(query: DeadLetterQuery) {
      const { clause, values } = where([
        ['topic = ?', query.topic],
        ['consumer_group = ?', query.consumerGroup],
        ['event_type = ?', query.eventType],
        ['status = ?', query.status],
        ['dead_at >= ?', query.from],
        ['dead_at < ?', query.before],
      ]);
      const [page, total] = await Promise.all([
        db.query<Row>(
          `SELECT ${COLUMNS} FROM dead_letters ${clause} ORDER BY dead_at DESC, id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
          [...values, query.limit, (query.page - 1) * query.limit],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dead_letters ${clause}`, values),
      ]);
      return { items: page.rows.map(toDeadLetter), total: total.rows[0]!.n };
    },

    async get(id) {
      const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM dead_letters WHERE id = $1`, [id]);
      return rows[0] ? toDeadLetter(rows[0]) : null;
    },

    async replay(id, now) {
      // The event goes back to its topic through the outbox in the statement that marks the
      // letter replayed, so a replay is published exactly when it is recorded. This service's own
      // dead letters are emails it gave up on: those go back to pending, with fresh attempts.
      const { rows } = await db.query<Row>(
        `WITH replayed AS (
           UPDATE dead_letters SET status = 'replayed', replayed_at = $2
            WHERE id = $1 AND status = 'dead' AND jsonb_typeof(payload) = 'object'
           RETURNING ${COLUMNS}),
         queued AS (
           INSERT INTO outbox (${OUTBOX_COLUMNS})
           SELECT gen_random_uuid(), topic, message_key, event_type, payload, headers || jsonb_build_object('dead-letter-id', id)
             FROM replayed),
         retried AS (
           UPDATE notifications n SET status = 'pending', attempts = 0, next_attempt_at = $2
             FROM replayed r
            WHERE r.consumer_group = 'notification' AND n.event_id = r.event_id AND n.status = 'failed')
         SELECT ${COLUMNS} FROM replayed`,
        [id, now],
      );
      if (!rows[0]) return null;
      notify();
      return toDeadLetter(rows[0]);
    },
  };
}

import type { Database } from '@shop/db/database';
import { where } from '@shop/db/where';
import { OUTBOX_COLUMNS } from '@shop/events/outbox';
import type {
  Channel,
  NewNotification,
  Notification,
  NotificationQuery,
  NotificationRepository,
  NotificationStatus,
} from '../../domain/ports.js';

interface Row {
  id: string;
  event_id: string;
  event_type: string;
  topic: string;
  channel: Channel;
  recipient: string;
  user_id: string | null;
  order_id: string | null;
  subject: string;
  body_text: string;
  body_html: string | null;
  status: NotificationStatus;
  attempts: number;
  error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const COLUMNS = `id, event_id, event_type, topic, channel, recipient, user_id, order_id, subject, body_text, body_html, status,
  attempts, error, created_at, sent_at`;

function toNotification(r: Row): Notification {
  return {
    id: r.id,
    eventId: r.event_id,
    eventType: r.event_type,
    topic: r.topic,
    channel: r.channel,
    recipient: r.recipient,
    userId: r.user_id,
    orderId: r.order_id,
    subject: r.subject,
    bodyText: r.body_text,
    bodyHtml: r.body_html,
    status: r.status,
    attempts: r.attempts,
    error: r.error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

/** The notification log on PostgreSQL / PGlite; every write is one statement. */
export function createNotificationRepository(db: Database, options: { onEvents?: () => void } = {}): NotificationRepository {
  const notify = options.onEvents ?? (() => undefined);

  return {
    async record(rows: NewNotification[], now: Date) {
      if (rows.length === 0) return 0;
      const { rowCount } = await db.query(
        `INSERT INTO notifications (id, event_id, event_type, topic, channel, recipient, user_id, order_id, subject, body_text,
           body_html, status, sent_at, event, created_at, next_attempt_at)
         SELECT x.id, x."eventId", x."eventType", x.topic, x.channel, x.recipient, x."userId", x."orderId", x.subject, x."bodyText",
           x."bodyHtml", x.status, CASE WHEN x.status = 'sent' THEN $2::timestamptz END, x.event, $2, $2
           FROM jsonb_to_recordset($1::jsonb) AS x(id varchar, "eventId" varchar, "eventType" varchar, topic varchar,
             channel varchar, recipient varchar, "userId" varchar, "orderId" varchar, subject text, "bodyText" text,
             "bodyHtml" text, status varchar, event jsonb)
         ON CONFLICT (event_id, channel) DO NOTHING`,
        [JSON.stringify(rows), now],
      );
      return rowCount;
    },

    async claimDue(now, leaseMs, limit) {
      const { rows } = await db.query<Row>(
        `UPDATE notifications SET next_attempt_at = $1::timestamptz + ($2::int * interval '1 millisecond')
          WHERE id IN (SELECT id FROM notifications WHERE status = 'pending' AND next_attempt_at <= $1
                        ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
          RETURNING ${COLUMNS}`,
        [now, leaseMs, limit],
      );
      return rows.map(toNotification).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    async markSent(id, attempts, now) {
      await db.query(`UPDATE notifications SET status = 'sent', attempts = $2, sent_at = $3, error = NULL WHERE id = $1`, [
        id,
        attempts,
        now,
      ]);
    },

    async markRetry(id, attempts, error, nextAttemptAt) {
      await db.query(`UPDATE notifications SET attempts = $2, error = $3, next_attempt_at = $4 WHERE id = $1`, [
        id,
        attempts,
        error.slice(0, 2000),
        nextAttemptAt,
      ]);
    },

    async markFailed(id, attempts, error, now) {
      // The event goes to <topic>.dlq (as `dlqTopic` names it) through the outbox, in the same
      // statement as the failure, with the headers the bus's own dead-lettering adds.
      await db.query(
        `WITH failed AS (
           UPDATE notifications SET status = 'failed', attempts = $2, error = $3, next_attempt_at = $4 WHERE id = $1 AND status = 'pending'
           RETURNING id, event_type, topic, event)
         INSERT INTO outbox (${OUTBOX_COLUMNS})
         SELECT gen_random_uuid(), topic || '.dlq', coalesce(event->>'key', ''), event_type, (event->>'value')::jsonb,
                coalesce(event->'headers', '{}'::jsonb) || jsonb_build_object('dlq-original-topic', topic,
                  'dlq-consumer-group', 'notification', 'dlq-error', $3::text, 'dlq-notification-id', id,
                  'dlq-attempts', $2::text, 'dlq-at', $5::text)
           FROM failed`,
        [id, attempts, error.slice(0, 1000), now, now.toISOString()],
      );
      notify();
    },

    async list(query: NotificationQuery) {
      const { clause, values } = where([
        ['recipient = ?', query.recipient],
        ['event_type = ?', query.eventType],
        ['order_id = ?', query.orderId],
        ['status = ?', query.status],
        ['channel = ?', query.channel],
        ['created_at >= ?', query.from],
        ['created_at < ?', query.before],
      ]);
      const [page, total] = await Promise.all([
        db.query<Row>(
          `SELECT ${COLUMNS} FROM notifications ${clause} ORDER BY created_at DESC, id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
          [...values, query.limit, (query.page - 1) * query.limit],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications ${clause}`, values),
      ]);
      return { items: page.rows.map(toNotification), total: total.rows[0]!.n };
    },

    async get(id) {
      const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM notifications WHERE id = $1`, [id]);
      return rows[0] ? toNotification(rows[0]) : null;
    },
  };
}

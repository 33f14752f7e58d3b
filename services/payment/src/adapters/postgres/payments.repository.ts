import type { Database, Queryable } from '@shop/db/database';
import { sql, whereAll } from '@shop/db/sql';
import { outboxInsert, outboxRow } from '@shop/events/outbox';
import { answerOf, recordAnswer, type AnswerToRecord } from '@shop/idempotency/idempotency';
import type { CardBrand } from '@shop/cards/card';
import { OrderAlreadyPaidError, PaymentNotFoundError } from '../../domain/errors.js';
import type { Payment, PaymentEvent, PaymentStatus, Refund, RefundPlan } from '../../domain/payment.js';
import type { PaymentDay, PaymentQuery, PaymentRepository } from '../../domain/ports.js';

interface PaymentRow {
  id: string;
  order_id: string;
  user_id: string | null;
  email: string | null;
  amount_cents: number | string;
  currency: string;
  status: PaymentStatus;
  transaction_id: string | null;
  card_brand: CardBrand;
  card_last4: string;
  card_exp_month: number;
  card_exp_year: number;
  decline_code: string | null;
  error_message: string | null;
  refunded_cents: number | string;
  gateway_response: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
}

interface RefundRow {
  id: string;
  payment_id: string;
  amount_cents: number | string;
  reason: string | null;
  created_at: Date;
}

const COLUMNS = sql.raw(`id, order_id, user_id, email, amount_cents, currency, status, transaction_id, card_brand, card_last4,
  card_exp_month, card_exp_year, decline_code, error_message, refunded_cents, gateway_response, created_at, updated_at`);

const toRefund = (r: RefundRow): Refund => ({ id: r.id, amountCents: Number(r.amount_cents), reason: r.reason, createdAt: r.created_at });

const toPayment = (r: PaymentRow, refunds: Refund[]): Payment => ({
  id: r.id,
  orderId: r.order_id,
  userId: r.user_id,
  email: r.email,
  // bigint arrives as text from some drivers; cents stay far below 2^53.
  amountCents: Number(r.amount_cents),
  currency: r.currency,
  paymentMethod: 'card',
  status: r.status,
  transactionId: r.transaction_id,
  card: { brand: r.card_brand, last4: r.card_last4, expMonth: r.card_exp_month, expYear: r.card_exp_year },
  declineCode: r.decline_code,
  errorMessage: r.error_message,
  refundedCents: Number(r.refunded_cents),
  refunds,
  gatewayResponse: r.gateway_response,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function withRefunds(q: Queryable, rows: PaymentRow[]): Promise<Payment[]> {
  if (rows.length === 0) return [];
  const { rows: refunds } = await q.query<RefundRow>(
    sql`SELECT id, payment_id, amount_cents, reason, created_at FROM refunds
         WHERE payment_id = ANY(${rows.map((r) => r.id)}::varchar[]) ORDER BY created_at, id`,
  );
  return rows.map((r) => toPayment(r, refunds.filter((f) => f.payment_id === r.id).map(toRefund)));
}

const outboxOf = (event: PaymentEvent) => outboxRow({ type: event.type, source: 'payment', subject: event.subject, data: event.data });

/** Charges that went through; a failed one moved no money, a pending one none yet. */
const CAPTURED = sql.raw(`status IN ('succeeded', 'partially_refunded', 'refunded')`);
/** The rows of `created_at` within the UTC days `from`..`to` (dates, inclusive), grouped by day. */
const inDays = (from: string, to: string) =>
  sql`WHERE created_at >= ${from}::date::timestamp AT TIME ZONE 'UTC' AND created_at < (${to}::date + 1)::timestamp AT TIME ZONE 'UTC'
     GROUP BY 1`;

/**
 * Every UTC day from `from` to `to`: charges grouped by the day they were made, refunds by the day of
 * the refund (so a partial refund a week later lowers that later day), joined to the series of
 * days so quiet days read as zeros.
 */
const dailyStatement = (from: string, to: string) => sql`
  WITH charges AS (
    SELECT (created_at AT TIME ZONE 'UTC')::date AS day,
           coalesce(sum(amount_cents) FILTER (WHERE ${CAPTURED}), 0)::bigint AS captured_cents,
           count(*) FILTER (WHERE ${CAPTURED})::int AS succeeded,
           count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM payments
     ${inDays(from, to)}),
  refunded AS (
    SELECT (created_at AT TIME ZONE 'UTC')::date AS day, sum(amount_cents)::bigint AS refunded_cents
      FROM refunds
     ${inDays(from, to)})
  SELECT to_char(d.day, 'YYYY-MM-DD') AS date, coalesce(c.captured_cents, 0) AS captured_cents,
         coalesce(r.refunded_cents, 0) AS refunded_cents, coalesce(c.succeeded, 0) AS succeeded, coalesce(c.failed, 0) AS failed
    FROM (SELECT ${from}::date + i AS day FROM generate_series(0, ${to}::date - ${from}::date) AS i) AS d
    LEFT JOIN charges c ON c.day = d.day
    LEFT JOIN refunded r ON r.day = d.day
   ORDER BY d.day`;

interface DayRow {
  date: string;
  captured_cents: number | string;
  refunded_cents: number | string;
  succeeded: number;
  failed: number;
}

const toDay = (r: DayRow): PaymentDay => ({
  date: r.date,
  capturedCents: Number(r.captured_cents),
  refundedCents: Number(r.refunded_cents),
  succeededCount: r.succeeded,
  failedCount: r.failed,
});

/**
 * A charge's outcome with its event, in one statement, so one round trip and no explicit
 * transaction: the payment and its event are written together or not at all (with the request's
 * recorded answer, when given). A payment that does not go through (`failed`) is outside the
 * one-per-order index and always inserted; another one, when the order already has a payment that
 * went through (even one committed by a racing charge an instant ago), inserts nothing, event included.
 */
function insertStatement(payment: Payment, event: PaymentEvent, answer: AnswerToRecord | null) {
  const answered = answer ? sql`, answered AS (${recordAnswer(answer, sql`EXISTS (SELECT 1 FROM p)`)})` : sql.empty;
  const gatewayResponse = payment.gatewayResponse === null ? null : JSON.stringify(payment.gatewayResponse);
  return sql`
  WITH p AS (
    INSERT INTO payments (id, order_id, user_id, email, amount_cents, currency, payment_method, status, transaction_id,
      card_brand, card_last4, card_exp_month, card_exp_year, decline_code, error_message, refunded_cents,
      gateway_response, created_at, updated_at)
    VALUES (${payment.id}, ${payment.orderId}, ${payment.userId}, ${payment.email}, ${payment.amountCents}, ${payment.currency},
      'card', ${payment.status}, ${payment.transactionId}, ${payment.card.brand}, ${payment.card.last4}, ${payment.card.expMonth},
      ${payment.card.expYear}, ${payment.declineCode}, ${payment.errorMessage}, 0, ${gatewayResponse}, ${payment.createdAt},
      ${payment.createdAt})
    ON CONFLICT (order_id) WHERE status <> 'failed' DO NOTHING
    RETURNING id)${answered}
  ${outboxInsert(outboxOf(event), 'p')}`;
}

/** The refund, the payment's new totals and the event, in one statement (under the lock taken before). */
function refundStatement(id: string, plan: RefundPlan) {
  const { refund } = plan;
  return sql`
  WITH r AS (
    INSERT INTO refunds (id, payment_id, amount_cents, reason, created_at)
    VALUES (${refund.id}, ${id}, ${refund.amountCents}, ${refund.reason}, ${refund.createdAt})),
  u AS (
    UPDATE payments SET refunded_cents = ${plan.refundedCents}, status = ${plan.status}, updated_at = ${refund.createdAt}
     WHERE id = ${id} RETURNING ${COLUMNS}),
  e AS (${outboxInsert(outboxOf(plan.event), 'u')})
  SELECT ${COLUMNS} FROM u`;
}

/** Payments on PostgreSQL (and PGlite); `onEvents` wakes the outbox relay after a commit. */
export function createPaymentRepository(db: Database, options: { onEvents?: () => void } = {}): PaymentRepository {
  const notify = options.onEvents ?? (() => undefined);

  async function findHoldingId(orderId: string): Promise<string | null> {
    const { rows } = await db.query<{ id: string }>(
      sql`SELECT id FROM payments WHERE order_id = ${orderId} AND status <> 'failed' LIMIT 1`,
    );
    return rows[0]?.id ?? null;
  }

  return {
    findHoldingId,

    async insert(payment, event, receipt) {
      const { rowCount } = await db.query(insertStatement(payment, event, answerOf(receipt, payment)));
      if (rowCount === 0) {
        // A concurrent charge of the same order was stored first; a real processor would void ours here.
        throw new OrderAlreadyPaidError(payment.orderId, (await findHoldingId(payment.orderId)) ?? 'unknown');
      }
      notify();
      return payment;
    },

    async get(id) {
      const { rows } = await db.query<PaymentRow>(sql`SELECT ${COLUMNS} FROM payments WHERE id = ${id}`);
      return (await withRefunds(db, rows))[0] ?? null;
    },

    async list(query: PaymentQuery) {
      const filter = whereAll([
        query.orderId !== undefined && sql`order_id = ${query.orderId}`,
        query.status !== undefined && sql`status = ${query.status}`,
        query.from !== undefined && sql`created_at >= ${query.from}`,
        query.before !== undefined && sql`created_at < ${query.before}`,
      ]);
      const [page, total] = await Promise.all([
        db.query<PaymentRow>(
          sql`SELECT ${COLUMNS} FROM payments ${filter} ORDER BY created_at DESC, id DESC
               LIMIT ${query.limit} OFFSET ${(query.page - 1) * query.limit}`,
        ),
        db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM payments ${filter}`),
      ]);
      return { items: await withRefunds(db, page.rows), total: total.rows[0]!.n };
    },

    async daily(from, to) {
      const { rows } = await db.query<DayRow>(dailyStatement(from, to));
      return rows.map(toDay);
    },

    async refund(id, decide) {
      const updated = await db.transaction(async (tx) => {
        const { rows } = await tx.query<PaymentRow>(sql`SELECT ${COLUMNS} FROM payments WHERE id = ${id} FOR UPDATE`);
        const current = (await withRefunds(tx, rows))[0];
        if (!current) throw new PaymentNotFoundError();
        const plan = decide(current);
        const { rows: after } = await tx.query<PaymentRow>(refundStatement(id, plan));
        return toPayment(after[0]!, [...current.refunds, plan.refund]);
      });
      notify();
      return updated;
    },
  };
}

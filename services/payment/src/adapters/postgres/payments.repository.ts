import type { Database, Queryable } from '@shop/db/database';
import { where } from '@shop/db/where';
import { OUTBOX_COLUMNS, outboxRow } from '@shop/events/outbox';
import { answerOf, recordAnswerParams, recordAnswerSql } from '@shop/idempotency/idempotency';
import type { CardBrand } from '@shop/cards/card';
import { OrderAlreadyPaidError, PaymentNotFoundError } from '../../domain/errors.js';
import type { Payment, PaymentEvent, PaymentStatus, Refund } from '../../domain/payment.js';
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

const COLUMNS = `id, order_id, user_id, email, amount_cents, currency, status, transaction_id, card_brand, card_last4,
  card_exp_month, card_exp_year, decline_code, error_message, refunded_cents, gateway_response, created_at, updated_at`;

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
    'SELECT id, payment_id, amount_cents, reason, created_at FROM refunds WHERE payment_id = ANY($1::varchar[]) ORDER BY created_at, id',
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => toPayment(r, refunds.filter((f) => f.payment_id === r.id).map(toRefund)));
}

const outboxOf = (event: PaymentEvent) => outboxRow({ type: event.type, source: 'payment', subject: event.subject, data: event.data });

/** The outbox row as the last six parameters of a statement whose own parameters are `$1`..`$n`. */
const outboxParams = (n: number) => `$${n + 1}::uuid, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}::jsonb, $${n + 6}::jsonb`;

/**
 * One statement, so one round trip and no explicit transaction: the payment and its event are
 * written together or not at all. A payment that does not go through (`failed`) is outside the
 * one-per-order index and always inserted; another one, when the order already has a payment that
 * went through (even one committed by a racing charge an instant ago), inserts nothing, event included.
 */
const INSERT_PAYMENT = `
  WITH p AS (
    INSERT INTO payments (id, order_id, user_id, email, amount_cents, currency, payment_method, status, transaction_id,
      card_brand, card_last4, card_exp_month, card_exp_year, decline_code, error_message, refunded_cents,
      gateway_response, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, 'card', $7, $8, $9, $10, $11, $12, $13, $14, 0, $15, $16, $16)
    ON CONFLICT (order_id) WHERE status <> 'failed' DO NOTHING
    RETURNING id),
  answered AS (${recordAnswerSql(23)} AND EXISTS (SELECT 1 FROM p))
  INSERT INTO outbox (${OUTBOX_COLUMNS}) SELECT ${outboxParams(16)} FROM p`;

/** The refund, the payment's new totals and the event, in one statement (under the lock taken before). */
const RECORD_REFUND = `
  WITH r AS (
    INSERT INTO refunds (id, payment_id, amount_cents, reason, created_at) VALUES ($1, $2, $3, $4, $5)),
  u AS (
    UPDATE payments SET refunded_cents = $6, status = $7, updated_at = $5 WHERE id = $2 RETURNING ${COLUMNS}),
  e AS (
    INSERT INTO outbox (${OUTBOX_COLUMNS}) SELECT ${outboxParams(7)} FROM u)
  SELECT ${COLUMNS} FROM u`;

/** Charges that went through; a failed one moved no money, a pending one none yet. */
const CAPTURED = `status IN ('succeeded', 'partially_refunded', 'refunded')`;
/** The rows of `created_at` within the UTC days $1..$2 (dates, inclusive), grouped by day. */
const IN_DAYS = `WHERE created_at >= $1::date::timestamp AT TIME ZONE 'UTC' AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'UTC'
     GROUP BY 1`;

/**
 * Every UTC day from $1 to $2: charges grouped by the day they were made, refunds by the day of
 * the refund (so a partial refund a week later lowers that later day), joined to the series of
 * days so quiet days read as zeros.
 */
const DAILY = `
  WITH charges AS (
    SELECT (created_at AT TIME ZONE 'UTC')::date AS day,
           coalesce(sum(amount_cents) FILTER (WHERE ${CAPTURED}), 0)::bigint AS captured_cents,
           count(*) FILTER (WHERE ${CAPTURED})::int AS succeeded,
           count(*) FILTER (WHERE status = 'failed')::int AS failed
      FROM payments
     ${IN_DAYS}),
  refunded AS (
    SELECT (created_at AT TIME ZONE 'UTC')::date AS day, sum(amount_cents)::bigint AS refunded_cents
      FROM refunds
     ${IN_DAYS})
  SELECT to_char(d.day, 'YYYY-MM-DD') AS date, coalesce(c.captured_cents, 0) AS captured_cents,
         coalesce(r.refunded_cents, 0) AS refunded_cents, coalesce(c.succeeded, 0) AS succeeded, coalesce(c.failed, 0) AS failed
    FROM (SELECT $1::date + i AS day FROM generate_series(0, $2::date - $1::date) AS i) AS d
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

/** Payments on PostgreSQL (and PGlite); `onEvents` wakes the outbox relay after a commit. */
export function createPaymentRepository(db: Database, options: { onEvents?: () => void } = {}): PaymentRepository {
  const notify = options.onEvents ?? (() => undefined);

  async function findHoldingId(orderId: string): Promise<string | null> {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM payments WHERE order_id = $1 AND status <> 'failed' LIMIT 1`, [
      orderId,
    ]);
    return rows[0]?.id ?? null;
  }

  return {
    findHoldingId,

    async insert(payment, event, receipt) {
      const { rowCount } = await db.query(INSERT_PAYMENT, [
        payment.id,
        payment.orderId,
        payment.userId,
        payment.email,
        payment.amountCents,
        payment.currency,
        payment.status,
        payment.transactionId,
        payment.card.brand,
        payment.card.last4,
        payment.card.expMonth,
        payment.card.expYear,
        payment.declineCode,
        payment.errorMessage,
        payment.gatewayResponse === null ? null : JSON.stringify(payment.gatewayResponse),
        payment.createdAt,
        ...outboxOf(event).values,
        ...recordAnswerParams(answerOf(receipt, payment)),
      ]);
      if (rowCount === 0) {
        // A concurrent charge of the same order was stored first; a real processor would void ours here.
        throw new OrderAlreadyPaidError(payment.orderId, (await findHoldingId(payment.orderId)) ?? 'unknown');
      }
      notify();
      return payment;
    },

    async get(id) {
      const { rows } = await db.query<PaymentRow>(`SELECT ${COLUMNS} FROM payments WHERE id = $1`, [id]);
      return (await withRefunds(db, rows))[0] ?? null;
    },

    async list(query: PaymentQuery) {
      const { clause, values } = where([
        ['order_id = ?', query.orderId],
        ['status = ?', query.status],
        ['created_at >= ?', query.from],
        ['created_at < ?', query.before],
      ]);
      const [page, total] = await Promise.all([
        db.query<PaymentRow>(
          `SELECT ${COLUMNS} FROM payments ${clause} ORDER BY created_at DESC, id DESC LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
          [...values, query.limit, (query.page - 1) * query.limit],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM payments ${clause}`, values),
      ]);
      return { items: await withRefunds(db, page.rows), total: total.rows[0]!.n };
    },

    async daily(from, to) {
      const { rows } = await db.query<DayRow>(DAILY, [from, to]);
      return rows.map(toDay);
    },

    async refund(id, decide) {
      const updated = await db.transaction(async (tx) => {
        const { rows } = await tx.query<PaymentRow>(`SELECT ${COLUMNS} FROM payments WHERE id = $1 FOR UPDATE`, [id]);
        const current = (await withRefunds(tx, rows))[0];
        if (!current) throw new PaymentNotFoundError();
        const plan = decide(current);
        const { rows: after } = await tx.query<PaymentRow>(RECORD_REFUND, [
          plan.refund.id,
          id,
          plan.refund.amountCents,
          plan.refund.reason,
          plan.refund.createdAt,
          plan.refundedCents,
          plan.status,
          ...outboxOf(plan.event).values,
        ]);
        return toPayment(after[0]!, [...current.refunds, plan.refund]);
      });
      notify();
      return updated;
    },
  };
}

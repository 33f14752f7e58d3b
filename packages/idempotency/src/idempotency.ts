import { createHash } from 'node:crypto';
import type { Database } from '@shop/db/database';
import { migrate } from '@shop/db/migrate';
import { sql, type Sql } from '@shop/db/sql';
import { AppError, ConflictError, ValidationError } from '@shop/errors/errors';
import type { FastifyReply, FastifyRequest, onSendHookHandler, preHandlerHookHandler } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Set when this request holds an Idempotency-Key and will record its answer. `firstUse` is
     * false when it took over the key from a request whose process died: a handler may then find
     * that request's half-done work.
     */
    idempotency: { scope: string; key: string; firstUse: boolean } | null;
  }
}

export interface IdempotencyOptions {
  db: Database;
  /** How long a key and its answer are kept (default 24 h). */
  retentionMs?: number;
  /** How long a duplicate waits for the first request to finish before a 409 (default 30 s). */
  waitMs?: number;
  /** After this, a request still "in progress" is taken to have died with its process (default 60 s). */
  abandonedAfterMs?: number;
}

export async function migrateIdempotency(db: Database): Promise<void> {
  await migrate(db, new URL('../migrations', import.meta.url), undefined, 'idempotency_migrations');
}

interface KeyRow {
  request_hash: string;
  status: 'in_progress' | 'completed';
  response_status: number | null;
  response_body: string | null;
  response_type: string | null;
  abandoned: boolean;
}

const ANSWER_TYPE = 'application/json; charset=utf-8';

/** An answer a handler records with its own write (see `recordAnswer`). */
export interface AnswerToRecord {
  scope: string;
  key: string;
  status: number;
  body: string;
  type: string;
}

/**
 * The statement that records an answer, for a handler to put in a data-modifying CTE of the very
 * write that produces it: the key's answer and the effect then commit together, in one statement
 * and one commit instead of two, and no crash can fall between them. `onlyIf`, a condition, keeps
 * it to when the write happened (`EXISTS (SELECT 1 FROM moved)`).
 */
export const recordAnswer = (answer: AnswerToRecord, onlyIf: Sql) =>
  sql`UPDATE idempotency_keys SET status = 'completed', response_status = ${answer.status}::int, response_body = ${answer.body}::text,
          response_type = ${answer.type}::varchar WHERE scope = ${answer.scope}::varchar AND key = ${answer.key}::varchar AND ${onlyIf}`;

/**
 * A route's answer, to be recorded by the write that stores its result (see `answerWithWrite`). A
 * use case hands it on unopened (its domain knows it as an opaque receipt of a `T`); the
 * repository asks `answerOf` for what to record, in the same statement as the write.
 */
export class AnswerReceipt<T> {
  /** Never set: ties the receipt to the result it is written with. */
  declare readonly written?: T;
  constructor(readonly answerFor: (result: T) => AnswerToRecord | null) {}
}

/**
 * What the write storing `result` records for `receipt` (null: nothing, the request holds no key).
 * `receipt` is what the use case was handed: a receipt made by `answerWithWrite`, or undefined.
 */
export function answerOf<T>(receipt: { readonly written?: T } | undefined, result: T): AnswerToRecord | null {
  if (receipt === undefined) return null;
  if (!(receipt instanceof AnswerReceipt)) throw new TypeError('A receipt must come from answerWithWrite.');
  return (receipt as AnswerReceipt<T>).answerFor(result);
}

/**
 * For a handler whose write records its own answer (with `recordAnswer`). `receipt` is handed
 * to the write: it serialises the answer for the result about to be stored and gives what the key
 * records, or null when the request holds no key. `send` then sends exactly those bytes when the
 * handler's result is that same object (its write carried the answer, so the hook leaves the key
 * alone); any other result (one finished earlier, or by someone else) is sent as usual and the hook
 * records it.
 */
export function answerWithWrite<T>(request: FastifyRequest, reply: FastifyReply, status: number, view: (result: T) => unknown) {
  let recorded: { result: T; body: string } | undefined;
  return {
    receipt: new AnswerReceipt<T>((result) => {
      const body = String(reply.code(status).serialize(view(result)));
      recorded = { result, body };
      const held = request.idempotency;
      return held ? { scope: held.scope, key: held.key, status, body, type: ANSWER_TYPE } : null;
    }),
    send(result: T) {
      if (recorded?.result !== result) return reply.code(status).send(view(result) as never);
      request.idempotency = null;
      return reply
        .code(status)
        .type(ANSWER_TYPE)
        .send(recorded.body as never);
    },
  };
}

/** The request's fingerprint: method, route and body, with object keys in a stable order. */
function fingerprint(request: FastifyRequest): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;
  return createHash('sha256')
    .update(`${request.method} ${request.url.split('?')[0]} ${JSON.stringify(canonical(request.body ?? null))}`)
    .digest('hex');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stripe's `Idempotency-Key` semantics for a route: the first request runs and its answer is
 * recorded; the same key with the same request within the retention returns that answer again
 * (same status, same body, `idempotent-replayed: true`); the same key with a different request is
 * 422 IDEMPOTENCY_KEY_REUSED; a duplicate arriving while the first runs waits for its answer.
 * Keys are scoped to the caller and the route. Answers of 5xx are not recorded: a server-side
 * failure can be retried with the same key (and a process that died mid-request frees its key
 * after `abandonedAfterMs`).
 */
export function createIdempotency(options: IdempotencyOptions) {
  const { db } = options;
  const waitMs = options.waitMs ?? 30_000;
  const abandonedAfterMs = options.abandonedAfterMs ?? 60_000;
  const retentionMs = options.retentionMs ?? 24 * 3600_000;
  let lastCleanup = 0;

  async function claim(scope: string, key: string, hash: string): Promise<KeyRow | null> {
    const inserted = await db.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, status) VALUES ($1, $2, $3, 'in_progress') ON CONFLICT DO NOTHING`,
      [scope, key, hash],
    );
    if (inserted.rowCount === 1) return null;
    const { rows } = await db.query<KeyRow>(
      `SELECT request_hash, status, response_status, response_body, response_type,
              (status = 'in_progress' AND locked_at < now() - ($3::bigint * interval '1 millisecond')) AS abandoned
         FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key, abandonedAfterMs],
    );
    return (
      rows[0] ?? {
        request_hash: hash,
        status: 'in_progress',
        response_status: null,
        response_body: null,
        response_type: null,
        abandoned: true,
      }
    );
  }

  async function takeOver(scope: string, key: string): Promise<boolean> {
    const { rowCount } = await db.query(
      `UPDATE idempotency_keys SET locked_at = now() WHERE scope = $1 AND key = $2 AND status = 'in_progress'
          AND locked_at < now() - ($3::bigint * interval '1 millisecond')`,
      [scope, key, abandonedAfterMs],
    );
    return rowCount === 1;
  }

  async function cleanup(): Promise<void> {
    if (Date.now() - lastCleanup < 3_600_000) return;
    lastCleanup = Date.now();
    await db.query(`DELETE FROM idempotency_keys WHERE created_at < now() - ($1::bigint * interval '1 millisecond')`, [retentionMs]);
  }

  function replay(reply: FastifyReply, row: KeyRow) {
    return reply
      .code(row.response_status!)
      .header('idempotent-replayed', 'true')
      .type(row.response_type ?? 'application/json; charset=utf-8')
      .send(row.response_body as never);
  }

  const preHandler: preHandlerHookHandler = async (request, reply) => {
    request.idempotency = null;
    const header = request.headers['idempotency-key'];
    if (header === undefined) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || key.length > 255) {
      throw new ValidationError('The Idempotency-Key header must be 1 to 255 characters.', [
        { path: '/headers/idempotency-key', message: 'must be 1 to 255 characters' },
      ]);
    }
    await cleanup().catch(() => undefined);
    const caller = (request as { auth?: { sub: string } | null }).auth?.sub ?? 'anonymous';
    const scope = `${caller} ${request.method} ${request.routeOptions.url ?? request.url}`;
    const hash = fingerprint(request);
    const deadline = Date.now() + waitMs;
    for (;;) {
      const existing = await claim(scope, key, hash);
      if (!existing) {
        request.idempotency = { scope, key, firstUse: true };
        return;
      }
      if (existing.request_hash !== hash) {
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used with a different request; use a new key for a new request.',
        );
      }
      if (existing.status === 'completed') return replay(reply, existing);
      if (existing.abandoned && (await takeOver(scope, key))) {
        request.idempotency = { scope, key, firstUse: false };
        return;
      }
      if (Date.now() > deadline) throw new ConflictError('A request with this Idempotency-Key is still being processed; retry shortly.');
      await sleep(50);
    }
  };

  const onSend: onSendHookHandler = async (request, reply, payload) => {
    const held = request.idempotency;
    if (!held || reply.getHeader('idempotent-replayed')) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 500) {
      // Not recorded: the same key may try again.
      await db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2', [held.scope, held.key]);
      return payload;
    }
    await db.query(
      `UPDATE idempotency_keys SET status = 'completed', response_status = $3, response_body = $4, response_type = $5 WHERE scope = $1 AND key = $2`,
      [
        held.scope,
        held.key,
        reply.statusCode,
        typeof payload === 'string' ? payload : JSON.stringify(payload),
        String(reply.getHeader('content-type') ?? ''),
      ],
    );
    return payload;
  };

  return { preHandler, onSend };
}

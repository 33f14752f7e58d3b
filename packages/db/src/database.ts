import type { Sql } from './sql.js';

export type Row = Record<string, unknown>;

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** One statement: a `sql` fragment (sql.ts), or text with `$1`-style parameters. */
  query<R = Row>(statement: string | Sql, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * One interface over PostgreSQL (`pg`) and PGlite. The SQL dialect is PostgreSQL's in both, so
 * repositories and migrations are written once.
 */
export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** The schema the service's tables live in. */
  readonly schema: string;
  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. Use only
   * `tx` inside; never call another service while a transaction is open.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Resolves when the database answers (readiness). */
  ping(): Promise<void>;
  /** The engine and version this database runs on, asked from it: `PostgreSQL 15.18`, `PGlite 0.5.16 (PostgreSQL 18.6)`. */
  engine(): Promise<string>;
  close(): Promise<void>;
}

interface PgError {
  code?: string;
  constraint?: string;
}

function sqlState(error: unknown): PgError {
  if (typeof error !== 'object' || error === null) return {};
  const e = error as PgError & { cause?: unknown };
  return e.code ? e : e.cause ? sqlState(e.cause) : {};
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = sqlState(error);
  return e.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const e = sqlState(error);
  return e.code === '23514' && (constraint === undefined || e.constraint === constraint);
}

/** Serialization failure or deadlock: the transaction may be retried as a whole. */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = sqlState(error).code;
  return code === '40001' || code === '40P01';
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Invalid SQL identifier: ${name}`);
  return `"${name}"`;
}

/** The version from `server_version`, without a packager's suffix (`15.18 (Debian 15.18-0+deb12u1)` → `15.18`). */
export async function postgresVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ server_version: string }>('SHOW server_version');
  return rows[0]!.server_version.split(' ')[0]!;
}

import type { Logger } from '@shop/logging/logger';
import pg from 'pg';
import { postgresVersion, quoteIdent, type Database, type Queryable, type QueryResult, type Row } from './database.js';
import { statementOf, type Sql } from './sql.js';

// Counts and cents fit in a double; the wire sends int8 as text.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface PostgresOptions {
  url: string;
  /** Schema for the service's tables; `public` for a database of its own. */
  schema?: string;
  poolSize?: number;
  logger?: Logger;
}

/**
 * Parameterised statements are prepared once per connection (pg names them), so PostgreSQL parses
 * and plans a repository's statement once rather than on every call — most of the cost of the
 * short, many-CTE statements the services write with. Statements without parameters (DDL,
 * migrations) stay unnamed. Distinct texts are bounded: past the limit, statements run unnamed.
 */
const statementNames = new Map<string, string>();
const MAX_PREPARED = 2_000;

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_PREPARED) {
    name = `shop_${statementNames.size}`;
    statementNames.set(sql, name);
  }
  return name;
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R>(statement: string | Sql, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const { text, values } = statementOf(statement, params);
      const name = values && values.length > 0 ? statementName(text) : undefined;
      const result = await client.query<R & Row>(
        name ? { name, text, values: values as unknown[] } : { text, ...(values ? { values: values as unknown[] } : {}) },
      );
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  private readonly direct: Queryable;

  constructor(
    private readonly pool: pg.Pool,
    readonly schema: string,
  ) {
    this.direct = wrap(pool);
  }

  query<R = Row>(statement: string | Sql, params?: readonly unknown[]): Promise<QueryResult<R>> {
    return this.direct.query<R>(statement, params);
  }

  exec(sql: string): Promise<void> {
    return this.direct.exec(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await fn(wrap(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async engine(): Promise<string> {
    return `PostgreSQL ${await postgresVersion(this)}`;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** A pooled connection to PostgreSQL; the schema is created when missing. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const schema = options.schema ?? 'public';
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(schema === 'public' ? {} : { options: `-c search_path=${quoteIdent(schema)}` }),
  });
  pool.on('error', (error) => options.logger?.error({ err: error }, 'idle PostgreSQL client failed'));
  try {
    if (schema !== 'public') await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresDatabase(pool, schema);
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { postgresVersion, quoteIdent, type Database, type Queryable, type QueryResult, type Row } from './database.js';
import { statementOf, type Sql } from './sql.js';

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

interface Holder {
  host: PgliteHost;
  active: boolean;
}

const holding = new AsyncLocalStorage<Holder>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite keeps no lock on its folder and two processes writing it corrupt it, so we hold one:
 * `<dataDir>.lock` with our pid. A lock left by a dead process is taken over.
 */
function acquireLock(dataDir: string): () => void {
  const path = `${dataDir}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8'));
      if (pid && pid !== process.pid && processAlive(pid)) {
        throw new Error(`${dataDir} is in use by another process (pid ${pid}); stop it first.`, { cause: error });
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

export interface PgliteHostOptions {
  /** Folder on disk; absent: in memory (tests). */
  dataDir?: string | undefined;
  /** A data-dir tarball to start from instead of running initdb (tests start in ~0.5 s). */
  loadDataDir?: Blob | undefined;
}

/**
 * One PGlite instance shared by every service of the process, each service in its own schema
 * (one instance costs ~300 MB; one per service would not fit). PGlite runs one statement at a
 * time; this host serialises access and switches `search_path` when the caller's schema changes.
 */
export class PgliteHost {
  private readonly mutex = new Mutex();
  private currentSchema: string | undefined;

  private constructor(
    readonly pg: PGlite,
    private readonly release: () => void,
  ) {}

  static async open(options: PgliteHostOptions = {}): Promise<PgliteHost> {
    const release = options.dataDir ? acquireLock(options.dataDir) : () => undefined;
    try {
      if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
      const pg = new PGlite({
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      });
      await pg.waitReady;
      return new PgliteHost(pg, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  /** A `Database` whose tables live in `schema` (created if missing). */
  async database(schema: string): Promise<Database> {
    const quoted = quoteIdent(schema);
    await this.pg.exec(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    return new PgliteDatabase(this, schema);
  }

  /** Runs `fn` alone on the instance with `search_path` set to `schema`. */
  async run<T>(schema: string, fn: (pg: PGlite) => Promise<T>): Promise<T> {
    const holder = holding.getStore();
    if (holder?.active && holder.host === this) {
      throw new Error('Database used outside its transaction handle while a transaction is open: use `tx` inside transaction().');
    }
    return this.mutex.run(async () => {
      if (this.currentSchema !== schema) {
        await this.pg.exec(`SET search_path TO ${quoteIdent(schema)}`);
        this.currentSchema = schema;
      }
      const store: Holder = { host: this, active: true };
      try {
        return await holding.run(store, () => fn(this.pg));
      } finally {
        store.active = false;
      }
    });
  }

  async dump(): Promise<Blob> {
    return this.mutex.run(() => this.pg.dumpDataDir('none'));
  }

  async close(): Promise<void> {
    await this.mutex.run(async () => {
      if (!this.pg.closed) await this.pg.close();
    });
    this.release();
  }
}

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<R>(statement: string | Sql, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const { text, values } = statementOf(statement, params);
      const result = await target.query<R>(text, values as unknown[] | undefined);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** The PGlite release this process loaded: the package.json above the module Node resolves. */
export function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
      if (name === '@electric-sql/pglite') return version;
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;

  constructor(
    private readonly host: PgliteHost,
    readonly schema: string,
  ) {}

  query<R = Row>(statement: string | Sql, params?: readonly unknown[]): Promise<QueryResult<R>> {
    return this.host.run(this.schema, (pg) => wrap(pg).query<R>(statement, params));
  }

  exec(sql: string): Promise<void> {
    return this.host.run(this.schema, (pg) => wrap(pg).exec(sql));
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.host.run(this.schema, (pg) => pg.transaction((tx) => fn(wrap(tx))));
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1');
  }

  async engine(): Promise<string> {
    return `PGlite ${pgliteVersion()} (PostgreSQL ${await postgresVersion(this)})`;
  }

  /** The host is shared; the process closes it once, after every service. */
  async close(): Promise<void> {}
}

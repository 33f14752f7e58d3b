import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@shop/logging/logger';
import { quoteIdent, type Database } from './database.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE = /^(\d{4})_([\w-]+)\.sql$/;

/** Reads `NNNN_name.sql` files in version order. */
export async function readMigrations(dir: string | URL): Promise<Migration[]> {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const files = (await readdir(path)).filter((f) => FILE.test(f)).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const [, version, name] = FILE.exec(file)!;
    const sql = await readFile(`${path}/${file}`, 'utf8');
    migrations.push({ version: Number(version), name: name!, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  const versions = new Set(migrations.map((m) => m.version));
  if (versions.size !== migrations.length) throw new Error(`Two migrations share a version in ${path}`);
  return migrations;
}

/**
 * Applies pending migrations in one transaction under an advisory lock, so concurrent starts of
 * the same service apply each migration once. A changed applied migration stops the start.
 */
export async function migrate(
  db: Database,
  dir: string | URL,
  logger?: Logger,
  /** Kits that bring their own tables (outbox, inbox) keep their own ledger in the service's schema. */
  ledger = 'schema_migrations',
): Promise<number[]> {
  const migrations = await readMigrations(dir);
  const table = quoteIdent(ledger);
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':migrations'))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS ${table} (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number; checksum: string }>(`SELECT version, checksum FROM ${table}`);
    const applied = new Map(rows.map((r) => [r.version, r.checksum]));
    const done: number[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.version);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new Error(`Migration ${m.version}_${m.name} changed after it was applied to schema ${db.schema}`);
        }
        continue;
      }
      await tx.exec(m.sql);
      await tx.query(`INSERT INTO ${table} (version, name, checksum) VALUES ($1, $2, $3)`, [m.version, m.name, m.checksum]);
      done.push(m.version);
      logger?.info({ schema: db.schema, migration: `${m.version}_${m.name}` }, 'migration applied');
    }
    return done;
  });
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCheckViolation, isUniqueViolation, type Database } from '@shop/db/database';
import { migrate } from '@shop/db/migrate';
import { sql } from '@shop/db/sql';

export interface DatabaseFixture {
  db: Database;
  close(): Promise<void>;
}

/** The behaviour every adapter of the database port must have; run on PGlite and on PostgreSQL. */
export function databaseContract(adapter: string, open: () => Promise<DatabaseFixture>): void {
  describe(`database port on ${adapter}`, () => {
    let fixture: DatabaseFixture;
    let db: Database;
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));

    beforeAll(async () => {
      writeFileSync(
        join(dir, '0001_accounts.sql'),
        `CREATE TABLE accounts (
           id text PRIMARY KEY,
           balance integer NOT NULL CHECK (balance >= 0),
           email text NOT NULL,
           CONSTRAINT accounts_email_key UNIQUE (email)
         );
         CREATE TABLE counters (name text PRIMARY KEY, value integer NOT NULL);`,
      );
      writeFileSync(join(dir, '0002_history.sql'), `ALTER TABLE accounts ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();`);
      fixture = await open();
      db = fixture.db;
    });
    afterAll(() => fixture?.close());

    it('when migrations run twice, then each is applied once and recorded', async () => {
      expect(await migrate(db, dir)).toEqual([1, 2]);
      expect(await migrate(db, dir)).toEqual([]);
      const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual([1, 2]);
    });

    it('when an applied migration was edited, then migrating refuses to start', async () => {
      const edited = mkdtempSync(join(tmpdir(), 'migrations-'));
      writeFileSync(join(edited, '0001_accounts.sql'), 'SELECT 1;');
      await expect(migrate(db, edited)).rejects.toThrow(/changed after it was applied/);
    });

    it('when a transaction resolves, then its writes are committed', async () => {
      await db.transaction(async (tx) => {
        await tx.query('INSERT INTO accounts (id, balance, email) VALUES ($1, $2, $3)', ['a', 100, 'a@x.test']);
        await tx.query('INSERT INTO accounts (id, balance, email) VALUES ($1, $2, $3)', ['b', 0, 'b@x.test']);
      });
      const { rows } = await db.query<{ id: string; balance: number }>('SELECT id, balance FROM accounts ORDER BY id');
      expect(rows).toEqual([
        { id: 'a', balance: 100 },
        { id: 'b', balance: 0 },
      ]);
    });

    it('when a transaction throws, then none of its writes remain', async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.query('UPDATE accounts SET balance = balance + 50 WHERE id = $1', ['b']);
          await tx.query('UPDATE accounts SET balance = balance - 150 WHERE id = $1', ['a']);
        }),
      ).rejects.toSatisfy((e: unknown) => isCheckViolation(e));
      const { rows } = await db.query<{ balance: number }>('SELECT balance FROM accounts WHERE id = $1', ['b']);
      expect(rows[0]?.balance).toBe(0);
    });

    it('when a unique value is inserted twice, then the violation is recognised with its constraint', async () => {
      const error = await db
        .query('INSERT INTO accounts (id, balance, email) VALUES ($1, $2, $3)', ['c', 1, 'a@x.test'])
        .catch((e: unknown) => e);
      expect(isUniqueViolation(error)).toBe(true);
      expect(isUniqueViolation(error, 'accounts_email_key')).toBe(true);
      expect(isUniqueViolation(error, 'other')).toBe(false);
    });

    it('when 40 transactions increment one row concurrently, then no update is lost', async () => {
      await db.query(`INSERT INTO counters (name, value) VALUES ('hits', 0)`);
      await Promise.all(
        Array.from({ length: 40 }, () =>
          db.transaction(async (tx) => {
            const { rows } = await tx.query<{ value: number }>(`SELECT value FROM counters WHERE name = 'hits' FOR UPDATE`);
            await tx.query(`UPDATE counters SET value = $1 WHERE name = 'hits'`, [rows[0]!.value + 1]);
          }),
        ),
      );
      const { rows } = await db.query<{ value: number }>(`SELECT value FROM counters WHERE name = 'hits'`);
      expect(rows[0]?.value).toBe(40);
    });

    it('when values round-trip, then types are the same on every engine', async () => {
      const { rows } = await db.query<Record<string, unknown>>(
        `SELECT 12345::int8 AS big, 7::int AS small, '{"a":[1]}'::jsonb AS doc, now() AS at, 1.5::numeric AS exact, true AS flag`,
      );
      const row = rows[0]!;
      expect(row['big']).toBe(12345);
      expect(row['small']).toBe(7);
      expect(row['doc']).toEqual({ a: [1] });
      expect(row['at']).toBeInstanceOf(Date);
      expect(row['exact']).toBe('1.5');
      expect(row['flag']).toBe(true);
    });

    it('when a statement is a sql fragment, then it runs with its parameters numbered, in and out of a transaction', async () => {
      const pick = sql`SELECT ${7}::int AS a, ${sql`${'x'}::text || ${'y'}::text`} AS b, ${[1, 2]}::int[] AS c`;
      const { rows } = await db.query<{ a: number; b: string; c: number[] }>(pick);
      expect(rows[0]).toEqual({ a: 7, b: 'xy', c: [1, 2] });
      const inTx = await db.transaction((tx) => tx.query<{ a: number }>(sql`SELECT ${3}::int + ${4}::int AS a`));
      expect(inTx.rows[0]?.a).toBe(7);
    });

    it('when ping is called, then the database answers', async () => {
      await expect(db.ping()).resolves.toBeUndefined();
    });

    it('when asked for its engine, then it names the engine and the PostgreSQL version it runs', async () => {
      // server_version_num is major * 10000 + minor from PostgreSQL 10 on: 150018 is 15.18.
      const { rows } = await db.query<{ num: string }>(`SELECT current_setting('server_version_num') AS num`);
      const num = Number(rows[0]!.num);
      const version = `${Math.floor(num / 10_000)}\\.${num % 10_000}`;
      const expected =
        adapter === 'PGlite'
          ? new RegExp(`^PGlite \\d+\\.\\d+\\.\\d+ \\(PostgreSQL ${version}\\)$`)
          : new RegExp(`^PostgreSQL ${version}$`);
      expect(await db.engine()).toMatch(expected);
    });
  });
}

import { afterAll, describe, expect, it } from 'vitest';
import { PgliteHost } from '@shop/db/pglite';
import { testPgliteHost } from '@shop/db/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseContract } from './database.contract.js';

databaseContract('PGlite', async () => {
  const host = await testPgliteHost();
  return { db: await host.database('contract'), close: () => host.close() };
});

describe('PGlite host', () => {
  const hosts: PgliteHost[] = [];
  afterAll(async () => Promise.all(hosts.map((h) => h.close())));

  it('when two services share one instance, then each sees only its own schema', async () => {
    const host = await testPgliteHost();
    hosts.push(host);
    const users = await host.database('users_svc');
    const orders = await host.database('orders_svc');
    await users.exec('CREATE TABLE items (name text)');
    await orders.exec('CREATE TABLE items (name text)');
    await Promise.all([
      users.query(`INSERT INTO items VALUES ('user-row')`),
      orders.query(`INSERT INTO items VALUES ('order-row')`),
      users.transaction((tx) => tx.query(`INSERT INTO items VALUES ('user-tx')`)),
    ]);
    expect((await users.query<{ name: string }>('SELECT name FROM items ORDER BY name')).rows.map((r) => r.name)).toEqual([
      'user-row',
      'user-tx',
    ]);
    expect((await orders.query<{ name: string }>('SELECT name FROM items')).rows.map((r) => r.name)).toEqual(['order-row']);
  });

  it('when code inside a transaction uses the database instead of tx, then it fails instead of deadlocking', async () => {
    const host = await testPgliteHost();
    hosts.push(host);
    const db = await host.database('misuse');
    await expect(db.transaction(async () => db.query('SELECT 1'))).rejects.toThrow(/transaction handle/);
    // And the database is not left waiting on that transaction: the next call answers.
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('when a second process-level host opens the same folder, then it is refused', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pglite-')), 'data');
    const first = await PgliteHost.open({ dataDir: dir });
    hosts.push(first);
    // Simulate another live process holding the lock: our own pid is treated as a stale lock, so use the parent's.
    const { writeFileSync } = await import('node:fs');
    await first.close();
    hosts.pop();
    writeFileSync(`${dir}.lock`, String(process.ppid));
    await expect(PgliteHost.open({ dataDir: dir })).rejects.toThrow(/in use by another process/);
    writeFileSync(`${dir}.lock`, '999999999');
    const reopened = await PgliteHost.open({ dataDir: dir });
    hosts.push(reopened);
    // Two PGlite starts on disk (an initdb, then a reopen): seconds each when the cores are busy.
  }, 120_000);
});

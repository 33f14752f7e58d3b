import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const engines = join(import.meta.dirname, '..');
// A checkout this deep put PostgreSQL's Unix socket past the 107 bytes a socket path may have.
const deep = mkdtempSync(join(tmpdir(), 'shop-deep-'));
const run = join(deep, 'a-checkout-under-a-long-path'.repeat(5), '.cache', 'engines', 'run');
const port = '55499';
// This run gets its own folder and port; the rest of the environment is this process's.
const env: NodeJS.ProcessEnv = { ...process.env, SHOP_ENGINES_RUN: run, SHOP_PG_PORT: port };
const script = (name: string, ...args: string[]) =>
  execFileSync('bash', [join(engines, name), ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });

afterAll(() => {
  script('down.sh', 'postgres');
  rmSync(deep, { recursive: true, force: true });
});

describe('engines under a long checkout path', () => {
  it('when the checkout path is longer than a socket path may be, then PostgreSQL still starts and answers', async () => {
    expect(run.length).toBeGreaterThan(107);
    mkdirSync(run, { recursive: true });
    const exports = script('up.sh', 'postgres');
    const url = /export DATABASE_URL=(\S+)/.exec(exports)?.[1];
    expect(url).toBe(`postgres://shop:shop@127.0.0.1:${port}/shop`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });
});

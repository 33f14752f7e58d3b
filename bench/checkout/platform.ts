/**
 * The platform under the checkout benchmark: user, catalog, inventory, payment and order, each in its
 * own process and (except the catalog) its own fresh PostgreSQL database, on the embedded bus or on
 * Kafka. Each child gets exactly the variables below (plus PATH and HOME), never this shell's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_CLIENT_IDS, randomSecret } from '@shop/config/secrets';
import { createTestDatabase } from '@shop/db/testing';
import { enginesOfAll, type Engines } from '../lib/engines.js';
import { startScript, stopScript, type Started } from '../lib/process.js';
import { dropDatabase } from '../lib/results.js';

export type Bus = 'kafka' | 'embedded';
export const DATABASES = ['user', 'inventory', 'payment', 'order'] as const;
export type DatabaseName = (typeof DATABASES)[number];
export const SERVICES = ['user', 'catalog', 'inventory', 'payment', 'order'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface Platform {
  bus: Bus;
  urls: Record<ServiceName, string>;
  pids: Record<ServiceName, number>;
  databases: Record<DatabaseName, { url: string }>;
  /** What each service says it reached (`GET /health/ready`). */
  engines: Record<ServiceName, Engines>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  bus: Bus;
  /** The PostgreSQL server the databases are created on (an admin URL). */
  adminUrl: string;
  /** Required with `bus: 'kafka'`. */
  kafkaBrokers?: string;
  logDir: string;
  /** Services to run under `--cpu-prof` (profiles go to logDir). */
  profile: readonly string[];
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const { bus, logDir } = options;
  if (bus === 'kafka' && !options.kafkaBrokers) throw new Error('--bus kafka needs KAFKA_BROKERS (eval "$(infra/engines/up.sh kafka)")');
  const created = await Promise.all(DATABASES.map((n) => createTestDatabase(options.adminUrl, `bench_checkout_${n}`)));
  const databases = Object.fromEntries(DATABASES.map((n, i) => [n, created[i]!])) as Record<DatabaseName, (typeof created)[number]>;
  const started: Started[] = [];
  const stop = async () => {
    for (const s of started.reverse()) await stopScript(s);
    for (const [i, d] of created.entries()) await dropDatabase(d, `the ${DATABASES[i]} database of the checkout bench`);
  };

  try {
    const secrets = Object.fromEntries(SERVICE_CLIENT_IDS.map((id) => [id, randomSecret()]));
    const common = {
      SERVICE_CLIENTS: Object.entries(secrets)
        .map(([id, secret]) => `${id}:${secret}`)
        .join(','),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '0',
      PORT: '0',
      ...(bus === 'kafka' ? { KAFKA_BROKERS: options.kafkaBrokers! } : {}),
    };
    const start = async (name: ServiceName, env: Record<string, string>) => {
      const service = await startScript(join(import.meta.dirname, 'service.ts'), [name], {
        env: {
          ...common,
          DATA_DIR: mkdtempSync(join(tmpdir(), `bench-checkout-${name}-`)),
          SERVICE_CLIENT_SECRET: secrets[name] ?? '',
          ...env,
        },
        logFile: join(logDir, `${bus}-${name}.log`),
        nodeFlags: options.profile.includes(name) ? ['--cpu-prof', `--cpu-prof-dir=${logDir}`] : [],
      });
      started.push(service);
      return service;
    };

    const user = await start('user', { USER_DATABASE_URL: databases.user.url });
    const withUser = { USER_SERVICE_URL: user.ready, JWKS_URL: `${user.ready}/.well-known/jwks.json` };
    const [catalog, inventory, payment] = await Promise.all([
      start('catalog', { ...withUser, CATALOG_DEMO_DATA: 'true' }),
      start('inventory', { ...withUser, INVENTORY_DATABASE_URL: databases.inventory.url, INVENTORY_DEMO_DATA: 'true' }),
      start('payment', { ...withUser, PAYMENT_DATABASE_URL: databases.payment.url }),
    ]);
    const order = await start('order', {
      ...withUser,
      ORDER_DATABASE_URL: databases.order.url,
      CATALOG_SERVICE_URL: catalog.ready,
      INVENTORY_SERVICE_URL: inventory.ready,
      PAYMENT_SERVICE_URL: payment.ready,
      CART_SERVICE_URL: 'http://127.0.0.1:9',
    });

    const byName = { user, catalog, inventory, payment, order };
    const urls = Object.fromEntries(SERVICES.map((n) => [n, byName[n].ready])) as Record<ServiceName, string>;
    const pids = Object.fromEntries(SERVICES.map((n) => [n, byName[n].child.pid!])) as Record<ServiceName, number>;
    const engines = (await enginesOfAll(urls)) as Record<ServiceName, Engines>;
    return { bus, urls, pids, databases, engines, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

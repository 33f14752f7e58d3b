import { join } from 'node:path';
import type { Logger } from '@shop/logging/logger';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { PgliteHost } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface OpenDatabaseOptions {
  /** PostgreSQL URL; absent: PGlite. */
  url?: string | undefined;
  /** The process's shared PGlite (the one-command run); absent: this service opens its own. */
  host?: PgliteHost | undefined;
  /** Where a service run alone keeps its PGlite folder. */
  dataDir: string;
  schema: string;
  migrations: string | URL;
  logger?: Logger;
  poolSize?: number;
}

export interface OpenedDatabase {
  db: Database;
  /** Closes what this call opened (the pool, or a PGlite host of its own). */
  close(): Promise<void>;
}

/** Opens the service's database on the configured engine and applies its migrations. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  let db: Database;
  let close: () => Promise<void>;
  if (options.url) {
    db = await openPostgres({
      url: options.url,
      schema: 'public',
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    });
    close = () => db.close();
  } else if (options.host) {
    db = await options.host.database(options.schema);
    close = async () => undefined;
  } else {
    const host = await PgliteHost.open({ dataDir: join(options.dataDir, 'pglite') });
    db = await host.database(options.schema);
    close = () => host.close();
  }
  try {
    await migrate(db, options.migrations, options.logger);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, close };
}

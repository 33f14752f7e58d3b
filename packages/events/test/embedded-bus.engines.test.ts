import { randomBytes } from 'node:crypto';
import { requireEngine } from '@shop/config/engines';
import { openPostgres } from '@shop/db/postgres';
import { createEmbeddedBus } from '@shop/events/embedded-bus';
import { silentLogger } from '@shop/logging/logger';
import { busContract } from './bus.contract.js';

// A service on PostgreSQL without Kafka keeps the embedded bus's log in its own database.
busContract('the embedded bus on PostgreSQL', async () => {
  const schema = `bus_${randomBytes(4).toString('hex')}`;
  const db = await openPostgres({ url: requireEngine('DATABASE_URL'), schema });
  const bus = await createEmbeddedBus({ db, logger: silentLogger(), pollMs: 50 });
  return {
    bus,
    close: async () => {
      await bus.close();
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
});

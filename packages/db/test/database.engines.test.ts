import { randomBytes } from 'node:crypto';
import { requireEngine } from '@shop/config/engines';
import { openPostgres } from '@shop/db/postgres';
import { databaseContract } from './database.contract.js';

databaseContract('PostgreSQL', async () => {
  const schema = `contract_${randomBytes(4).toString('hex')}`;
  const db = await openPostgres({ url: requireEngine('DATABASE_URL'), schema, poolSize: 20 });
  return {
    db,
    close: async () => {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
});

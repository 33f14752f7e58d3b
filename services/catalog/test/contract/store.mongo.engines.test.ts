import { randomBytes } from 'node:crypto';
import { requireEngine } from '@shop/config/engines';
import { MongoClient } from 'mongodb';
import { createMongoStore } from '../../src/adapters/mongo/catalog-store.js';
import { storeContract } from './store.contract.js';

/** The same server, another database: the URL's path names it. */
function withDatabase(url: string, database: string): string {
  return url.replace(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?/, `$1/${database}`);
}

storeContract('MongoDB (FerretDB)', () => {
  const url = withDatabase(requireEngine('CATALOG_MONGODB_URL'), `catalog_test_${randomBytes(4).toString('hex')}`);
  return {
    open: () => createMongoStore({ url }),
    drop: async () => {
      const client = new MongoClient(url);
      try {
        await client.db().dropDatabase();
      } finally {
        await client.close();
      }
    },
  };
});

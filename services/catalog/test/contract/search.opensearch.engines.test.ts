import { randomBytes } from 'node:crypto';
import { Client } from '@opensearch-project/opensearch';
import { requireEngine } from '@shop/config/engines';
import { silentLogger } from '@shop/logging/logger';
import { createOpenSearchIndex } from '../../src/adapters/opensearch/search-index.js';
import { searchContract } from './search.contract.js';

searchContract('OpenSearch', async () => {
  const url = requireEngine('OPENSEARCH_URL');
  // A unique alias per run: runs never see each other's documents, and cleanup cannot touch others' indices.
  const alias = `products_test_${randomBytes(4).toString('hex')}`;
  const index = await createOpenSearchIndex({ url, alias, logger: silentLogger() });
  return {
    index,
    async close() {
      await index.close();
      const admin = new Client({ node: url });
      try {
        await admin.indices.delete({ index: `${alias}_*` });
      } finally {
        await admin.close();
      }
    },
  };
});

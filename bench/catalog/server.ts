/**
 * One side of a benchmark pair, run as its own process:
 *   server.ts catalog <dataDir> <searchCacheSize>   the catalog service on the embedded store and index
 *   server.ts bare <responses.json>                 a bare Fastify app serving the same bodies from memory
 * Prints `READY <port>` when listening. The catalog gets exactly the settings below: the parent
 * starts this process with PATH and HOME only, so no exported engine variable can reach it.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { startCatalogService } from '@shop/catalog-service/main';

const [mode, arg, cacheSize] = process.argv.slice(2);
process.on('SIGINT', () => process.exit(0));

if (mode === 'catalog') {
  const service = await startCatalogService({
    PORT: '0',
    DATA_DIR: arg!,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '0',
    JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    CATALOG_SEARCH_CACHE_SIZE: cacheSize!,
  });
  const address = service.app.server.address();
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
} else if (mode === 'bare') {
  // path → exact response body captured from the catalog service.
  const bodies = new Map(Object.entries(JSON.parse(readFileSync(arg!, 'utf8')) as Record<string, string>));
  const app = Fastify({ logger: false });
  app.get('/*', (request, reply) => {
    const body = bodies.get(request.url);
    if (body === undefined) return reply.code(404).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
} else {
  throw new Error('usage: server.ts catalog <dataDir> <searchCacheSize> | bare <responses.json>');
}

import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * The routes for operators: `/metrics` (Prometheus text), `/docs` and `/openapi.json`, all about
 * `source` (its traffic, its routes). A service serves its own beside its API (`app` is `source`);
 * the gateway keeps them off its public port and serves its edge's on its internal app.
 */
export async function registerInternals(app: FastifyInstance, source: FastifyInstance): Promise<void> {
  const noLimit = { rateLimit: false };
  app.get('/metrics', { schema: { hide: true }, config: noLimit }, async (_request, reply) =>
    reply.type(source.metrics.contentType).send(await source.metrics.metrics()),
  );
  // swagger-ui renders the document of the app it is registered on unless told otherwise.
  const ofSource = app === source ? {} : { transformSpecification: () => source.swagger(), transformSpecificationClone: false };
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, ...ofSource });
  app.get('/openapi.json', { schema: { hide: true }, config: noLimit }, () => source.swagger());
}

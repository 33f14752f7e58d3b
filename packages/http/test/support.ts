import { Writable } from 'node:stream';
import { principalOf, requireAuth, requireRole } from '@shop/auth/require-role';
import type { TokenVerifier } from '@shop/auth/verifier';
import {
  ConflictError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  UpstreamUnavailableError,
  ValidationError,
} from '@shop/errors/errors';
import { createHttpApp, type HttpApp, type HttpAppOptions } from '@shop/http/app';
import { PageQuery, Strict, Type } from '@shop/http/schemas';
import { createLogger } from '@shop/logging/logger';

export type LogLine = Record<string, any>;

/** A JSON logger whose lines are parsed into `lines` as they are written. */
export function captureLogs(level = 'debug') {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
  return { logger: createLogger({ service: 'test', level, destination }), lines };
}

/** Tokens the fake verifier knows; anything else is refused as an expired token. */
export const verifier: TokenVerifier = {
  async verify(token) {
    switch (token) {
      case 'admin-token':
        return { sub: 'admin-1', role: 'admin', email: 'admin@shop.local' };
      case 'customer-token':
        return { sub: 'customer-1', role: 'customer' };
      case 'customer-2-token':
        return { sub: 'customer-2', role: 'customer' };
      case 'service-token':
        return { sub: 'svc', role: 'service' };
      case 'broken-verifier':
        throw new Error('JWKS endpoint unreachable');
      default:
        throw new UnauthenticatedError('The access token has expired.');
    }
  },
};

export const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
export const TRACEPARENT = `00-${TRACE_ID}-b7ad6b7169203331-01`;

const ThingInput = Strict({
  name: Type.String({ minLength: 1 }),
  quantity: Type.Integer({ minimum: 1 }),
  tags: Type.Optional(Type.Array(Strict({ label: Type.String() }))),
});
const Thing = Strict({ id: Type.String(), name: Type.String(), quantity: Type.Integer() });

/** An app with the routes a service typically has: validated input, guarded routes, failing routes. */
export async function buildApp(options: Partial<HttpAppOptions> = {}) {
  const { logger, lines } = captureLogs();
  const app: HttpApp = await createHttpApp({ service: 'test', logger, rateLimit: false, ...options });

  app.post('/things', { schema: { body: ThingInput, response: { 201: Thing } } }, async (request, reply) => {
    request.log.info({ thing: request.body.name }, 'creating thing');
    return reply.code(201).send({ id: 't-1', name: request.body.name, quantity: request.body.quantity });
  });
  app.get('/things/:id', { schema: { params: Strict({ id: Type.String() }), querystring: Strict(PageQuery) } }, async (request) => {
    request.log.info({ thingId: request.params.id }, 'loading thing');
    const { page, limit } = request.query;
    return { id: request.params.id, page, limit, pageType: typeof page, limitType: typeof limit };
  });
  app.get('/fail/:kind', async (request) => {
    const { kind } = request.params as { kind: string };
    if (kind === 'conflict') throw new ConflictError('The order is already paid.', { orderId: 'o-1' });
    if (kind === 'rate') throw new RateLimitedError('Slow down.', 7);
    if (kind === 'upstream') throw new UpstreamUnavailableError('inventory');
    if (kind === 'not-found') throw new NotFoundError('Order o-9');
    if (kind === 'validation') throw new ValidationError('The coupon is not valid.', [{ path: '/coupon', message: 'has expired' }]);
    throw new Error('connection to db-primary:5432 refused');
  });
  app.get('/admin', { preHandler: requireRole('admin') }, async (request) => principalOf(request));
  app.get('/me', { preHandler: requireAuth }, async (request) => ({ sub: principalOf(request).sub }));
  app.get('/public', async (request) => ({ caller: request.auth?.sub ?? null }));
  await app.ready();
  return { app, lines };
}

/** The parsed body of an injected response. */
export function json(response: { body: string }): any {
  return JSON.parse(response.body);
}

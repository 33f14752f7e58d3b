import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { validAddress } from '@shop/auth/client-address';
import type { Principal } from '@shop/auth/principal';
import type { TokenVerifier } from '@shop/auth/verifier';
import { AppError, RateLimitedError, UnauthenticatedError } from '@shop/errors/errors';
import { contextManager } from '@shop/logging/context';
import type { Logger } from '@shop/logging/logger';
import { SpanStatusCode, startServerContext, type Span } from '@shop/logging/tracing';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type HTTPMethods,
  type RawServerDefault,
} from 'fastify';
import { MAX_PARAM_LENGTH, answerClientError, answerFrameworkError, answerUnmetExpectation } from './client-errors.js';
import { registerCors } from './cors.js';
import { registerHealth, type ReadinessChecks } from './health.js';
import { registerInternals } from './internals.js';
import { registerMetrics } from './metrics.js';
import { codeForStatus, problemFor, serverProblem } from './problem.js';
import { ProblemSchema } from './schemas.js';
import { createValidatorCompiler, documentTextRules, validationErrors } from './validation.js';

export type HttpApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified caller, or null for an anonymous request. */
    auth: Principal | null;
    /** Why a presented bearer token was refused (or could not be checked); guards report it. */
    authError: AppError | null;
    span: Span | null;
    /**
     * The caller's address: the socket's, or what a trusted proxy (`trustedProxies`) forwarded,
     * always a valid IP (a forwarded value that is not one falls back to the socket's). Rate limits,
     * sign-in throttles and audit rows key on it, never on a header the caller wrote.
     */
    clientAddress: string;
  }
  interface FastifySchema {
    /**
     * The body may be left out: an absent body is validated and handled as `{}`, and the OpenAPI
     * document says the body is not required (Fastify's swagger would say it is).
     */
    optionalBody?: boolean;
  }
}

export interface HttpAppOptions {
  service: string;
  logger: Logger;
  version?: string;
  description?: string;
  /** Verifies bearer tokens; without it the app ignores Authorization (the gateway). */
  verifier?: TokenVerifier;
  /** Named checks behind `/health/ready`: the service's stores and broker. */
  readiness?: ReadinessChecks;
  corsOrigins?: string[];
  /** Requests per window per caller (user id, else IP); service tokens are exempt. `false` turns it off. */
  rateLimit?: { max: number; windowMs: number } | false;
  /**
   * Addresses or CIDRs of the proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`). A
   * service trusts the gateway (loopback by default); the gateway trusts nobody unless told.
   */
  trustedProxies?: readonly string[];
  bodyLimit?: number;
  /** Extra OpenAPI tags/description per service. */
  tags?: { name: string; description: string }[];
  /**
   * Serve `/metrics`, `/docs` and `/openapi.json` on this app: the default, for a service behind
   * the gateway. The gateway's public port turns it off and serves them on its internal port.
   */
  exposeInternals?: boolean;
}

const MiB = 1024 * 1024;

/** Security headers for an API (OWASP's REST list), computed once. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-site',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};
const REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdFrom(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/**
 * A Fastify 5 app with the platform's conventions: schema-validated routes that reject unknown
 * fields, problem+json errors, request ids and W3C trace context, health, metrics, OpenAPI and
 * docs (unless `exposeInternals` is false), security headers, CORS, rate limiting. Services add
 * routes, then call `ready()`.
 */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // The logger's mixin adds requestId/traceId from the active context: no per-request bindings.
    childLoggerFactory: (logger) => logger,
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdFrom,
    requestIdHeader: false,
    bodyLimit: options.bodyLimit ?? MiB,
    trustProxy: [...(options.trustedProxies ?? ['127.0.0.1/8', '::1'])],
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // What the router and Node's parser refuse is a problem+json too (`client-errors.ts`).
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.server.on('checkExpectation', answerUnmetExpectation);

  app.setValidatorCompiler(createValidatorCompiler());
  app.decorateRequest('auth', null);
  app.decorateRequest('authError', null);
  app.decorateRequest('span', null);
  app.decorateRequest('clientAddress', '');

  // Before any plugin: a route takes the error handler in force when it is built, and the docs
  // routes are built while their plugin registers (a rate-limited /docs must answer 429 too).
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const problem = problemFor(appError, request.id);
    if (problem.status >= 500 && appError.code === 'INTERNAL') {
      request.log.error({ err: error }, 'unhandled error');
    } else if (problem.status >= 500) {
      request.log.warn({ err: error }, appError.message);
    }
    if (appError.retryAfterSeconds !== undefined) void reply.header('retry-after', String(appError.retryAfterSeconds));
    void reply.code(problem.status).type('application/problem+json').send(problem);
  });

  const corsHeaders = registerCors(app, options.corsOrigins ?? ['http://localhost:3000', 'http://localhost:3100']);
  const observeDuration = registerMetrics(app, options.service);

  const verifier = options.verifier;

  /** Every method some route takes: what a path might allow. */
  const methods = new Set<string>();
  /** A path that has routes, asked with a method it has none for: 405 with `Allow` naming those it has. */
  function refuseMethod(request: FastifyRequest, reply: FastifyReply): boolean {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = [...methods].filter(
      (method) => method !== request.method && method !== 'OPTIONS' && app.findRoute({ method: method as HTTPMethods, url: path }),
    );
    if (allowed.length === 0) return false;
    const problem = serverProblem(
      'METHOD_NOT_ALLOWED',
      `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.`,
      request.id,
    );
    void reply.code(405).header('allow', allowed.join(', ')).type('application/problem+json').send(problem);
    return true;
  }

  /** Reads the bearer token; the guards report `authError` on routes that need a caller. */
  function authenticate(request: FastifyRequest, done: () => void): void {
    const header = verifier ? request.headers.authorization : undefined;
    if (!verifier || !header) return done();
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      request.authError = new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
      return done();
    }
    verifier.verify(match[1]).then(
      (principal) => {
        request.auth = principal;
        done();
      },
      (error: unknown) => {
        request.authError = error instanceof AppError ? error : new UnauthenticatedError();
        done();
      },
    );
  }

  // One hook for everything a request starts with (each hook is a turn of Fastify's runner):
  // the context first, so every later step and log line sees the request id and the trace;
  // then the headers every answer carries; then the caller, synchronously unless a token is sent.
  app.addHook('onRequest', (request, reply, done) => {
    const { ctx, span } = startServerContext(
      options.service,
      () => `${request.method} ${request.routeOptions.url ?? 'unmatched'}`,
      request.headers,
      request.id,
      { attributes: { 'http.request.method': request.method } },
    );
    request.span = span;
    request.clientAddress = validAddress(request.ip) ?? request.socket.remoteAddress ?? 'unknown';
    contextManager.enterWith(ctx);
    reply.headers(SECURITY_HEADERS);
    // Browsers ignore HSTS over plain HTTP; behind a TLS edge the forwarded protocol says https.
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    reply.header('x-request-id', request.id);
    corsHeaders(request, reply);
    // Before the body is read: a method a path has no route for is refused whatever it carries.
    if (request.is404 && refuseMethod(request, reply)) return;
    authenticate(request, done);
  });

  app.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    const span = request.span;
    if (span) {
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    observeDuration(request, reply);
    const level = request.url.startsWith('/health') || request.url === '/metrics' ? 'debug' : 'info';
    if (options.logger.isLevelEnabled(level)) {
      request.log[level](
        { method: request.method, url: request.url, statusCode: status, durationMs: Math.round(reply.elapsedTime * 10) / 10 },
        'request completed',
      );
    }
    done();
  });

  if (options.rateLimit !== false) {
    const limit = options.rateLimit ?? { max: 600, windowMs: 60_000 };
    await app.register(rateLimit, {
      global: true,
      hook: 'preHandler',
      max: limit.max,
      timeWindow: limit.windowMs,
      keyGenerator: (request: FastifyRequest) => (request.auth ? `user:${request.auth.sub}` : `ip:${request.clientAddress}`),
      allowList: (request: FastifyRequest) => request.auth?.role === 'service',
      errorResponseBuilder: (_request, context) =>
        new RateLimitedError(`Rate limit of ${context.max} requests per ${context.after} exceeded.`, Math.ceil(context.ttl / 1000)),
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: `${options.service} service`, version: options.version ?? '0.1.0', description: options.description ?? '' },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: { Problem: ProblemSchema },
      },
      tags: options.tags ?? [],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string | undefined) ?? `def-${i}` },
    transform: ({ schema, url }) => ({ schema: documentedRequest(schema as RouteSchema | undefined) as typeof schema, url }),
    // Only OpenAPI documents are made here (`openapi` above), never Swagger 2.
    transformObject: (document) => withOptionalBodies((document as { openapiObject: OpenApiDocument }).openapiObject) as object,
  });
  if (options.exposeInternals !== false) await registerInternals(app, app);

  // Every documented route also documents its problem responses, as the error handler sends them.
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) methods.add(method);
    const schema = route.schema as RouteSchema | undefined;
    if (schema?.optionalBody) route.preValidation = [emptyBody, ...[route.preValidation ?? []].flat()];
    if (!schema?.response || schema.hide) return;
    schema.response = withProblemResponses(schema.response);
  });

  registerHealth(app, options.readiness ?? {});

  app.setNotFoundHandler((request, reply) => {
    const problem = problemFor(new AppError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}.`), request.id);
    void reply.code(404).type('application/problem+json').send(problem);
  });

  return app;
}

interface RouteSchema {
  optionalBody?: boolean;
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  headers?: unknown;
  response?: Record<string, unknown>;
  hide?: boolean;
}

const PROBLEM_CONTENT = 'application/problem+json';
const problemResponse = { description: 'Problem details (RFC 9457)', content: { [PROBLEM_CONTENT]: { schema: ProblemSchema } } };

/**
 * The response schemas with every error status (4xx, 5xx, and any a route names itself) sent as
 * problem+json, the content type the error handler answers with.
 */
function withProblemResponses(response: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { '4xx': problemResponse, '5xx': problemResponse };
  for (const [status, schema] of Object.entries(response)) {
    const isError = /^[45]/.test(status);
    const hasContent = typeof schema === 'object' && schema !== null && 'content' in schema;
    result[status] =
      isError && !hasContent ? { description: 'Problem details (RFC 9457)', content: { [PROBLEM_CONTENT]: { schema } } } : schema;
  }
  return result;
}

const OPTIONAL_BODY = 'x-optional-body';

/** An absent body is an empty one, for a route whose body may be left out; a JSON `null` is still a body, and refused. */
async function emptyBody(request: FastifyRequest): Promise<void> {
  if (request.body === undefined) request.body = {};
}

/** The route's schema as documented: its request parts state the text rules the validator applies. */
function documentedRequest(schema: RouteSchema | undefined): Record<string, unknown> | undefined {
  if (!schema) return schema;
  const { optionalBody, ...copy } = schema as RouteSchema & Record<string, unknown>;
  for (const part of ['body', 'querystring', 'params', 'headers'] as const) if (copy[part]) copy[part] = documentTextRules(copy[part]);
  // Swagger copies `x-` keys onto the operation; `withOptionalBodies` reads it there and takes it off.
  return optionalBody ? { ...copy, [OPTIONAL_BODY]: true } : copy;
}

type OpenApiOperation = { requestBody?: { required?: boolean }; [OPTIONAL_BODY]?: boolean };
type OpenApiDocument = { paths?: Record<string, Record<string, OpenApiOperation>> };

function withOptionalBodies(document: OpenApiDocument): OpenApiDocument {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      if (typeof operation !== 'object' || !operation[OPTIONAL_BODY]) continue;
      delete operation[OPTIONAL_BODY];
      if (operation.requestBody) operation.requestBody.required = false;
    }
  }
  return document;
}

interface FastifyLikeError extends Error {
  statusCode?: number;
  code?: string;
  validation?: unknown;
  validationContext?: string;
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as FastifyLikeError;
  if (e.validation) {
    const errors = validationErrors(e.validation, e.validationContext);
    return new AppError('VALIDATION_FAILED', `The request ${e.validationContext ?? 'body'} is not valid.`, { errors });
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 500) return new AppError('INTERNAL', 'An unexpected error occurred.');
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('VALIDATION_FAILED', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('VALIDATION_FAILED', 'The request body is empty but the content type is JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than the limit.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
  }
  if (error instanceof SyntaxError) return new AppError('VALIDATION_FAILED', 'The request body is not valid JSON.');
  return new AppError(codeForStatus(status), e.message || 'The request was refused.');
}

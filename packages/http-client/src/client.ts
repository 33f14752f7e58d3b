import { AppError, UpstreamUnavailableError, type ErrorCode, type FieldError } from '@shop/errors/errors';
import { requestIdOf } from '@shop/logging/context';
import { SpanKind, inSpan, injectContext } from '@shop/logging/tracing';
import { Pool } from 'undici';

/** A problem+json answer from another service, kept with its code so callers can branch on it. */
export class UpstreamProblemError extends AppError {
  constructor(
    readonly upstream: string,
    readonly status: number,
    readonly problem: { code?: string; detail?: string; errors?: FieldError[]; [k: string]: unknown },
  ) {
    super((problem.code as ErrorCode | undefined) ?? 'INTERNAL', problem.detail ?? `${upstream} answered ${status}`, {
      ...(problem.errors ? { errors: problem.errors } : {}),
    });
  }
}

export interface ServiceClientOptions {
  /** Name used in errors, logs and spans: "catalog", "inventory"... */
  upstream: string;
  baseUrl: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** Extra attempts for idempotent calls (GET, PUT, DELETE, or any call with an Idempotency-Key). */
  retries?: number;
  backoffMs?: number;
  /** Bearer token for each call (a service token, say). */
  token?: () => Promise<string>;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  idempotencyKey?: string;
  /** Forward this bearer token instead of the client's own (acting for a user). */
  bearer?: string;
}

export interface ServiceResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRYABLE_STATUS = new Set([502, 503, 504]);

export interface ServiceClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<ServiceResponse<T>>;
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Closes the kept-alive connections (shutdown, tests); idle ones never hold the process open. */
  close(): Promise<void>;
}

/** Codes of a connection that was never made: the request certainly did not reach the service. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A `Headers` built on first use only: few callers read them. */
function lazyHeaders(raw: Record<string, string | string[] | undefined>): () => Headers {
  let built: Headers | undefined;
  return () => {
    if (built) return built;
    built = new Headers();
    for (const [name, value] of Object.entries(raw)) {
      if (Array.isArray(value)) for (const v of value) built.append(name, v);
      else if (value !== undefined) built.append(name, value);
    }
    return built;
  };
}

/**
 * HTTP client for calls between services: a timeout per attempt, bounded retries with backoff
 * for idempotent calls only, the request id and W3C trace context propagated, and problem+json
 * answers turned into typed errors. Timeouts, refused connections and 5xx become
 * `UpstreamUnavailableError` (503 to our caller); 4xx become `UpstreamProblemError`.
 */
export function createServiceClient(options: ServiceClientOptions): ServiceClient {
  const base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  // undici's own API on a keep-alive pool to the one origin: the same engine as global fetch
  // without the WHATWG Request/Response layers, which cost most of fetch's CPU per call.
  const pool = new Pool(base.origin);
  const timeoutMs = options.timeoutMs ?? 3_000;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 100;

  /** The request target under the base URL (strings, not a WHATWG URL: this runs on every call). */
  function url(path: string, query?: RequestOptions['query']): { path: string; href: string } {
    // The pool talks to one origin; a path that names another would be sent to the wrong host.
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(path)) throw new Error(`${options.upstream}: ${path} is not under ${options.baseUrl}`);
    let target = base.pathname + (path.startsWith('/') ? path.slice(1) : path);
    if (query) {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) if (v !== undefined) search.set(k, String(v));
      const text = search.toString();
      if (text) target += (target.includes('?') ? '&' : '?') + text;
    }
    return { path: target, href: base.origin + target };
  }

  async function attempt<T>(method: string, target: { path: string }, init: RequestOptions): Promise<ServiceResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...init.headers };
    const requestId = requestIdOf();
    if (requestId) headers['x-request-id'] = requestId;
    injectContext(headers);
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
    const bearer = init.bearer ?? (options.token ? await options.token() : undefined);
    if (bearer) headers['authorization'] = `Bearer ${bearer}`;

    // One deadline for the whole attempt, connecting and reading the body included.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new DOMException('The call timed out.', 'TimeoutError')), timeoutMs);
    let status: number;
    let rawHeaders: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const response = await pool.request({
        method: method as 'GET',
        path: target.path,
        headers,
        body: init.body !== undefined ? JSON.stringify(init.body) : null,
        signal: abort.signal,
      });
      status = response.statusCode;
      rawHeaders = response.headers;
      text = await response.body.text();
    } catch (error) {
      // Refused or unresolvable: the request never reached the service. Anything else (a
      // timeout, a reset, an answer cut short) may have happened after it was applied.
      const notSent = NOT_SENT.has(errorCode(error) ?? '');
      throw new UpstreamUnavailableError(options.upstream, error, { certainlyNotApplied: notSent });
    } finally {
      clearTimeout(timer);
    }
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    // The platform's services answer 5xx only when nothing was applied (their transaction failed).
    if (status >= 500)
      throw Object.assign(new UpstreamUnavailableError(options.upstream, undefined, { certainlyNotApplied: true }), { status });
    if (status >= 400) {
      const problem = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : { detail: String(body) };
      throw new UpstreamProblemError(options.upstream, status, problem);
    }
    const headersOf = lazyHeaders(rawHeaders);
    return {
      status,
      body: body as T,
      get headers() {
        return headersOf();
      },
    };
  }

  async function request<T>(method: string, path: string, init: RequestOptions = {}): Promise<ServiceResponse<T>> {
    const target = url(path, init.query);
    const canRetry = IDEMPOTENT.has(method) || init.idempotencyKey !== undefined;
    const attempts = canRetry ? retries + 1 : 1;
    return inSpan(
      options.upstream,
      `${method} ${options.upstream}`,
      { kind: SpanKind.CLIENT, attributes: { 'http.request.method': method, 'url.full': target.href } },
      async () => {
        for (let n = 1; ; n++) {
          try {
            return await attempt<T>(method, target, init);
          } catch (error) {
            const transient =
              error instanceof UpstreamUnavailableError &&
              (!('status' in error) || RETRYABLE_STATUS.has((error as { status: number }).status));
            if (!transient || n >= attempts) throw error;
            await new Promise((r) => setTimeout(r, backoffMs * 2 ** (n - 1) * (0.5 + Math.random())));
          }
        }
      },
    );
  }

  return {
    request,
    get: async (path, o) => (await request('GET', path, o)).body as never,
    post: async (path, body, o) => (await request('POST', path, { ...o, body })).body as never,
    put: async (path, body, o) => (await request('PUT', path, { ...o, body })).body as never,
    patch: async (path, body, o) => (await request('PATCH', path, { ...o, body })).body as never,
    delete: async (path, o) => (await request('DELETE', path, o)).body as never,
    close: () => pool.close(),
  };
}

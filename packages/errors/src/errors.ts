/**
 * Stable error codes shared by every service. The HTTP kit maps each code to a status;
 * domain code only ever throws these classes and never knows about HTTP.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_STATE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'PAYMENT_DECLINED'
  | 'RATE_LIMITED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL';

export interface FieldError {
  /** JSON pointer into the request, e.g. `/items/0/quantity`. */
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** Extra members rendered into the problem document (e.g. `orderId`, `skus`). */
  extensions?: Record<string, unknown>;
  errors?: FieldError[];
  /** Seconds a client should wait before retrying (rate limits, upstream outages). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** An expected failure with a stable code; safe to show to the caller. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly extensions: Record<string, unknown>;
  readonly errors: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, detail: string, options: AppErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.extensions = options.extensions ?? {};
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export class ValidationError extends AppError {
  constructor(detail: string, errors?: FieldError[]) {
    super('VALIDATION_FAILED', detail, errors ? { errors } : {});
  }
}

export class UnauthenticatedError extends AppError {
  constructor(detail = 'Authentication is required.') {
    super('UNAUTHENTICATED', detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'You are not allowed to do this.') {
    super('FORBIDDEN', detail);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super('CONFLICT', detail, extensions ? { extensions } : {});
  }
}

export class InvalidStateError extends AppError {
  constructor(detail: string) {
    super('INVALID_STATE', detail);
  }
}

export class RateLimitedError extends AppError {
  constructor(detail: string, retryAfterSeconds: number) {
    super('RATE_LIMITED', detail, { retryAfterSeconds });
  }
}

/** A dependency (another service, a store) did not answer in time or answered with a 5xx. */
export class UpstreamUnavailableError extends AppError {
  /**
   * True when the request certainly had no effect there: the connection was refused, or the
   * dependency answered with an error. False when the answer was lost (a timeout, a reset) and
   * the request may have been carried out.
   */
  readonly certainlyNotApplied: boolean;

  constructor(upstream: string, cause?: unknown, options: { certainlyNotApplied?: boolean } = {}) {
    super('UPSTREAM_UNAVAILABLE', `${upstream} is unavailable. Please retry shortly.`, {
      cause,
      retryAfterSeconds: 1,
      extensions: { upstream },
    });
    this.certainlyNotApplied = options.certainlyNotApplied ?? false;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

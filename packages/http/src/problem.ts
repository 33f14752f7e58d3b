import { type AppError, type ErrorCode, type FieldError } from '@shop/errors/errors';

/** The one table that turns a stable error code into an HTTP status and a title. */
export const PROBLEM_TABLE: Readonly<Record<ErrorCode, { status: number; title: string }>> = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication required' },
  FORBIDDEN: { status: 403, title: 'Forbidden' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  CONFLICT: { status: 409, title: 'Conflict' },
  INSUFFICIENT_STOCK: { status: 409, title: 'Insufficient stock' },
  INVALID_STATE: { status: 409, title: 'Invalid state for this action' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Request body too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'Idempotency key reused with another request' },
  PAYMENT_DECLINED: { status: 402, title: 'Payment declined' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  UPSTREAM_UNAVAILABLE: { status: 503, title: 'A dependency is unavailable' },
  INTERNAL: { status: 500, title: 'Internal server error' },
};

/**
 * Codes of errors the HTTP server raises itself, before any route runs (a URL or headers too
 * large for it, a request it timed out): no domain code throws them, so they live in this kit.
 */
export type ServerErrorCode = 'METHOD_NOT_ALLOWED' | 'REQUEST_TIMEOUT' | 'URI_TOO_LONG' | 'EXPECTATION_FAILED' | 'HEADERS_TOO_LARGE';

export const SERVER_PROBLEM_TABLE: Readonly<Record<ServerErrorCode, { status: number; title: string }>> = {
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  REQUEST_TIMEOUT: { status: 408, title: 'Request timeout' },
  URI_TOO_LONG: { status: 414, title: 'URI too long' },
  EXPECTATION_FAILED: { status: 417, title: 'Expectation failed' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Request headers too large' },
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode | ServerErrorCode;
  detail: string;
  errors?: FieldError[];
  requestId: string;
  [extension: string]: unknown;
}

export function problemType(code: ErrorCode | ServerErrorCode): string {
  return `https://errors.shop.local/${code.toLowerCase().replace(/_/g, '-')}`;
}

export function problemFor(error: AppError, requestId: string): Problem {
  return problemOf(error.code, error.message, requestId, error.extensions, error.errors);
}

/** The problem for an error of the HTTP server's own, which no `AppError` is behind. */
export function serverProblem(code: ErrorCode | ServerErrorCode, detail: string, requestId: string): Problem {
  return problemOf(code, detail, requestId);
}

const EVERY_CODE: Readonly<Record<ErrorCode | ServerErrorCode, { status: number; title: string }>> = {
  ...PROBLEM_TABLE,
  ...SERVER_PROBLEM_TABLE,
};

function problemOf(
  code: ErrorCode | ServerErrorCode,
  detail: string,
  requestId: string,
  extensions: Record<string, unknown> = {},
  errors?: FieldError[],
): Problem {
  const { status, title } = EVERY_CODE[code];
  return { ...extensions, type: problemType(code), title, status, code, detail, ...(errors ? { errors } : {}), requestId };
}

/** Status → code for errors raised by Fastify and its plugins rather than by our code. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'UPSTREAM_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
  }
}

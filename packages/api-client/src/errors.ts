/** One field-level validation failure from a problem+json body. */
export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem+json answer (or any non-2xx answer) from the gateway, as a typed error. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  /** The contract's stable code (`PAYMENT_DECLINED`, `VALIDATION_FAILED`, ...); `HTTP_<status>` when the body had none. */
  readonly code: string;
  readonly detail: string;
  readonly errors: FieldError[];
  /** Present on a 402 `PAYMENT_DECLINED` from `POST /api/v1/orders`. */
  readonly orderId: string | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, body: unknown) {
    const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const detail = str(problem['detail']) ?? str(problem['title']) ?? `HTTP ${status}`;
    super(detail);
    this.status = status;
    this.code = str(problem['code']) ?? `HTTP_${status}`;
    this.detail = detail;
    this.errors = Array.isArray(problem['errors']) ? (problem['errors'] as FieldError[]) : [];
    this.orderId = str(problem['orderId']);
    this.requestId = str(problem['requestId']);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/**
 * The problem's own words for a person: its `detail`, then each field error as `path: message`
 * (the `/body/` prefix dropped). Undefined when `error` is not an `ApiError`.
 */
export function describeProblem(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const fields = error.errors.map((e) => `${e.path.replace(/^\/(body|querystring|params)\/?/, '') || 'request'}: ${e.message}`);
  return [error.detail, ...fields].join(' ');
}

import { describeProblem, isApiError } from '@shop/api-client/errors';

/**
 * What went wrong, for staff: the problem's own detail and field errors (they are written for
 * people), its code and request id so a report can be traced in the logs.
 */
export function messageOf(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (!isApiError(error)) return fallback;
  if (error.status >= 500 && error.status !== 503)
    return `The platform failed (${error.code}${error.requestId ? `, request ${error.requestId}` : ''}).`;
  const text = describeProblem(error) ?? fallback;
  return error.requestId ? `${text} (${error.code}, request ${error.requestId})` : `${text} (${error.code})`;
}

/** Field errors of a 400 problem, keyed by the body property they name. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const e of error.errors) {
    const key = e.path.replace(/^\/(body|querystring|params)\//, '').split('/')[0] ?? '';
    if (key && !out[key]) out[key] = e.message;
  }
  return out;
}

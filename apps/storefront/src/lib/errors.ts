import { isApiError } from '@shop/api-client/errors';

/** A sentence for the customer from a gateway error; never internal details. */
export function messageOf(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (!isApiError(error)) return fallback;
  if (error.status >= 500) return 'The shop is not answering right now. Please try again in a moment.';
  if (error.errors.length) return error.errors.map((e) => e.message).join('; ');
  return error.detail || fallback;
}

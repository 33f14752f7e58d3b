import { notFound, redirect } from 'next/navigation';
import { isApiError } from '@shop/api-client/errors';
import { messageOf } from './errors';

export type Loaded<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Runs a gateway read for a page: a 401 (session revoked) goes to sign-in, a 404 to the not-found
 * page when `notFoundOn404`, and any other failure becomes a message the page shows in place.
 */
export async function load<T>(read: () => Promise<T>, options: { notFoundOn404?: boolean } = {}): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    if (isApiError(error) && error.status === 401) redirect('/login');
    if (options.notFoundOn404 && isApiError(error) && error.status === 404) notFound();
    return { ok: false, error: messageOf(error) };
  }
}

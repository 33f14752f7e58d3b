import { notFound, redirect } from 'next/navigation';
import { isApiError } from '@shop/api-client/errors';
import { api } from './api';
import { getCustomer } from './session';

/** The signed-in customer's order, or the login page, or 404 (others' orders are 404 at the API too). */
export async function loadOrder(id: string, back: string) {
  if (!(await getCustomer())) redirect(`/login?next=${encodeURIComponent(back)}`);
  try {
    return await (await api()).getOrder(id);
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  }
}

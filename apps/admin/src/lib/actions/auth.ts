'use server';

import { redirect } from 'next/navigation';
import { isApiError } from '@shop/api-client/errors';
import { publicApi } from '../api';
import { messageOf } from '../errors';
import { text, type FormState } from '../form';
import { safeNext, session } from '../session';

export async function login(_prev: FormState, form: FormData): Promise<FormState> {
  const email = text(form, 'email');
  const password = String(form.get('password') ?? '');
  if (!email || !password) return { message: 'Enter your email and password.' };
  const client = await publicApi();
  try {
    const auth = await client.login(email, password);
    if (auth.user.role !== 'admin') {
      // A valid customer: end the session it just opened, and say why they cannot come in.
      await client.logout(auth.refreshToken).catch(() => undefined);
      return { message: 'This account is not a staff account. Only administrators can sign in to the admin app.' };
    }
    await session.set(auth);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return { message: 'The email or password is incorrect.' };
    if (isApiError(error) && error.status === 403) return { message: 'This account is deactivated.' };
    if (isApiError(error) && error.status === 429) return { message: 'Too many attempts. Please wait a few minutes and try again.' };
    return { message: messageOf(error) };
  }
  redirect(safeNext(form.get('next')));
}

export async function logout() {
  // The refresh token alone revokes the session: an admin whose access token lapsed still signs out.
  await session.signOut(async (refreshToken) => (await publicApi()).logout(refreshToken));
  redirect('/login');
}

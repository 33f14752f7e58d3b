'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { isApiError } from '@shop/api-client/errors';
import { api, publicApi } from './api';
import { messageOf } from './errors';
import { cartIdForWrite, currentCartId, getCustomer, getGuestId, safeNext, session, GUEST_COOKIE } from './session';
import { cookies } from 'next/headers';

export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

async function signedIn(auth: { accessToken: string; refreshToken: string; expiresIn: number; user: { id: string } }) {
  await session.set(auth);
  // The cookie set above is not visible to this request's reads, so merge with the new token directly.
  const guestId = await getGuestId();
  if (guestId) {
    try {
      await (await publicApi()).withToken(auth.accessToken).mergeCart(auth.user.id, guestId);
    } catch {
      // nothing to merge
    }
    (await cookies()).delete(GUEST_COOKIE);
  }
}

export async function login(_prev: FormState, form: FormData): Promise<FormState> {
  const email = text(form, 'email');
  const password = String(form.get('password') ?? '');
  if (!email || !password) return { message: 'Enter your email and password.' };
  try {
    await signedIn(await (await publicApi()).login(email, password));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return { message: 'The email or password is incorrect.' };
    if (isApiError(error) && error.status === 429) return { message: 'Too many attempts. Please wait a few minutes and try again.' };
    return { message: messageOf(error) };
  }
  revalidatePath('/', 'layout');
  redirect(safeNext(form.get('next')));
}

export async function register(_prev: FormState, form: FormData): Promise<FormState> {
  const body = { firstName: text(form, 'firstName'), lastName: text(form, 'lastName'), email: text(form, 'email') };
  const password = String(form.get('password') ?? '');
  const fieldErrors: Record<string, string> = {};
  if (!body.firstName) fieldErrors['firstName'] = 'Enter your first name.';
  if (!body.lastName) fieldErrors['lastName'] = 'Enter your last name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) fieldErrors['email'] = 'Enter a valid email address.';
  if (password.length < 8 || password.length > 128) fieldErrors['password'] = 'Use 8 to 128 characters.';
  if (Object.keys(fieldErrors).length) return { message: 'Please correct the highlighted fields.', fieldErrors };
  try {
    await signedIn(await (await publicApi()).register({ ...body, password }));
  } catch (error) {
    if (isApiError(error) && error.status === 409) return { message: 'An account with this email already exists. Sign in instead.' };
    return { message: messageOf(error) };
  }
  revalidatePath('/', 'layout');
  redirect(safeNext(form.get('next')));
}

export async function logout() {
  // The refresh token alone revokes the session: a customer whose access token lapsed still signs out.
  await session.signOut(async (refreshToken) => (await publicApi()).logout(refreshToken));
  revalidatePath('/', 'layout');
  redirect('/');
}

export async function addToCart(_prev: FormState, form: FormData): Promise<FormState> {
  const productId = text(form, 'productId');
  const quantity = Number(form.get('quantity'));
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 99) return { message: 'Choose a quantity from 1 to 99.' };
  try {
    await (await api()).addToCart(await cartIdForWrite(), productId, quantity);
  } catch (error) {
    if (isApiError(error) && error.code === 'INSUFFICIENT_STOCK') return { message: 'Sorry, there is not enough stock for that quantity.' };
    return { message: messageOf(error) };
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: `Added ${quantity} to your cart.` };
}

export async function updateCartLine(form: FormData) {
  const cartId = await currentCartId();
  const productId = text(form, 'productId');
  const quantity = form.get('intent') === 'remove' ? 0 : Number(form.get('quantity'));
  let error = '';
  if (!cartId) return;
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > 99) error = 'Choose a quantity from 0 to 99.';
  else {
    try {
      const client = await api();
      if (quantity === 0) await client.removeFromCart(cartId, productId);
      else await client.setCartQuantity(cartId, productId, quantity);
    } catch (e) {
      error = isApiError(e) && e.code === 'INSUFFICIENT_STOCK' ? 'Sorry, there is not enough stock for that quantity.' : messageOf(e);
    }
  }
  revalidatePath('/', 'layout');
  redirect(error ? `/cart?error=${encodeURIComponent(error)}` : '/cart');
}

export async function updateProfile(_prev: FormState, form: FormData): Promise<FormState> {
  const body = { firstName: text(form, 'firstName'), lastName: text(form, 'lastName'), phone: text(form, 'phone') || undefined };
  if (!body.firstName || !body.lastName) return { message: 'First and last name are required.' };
  try {
    await (await api()).updateProfile(body);
    revalidatePath('/account');
    return { ok: true, message: 'Your profile was saved.' };
  } catch (error) {
    return { message: messageOf(error) };
  }
}

export async function changePassword(_prev: FormState, form: FormData): Promise<FormState> {
  const current = String(form.get('currentPassword') ?? '');
  const next = String(form.get('newPassword') ?? '');
  if (next.length < 8 || next.length > 128) return { message: 'The new password needs 8 to 128 characters.' };
  const customer = await getCustomer();
  try {
    await (await api()).changePassword(current, next);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return { message: 'The current password is incorrect.' };
    return { message: messageOf(error) };
  }
  // Changing the password revokes every refresh token: sign in again with the new one.
  try {
    if (customer) await session.set(await (await publicApi()).login(customer.email, next));
  } catch {
    await session.clear();
  }
  return { ok: true, message: 'Your password was changed.' };
}

export async function cancelOrder(form: FormData) {
  const id = text(form, 'orderId');
  let error = '';
  try {
    await (await api()).cancelOrder(id);
  } catch (e) {
    error = isApiError(e) && e.code === 'INVALID_STATE' ? 'This order can no longer be cancelled.' : messageOf(e);
  }
  revalidatePath(`/account/orders/${id}`);
  redirect(`/account/orders/${encodeURIComponent(id)}${error ? `?error=${encodeURIComponent(error)}` : '?cancelled=1'}`);
}

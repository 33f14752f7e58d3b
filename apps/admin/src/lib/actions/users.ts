'use server';

import { revalidatePath } from 'next/cache';
import { api } from '../api';
import { messageOf } from '../errors';
import { text, type FormState } from '../form';
import { getStaff } from '../session';

export async function changeRole(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'userId');
  const role = text(form, 'role');
  if (role !== 'admin' && role !== 'customer') return { message: 'Choose a role.' };
  if ((await getStaff())?.id === id && role !== 'admin') return { message: 'You cannot take the admin role from yourself.' };
  try {
    const user = await (await api()).patchUser(id, { role });
    revalidatePath('/users');
    return { ok: true, message: `${user.email} is now ${user.role === 'admin' ? 'an admin' : 'a customer'}.` };
  } catch (error) {
    return { message: messageOf(error) };
  }
}

export async function setActive(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'userId');
  const isActive = text(form, 'isActive') === 'true';
  if ((await getStaff())?.id === id && !isActive) return { message: 'You cannot deactivate your own account.' };
  try {
    const user = await (await api()).patchUser(id, { isActive });
    revalidatePath('/users');
    return { ok: true, message: `${user.email} is ${user.isActive ? 'active again' : 'deactivated and cannot sign in'}.` };
  } catch (error) {
    return { message: messageOf(error) };
  }
}

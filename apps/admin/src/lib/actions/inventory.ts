'use server';

import { revalidatePath } from 'next/cache';
import { api } from '../api';
import { fieldErrorsOf, messageOf } from '../errors';
import { parseCount, text, type FormState } from '../form';

export async function setStock(_prev: FormState, form: FormData): Promise<FormState> {
  const sku = text(form, 'sku');
  const quantity = parseCount(text(form, 'quantity'));
  const location = text(form, 'location');
  if (quantity === null)
    return { message: 'Please correct the highlighted fields.', fieldErrors: { quantity: 'Enter a whole number from 0 to 10,000,000.' } };
  if (location.length > 255)
    return { message: 'Please correct the highlighted fields.', fieldErrors: { location: 'Up to 255 characters.' } };
  try {
    const stock = await (await api()).putStock(sku, { quantity, location: location || null });
    revalidatePath('/inventory');
    revalidatePath(`/inventory/${sku}`);
    return { ok: true, message: `${sku}: ${stock.quantity} on hand, ${stock.availableQuantity} available.` };
  } catch (error) {
    // 409 when the new quantity is below what is reserved: the inventory service says by how much.
    return { message: messageOf(error), fieldErrors: fieldErrorsOf(error) };
  }
}

'use server';

import { revalidatePath } from 'next/cache';
import { api } from '../api';
import { fieldErrorsOf, messageOf } from '../errors';
import { redirectWithFlash } from '../flash';
import { parseCount, text, type FormState } from '../form';
import { readProduct } from '../product-form';

export async function saveProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const { body, fieldErrors } = readProduct(form);
  const stockText = text(form, 'stock');
  const location = text(form, 'location');
  const stock = stockText ? parseCount(stockText) : null;
  if (!id && stockText && stock === null) fieldErrors['stock'] = 'Enter a whole number from 0.';
  if (Object.keys(fieldErrors).length) return { message: 'Please correct the highlighted fields.', fieldErrors };

  const client = await api();
  let createdId: string;
  try {
    if (id) {
      const product = await client.updateProduct(id, body);
      revalidatePath('/products');
      revalidatePath(`/products/${id}`);
      return { ok: true, message: `Saved ${product.name}.` };
    }
    createdId = (await client.createProduct(body)).id;
  } catch (error) {
    return { message: messageOf(error), fieldErrors: fieldErrorsOf(error) };
  }
  let stockError = '';
  if (stock !== null) {
    try {
      await client.putStock(body.sku, { quantity: stock, location: location || null });
    } catch (error) {
      stockError = messageOf(error);
    }
  }
  revalidatePath('/products');
  if (stockError) redirectWithFlash(`/products/${createdId}`, `The product was created, but its stock was not set: ${stockError}`, 'error');
  redirectWithFlash(`/products/${createdId}`, 'The product was created.');
}

export async function deactivateProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  try {
    await (await api()).deactivateProduct(id);
  } catch (error) {
    return { message: messageOf(error) };
  }
  revalidatePath('/products');
  redirectWithFlash(`/products/${id}`, 'The product is deactivated: customers no longer see it.');
}

export async function reactivateProduct(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  try {
    await (await api()).updateProduct(id, { isActive: true });
  } catch (error) {
    return { message: messageOf(error) };
  }
  revalidatePath('/products');
  redirectWithFlash(`/products/${id}`, 'The product is active again.');
}

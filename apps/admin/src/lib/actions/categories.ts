'use server';

import { revalidatePath } from 'next/cache';
import type { CreateCategoryBody } from '@shop/api-client/types';
import { api } from '../api';
import { fieldErrorsOf, messageOf } from '../errors';
import { redirectWithFlash } from '../flash';
import { text, type FormState } from '../form';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readCategory(form: FormData) {
  const fieldErrors: Record<string, string> = {};
  const name = text(form, 'name');
  const slug = text(form, 'slug');
  const description = text(form, 'description');
  const parentId = text(form, 'parentId');
  if (!name || name.length > 200) fieldErrors['name'] = 'Enter a name (up to 200 characters).';
  if (slug && (!SLUG.test(slug) || slug.length > 120)) fieldErrors['slug'] = 'Lower-case letters, digits and single hyphens.';
  if (description.length > 2000) fieldErrors['description'] = 'Up to 2,000 characters.';
  const body: CreateCategoryBody = { name, description, parentId: parentId || null };
  if (slug) body.slug = slug;
  return { body, fieldErrors };
}

export async function saveCategory(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  const { body, fieldErrors } = readCategory(form);
  if (id && body.parentId === id) fieldErrors['parentId'] = 'A category cannot be its own parent.';
  if (Object.keys(fieldErrors).length) return { message: 'Please correct the highlighted fields.', fieldErrors };
  try {
    const client = await api();
    const category = id ? await client.updateCategory(id, body) : await client.createCategory(body);
    revalidatePath('/categories');
    return { ok: true, message: id ? `Saved ${category.name}.` : `Created ${category.name}.` };
  } catch (error) {
    return { message: messageOf(error), fieldErrors: fieldErrorsOf(error) };
  }
}

export async function deleteCategory(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, 'id');
  try {
    await (await api()).deleteCategory(id);
  } catch (error) {
    // The catalog refuses (409) while products or subcategories use it; its message says which.
    return { message: messageOf(error) };
  }
  revalidatePath('/categories');
  redirectWithFlash('/categories', 'The category was deleted.');
}

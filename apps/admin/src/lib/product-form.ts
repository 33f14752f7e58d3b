import type { CreateProductBody } from '@shop/api-client/types';
import { parseMoney, text } from './form';

const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IMAGE = /^(https?:\/\/|\/)/;

/** "12" and "4.5" become numbers, "true"/"false" booleans, everything else stays text (as the catalog stores them). */
export function specValue(raw: string): string | number | boolean {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(raw) && raw.length < 16) return Number(raw);
  return raw;
}

/** The form's fields as the catalog's body, with the errors a person can fix before asking the API. */
export function readProduct(form: FormData): { body: CreateProductBody; fieldErrors: Record<string, string> } {
  const e: Record<string, string> = {};
  const name = text(form, 'name');
  const slug = text(form, 'slug');
  const sku = text(form, 'sku');
  const priceText = text(form, 'price');
  const brand = text(form, 'brand');
  const description = String(form.get('description') ?? '');
  const imageUrl = text(form, 'imageUrl');
  const categoryId = text(form, 'categoryId');
  if (!name) e['name'] = 'Enter a name.';
  else if (name.length > 200) e['name'] = 'Up to 200 characters.';
  if (slug && (!SLUG.test(slug) || slug.length > 120)) e['slug'] = 'Lower-case letters, digits and single hyphens, e.g. "blue-mug".';
  if (!sku) e['sku'] = 'Enter a SKU.';
  else if (!SKU.test(sku) || sku.length > 100) e['sku'] = 'Letters, digits, ".", "_" and "-", starting with a letter or digit.';
  const price = parseMoney(priceText);
  if (price === null) e['price'] = 'Enter a price from 0 to 1,000,000 with at most 2 decimals, e.g. 19.99.';
  if (brand.length > 100) e['brand'] = 'Up to 100 characters.';
  if (description.length > 10_000) e['description'] = 'Up to 10,000 characters.';
  if (imageUrl && (!IMAGE.test(imageUrl) || imageUrl.length > 2000))
    e['imageUrl'] = 'Start with https://, http:// or / (a path on the gateway).';

  const keys = form.getAll('specKey').map((v) => String(v).trim());
  const values = form.getAll('specValue').map((v) => String(v).trim());
  const specifications: Record<string, string | number | boolean> = {};
  keys.forEach((key, i) => {
    const value = values[i] ?? '';
    if (!key && !value) return;
    if (!key) e['specifications'] = `Row ${i + 1} has a value but no name.`;
    else if (key.length > 100) e['specifications'] = `Row ${i + 1}: the name is longer than 100 characters.`;
    else if (value.length > 500) e['specifications'] = `Row ${i + 1}: the value is longer than 500 characters.`;
    else if (key in specifications) e['specifications'] = `"${key}" appears twice.`;
    else specifications[key] = specValue(value);
  });
  if (Object.keys(specifications).length > 50) e['specifications'] = 'At most 50 specifications.';

  const body: CreateProductBody = {
    name,
    sku,
    price: price ?? 0,
    brand,
    description,
    categoryId: categoryId || null,
    imageUrl: imageUrl || null,
    specifications,
    isActive: form.get('isActive') === 'on',
  };
  if (slug) body.slug = slug;
  return { body, fieldErrors: e };
}

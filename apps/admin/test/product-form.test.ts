import { describe, expect, it } from 'vitest';
import { readProduct, specValue } from '../src/lib/product-form';

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};

const valid = { name: 'Desk lamp', sku: 'LAMP-1', price: '49.90', isActive: 'on' };

describe('product form', () => {
  it('when every field is valid, then it becomes the catalog body with typed specifications', () => {
    const { body, fieldErrors } = readProduct(
      form({
        ...valid,
        brand: 'Lumen',
        imageUrl: '/api/v1/products/p1/image.svg',
        specKey: ['Watts', 'Dimmable', 'Colour', ''],
        specValue: ['9', 'true', 'Brass', ''],
      }),
    );
    expect(fieldErrors).toEqual({});
    expect(body).toMatchObject({ name: 'Desk lamp', sku: 'LAMP-1', price: 49.9, brand: 'Lumen', isActive: true, categoryId: null });
    expect(body.specifications).toEqual({ Watts: 9, Dimmable: true, Colour: 'Brass' });
    expect(body).not.toHaveProperty('slug');
  });

  it('when fields break the catalog rules, then each is named with a fix', () => {
    const { fieldErrors } = readProduct(
      form({
        name: ' ',
        sku: '-bad sku',
        price: '12.345',
        slug: 'Not A Slug',
        imageUrl: 'ftp://x',
        specKey: ['', 'a', 'a'],
        specValue: ['x', '1', '2'],
      }),
    );
    expect(Object.keys(fieldErrors).sort()).toEqual(['imageUrl', 'name', 'price', 'sku', 'slug', 'specifications']);
  });

  it('when a price is above the maximum, then it is refused', () => {
    expect(readProduct(form({ ...valid, price: '1000000.01' })).fieldErrors['price']).toBe(
      'Enter a price from 0 to 1,000,000 with at most 2 decimals, e.g. 19.99.',
    );
    expect(readProduct(form({ ...valid, price: '1000000' })).fieldErrors['price']).toBeUndefined();
  });

  it('when a value only looks numeric with a leading zero, then it stays text', () => {
    expect(specValue('007')).toBe('007');
    expect(specValue('0.5')).toBe(0.5);
    expect(specValue('-3')).toBe(-3);
  });
});

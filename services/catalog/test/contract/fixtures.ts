import { randomUUID } from 'node:crypto';
import type { Category, Product } from '../../src/domain/product.js';
import { slugify } from '../../src/domain/product.js';

let clock = Date.parse('2026-01-01T00:00:00Z');

export function category(name: string, parentId: string | null = null): Category {
  return { id: randomUUID(), name, slug: slugify(name), description: `${name} for every day`, parentId };
}

export function product(overrides: Partial<Product> & { name: string }): Product {
  clock += 60_000;
  const at = new Date(clock);
  return {
    id: randomUUID(),
    sku: `SKU-${randomUUID().slice(0, 8).toUpperCase()}`,
    slug: slugify(overrides.name),
    description: `${overrides.name}, built to last.`,
    priceCents: 1_999,
    categoryId: null,
    brand: 'Generic',
    imageUrl: null,
    specifications: {},
    isActive: true,
    inventoryQuantity: 0,
    inventoryUpdatedAt: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A small shop: audio (headphones, speakers), computers (laptops), kitchen. */
export function shopFixture() {
  const audio = category('Audio');
  const headphones = category('Headphones', audio.id);
  const speakers = category('Speakers', audio.id);
  const computers = category('Computers');
  const laptops = category('Laptops', computers.id);
  const kitchen = category('Kitchen');
  const categories = [audio, headphones, speakers, computers, laptops, kitchen];
  const p = (name: string, brand: string, price: number, cat: Category, extra: Partial<Product> = {}) =>
    product({ name, brand, priceCents: price, categoryId: cat.id, ...extra });
  const products = [
    p('Sony WH-1000XM5 Wireless Headphones', 'Sony', 39_999, headphones, {
      description: 'Industry-leading noise cancelling over-ear headphones.',
    }),
    p('Sony WF-1000XM4 Earbuds', 'Sony', 27_999, headphones, { description: 'True wireless earbuds with noise cancelling.' }),
    p('Bose QuietComfort 45 Headphones', 'Bose', 32_900, headphones, { description: 'Comfortable wireless headphones for travel.' }),
    p('Sennheiser HD 560S Headphones', 'Sennheiser', 19_900, headphones, { description: 'Open-back reference headphones for the studio.' }),
    p('JBL Tune 510BT Headphones', 'JBL', 4_995, headphones, { description: 'Light on-ear wireless headphones with deep bass.' }),
    p('JBL Flip 6 Portable Speaker', 'JBL', 12_995, speakers, { description: 'Waterproof portable Bluetooth speaker.' }),
    p('Bose SoundLink Flex Speaker', 'Bose', 14_900, speakers, { description: 'Rugged portable speaker with clear sound.' }),
    p('Sonos Era 100 Speaker', 'Sonos', 24_900, speakers, { description: 'Smart speaker with stereo sound for any room.' }),
    p('Apple MacBook Air 13 Laptop', 'Apple', 109_900, laptops, { description: 'Thin and light laptop with all-day battery.' }),
    p('Dell XPS 13 Laptop', 'Dell', 99_900, laptops, { description: 'Compact ultrabook with an edge-to-edge display.' }),
    p('Lenovo ThinkPad X1 Carbon', 'Lenovo', 149_900, laptops, { description: 'Business laptop with a legendary keyboard.' }),
    p('Breville Barista Express Espresso Machine', 'Breville', 69_995, kitchen, {
      description: 'Espresso machine with a built-in grinder.',
    }),
    p('OXO Good Grips Salad Spinner', 'OXO', 2_999, kitchen, { description: 'Dries greens quickly with a one-handed pump.' }),
    p('Lodge Cast Iron Skillet', 'Lodge', 1_999, kitchen, { description: 'Pre-seasoned skillet that lasts for generations.' }),
    p('Retired Sony Walkman Headphones', 'Sony', 2_500, headphones, { isActive: false, description: 'Discontinued headphones.' }),
  ];
  return { categories, products, ids: { audio, headphones, speakers, computers, laptops, kitchen } };
}

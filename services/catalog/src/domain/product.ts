/** Free-form attributes shown on the product page ("Battery life": "30 h"). */
export type Specifications = Record<string, string | number | boolean>;

export interface Product {
  id: string;
  sku: string;
  name: string;
  slug: string;
  description: string;
  /** Integer cents; the API shows major units. */
  priceCents: number;
  categoryId: string | null;
  brand: string;
  imageUrl: string | null;
  specifications: Specifications;
  isActive: boolean;
  /** Available quantity as last reported by inventory (display only; inventory is the authority). */
  inventoryQuantity: number;
  /** Time of the inventory event behind `inventoryQuantity`, so an older redelivery never wins. */
  inventoryUpdatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Category {
  id: string;
  name: string;
  slug: string;
  description: string;
  parentId: string | null;
}

export type ProductSort = 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'name_asc';
export const PRODUCT_SORTS: readonly ProductSort[] = ['relevance', 'price_asc', 'price_desc', 'newest', 'name_asc'];

/** URL-safe slug from a name: "Sony WH-1000XM5 Headphones" → "sony-wh-1000xm5-headphones". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** Major units with at most two decimals → integer cents, half-up (19.999 is refused upstream by the schema). */
export function toCents(amount: number): number {
  return Math.round(amount * 100 + Number.EPSILON * Math.sign(amount));
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** The category and all its descendants, for "Audio" to include "Headphones". */
export function withDescendants(categories: readonly Category[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of categories) {
    if (!c.parentId) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out: string[] = [];
  const stack = [rootId];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Ids of a category and its ancestors, root first: what a product in it is also "in". */
export function categoryPath(categories: readonly Category[], categoryId: string | null): string[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path: string[] = [];
  let current = categoryId ? byId.get(categoryId) : undefined;
  while (current && !path.includes(current.id)) {
    path.unshift(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

/**
 * URL-safe slug from a name, the catalog's rule (services/catalog/src/domain/product.ts), so demo
 * slugs are what the catalog would have derived itself; the catalog's demo test checks they agree.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

import { ValidationError } from '@shop/errors/errors';
import type { OrderLine } from './order.js';
import type { CatalogPort } from './ports.js';

export interface WantedLine {
  productId: string;
  quantity: number;
}

/** The lines priced from the catalog now; a repeated, unknown or inactive product is a 400 naming its line. */
export async function priceLines(catalog: CatalogPort, lines: WantedLine[]): Promise<Omit<OrderLine, 'id'>[]> {
  if (lines.length === 0) throw new ValidationError('The cart is empty.', [{ path: '/items', message: 'no items to order' }]);
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.productId))
      throw new ValidationError('Each product may appear once.', [{ path: `/items/${i}/productId`, message: 'is repeated' }]);
    seen.add(line.productId);
  });
  const products = await catalog.getProducts(lines.map((line) => line.productId));
  return lines.map((line, i) => {
    const product = products.get(line.productId);
    if (!product || !product.isActive) {
      throw new ValidationError('A product is not available.', [{ path: `/items/${i}/productId`, message: 'is not available' }]);
    }
    return {
      productId: product.id,
      sku: product.sku,
      name: product.name,
      priceCents: product.priceCents,
      quantity: line.quantity,
      imageUrl: product.imageUrl,
    };
  });
}

import Link from 'next/link';
import type { Product } from '@shop/api-client/types';
import { imageSrc, money, stockLabel } from '@/lib/format';

/** How many cards at the top of a grid load their picture eagerly at high priority (the first row on desktop, the LCP). */
const EAGER_CARDS = 4;

/** `eager`: the card is above the fold, so its picture must not wait for lazy loading (it is the LCP candidate). */
export function ProductCard({ product, eager = false }: { product: Product; eager?: boolean }) {
  const src = imageSrc(product.imageUrl);
  return (
    <li className="card">
      <Link href={`/product/${product.slug}`} className="card-link">
        {src ? (
          <img src={src} alt="" width={240} height={180} loading={eager ? 'eager' : 'lazy'} fetchPriority={eager ? 'high' : undefined} />
        ) : (
          <div className="img-placeholder" aria-hidden="true" />
        )}
        <span className="card-name">{product.name}</span>
      </Link>
      <span className="muted">{product.brand}</span>
      <span className="price">{money(product.price)}</span>
      <span className={product.inventoryQuantity > 0 ? 'stock' : 'stock out'}>{stockLabel(product.inventoryQuantity)}</span>
    </li>
  );
}

export function ProductGrid({ products }: { products: Product[] }) {
  return (
    <ul className="grid" aria-label="Products">
      {products.map((p, i) => (
        <ProductCard key={p.id} product={p} eager={i < EAGER_CARDS} />
      ))}
    </ul>
  );
}

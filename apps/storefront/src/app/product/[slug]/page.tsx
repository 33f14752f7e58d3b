import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isApiError } from '@shop/api-client/errors';
import { publicApi } from '@/lib/api';
import { imageSrc, money, stockLabel } from '@/lib/format';
import { AddToCart } from '@/components/AddToCart';

type Props = { params: Promise<{ slug: string }> };

async function product(slug: string) {
  try {
    return await (await publicApi()).getProduct(slug);
  } catch (error) {
    if (isApiError(error) && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await product((await params).slug);
  return { title: p.name, description: p.description.slice(0, 160) };
}

export default async function ProductPage({ params }: Props) {
  const p = await product((await params).slug);
  const src = imageSrc(p.imageUrl);
  const specs = Object.entries(p.specifications ?? {});
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name,
    sku: p.sku,
    description: p.description,
    brand: { '@type': 'Brand', name: p.brand },
    ...(src ? { image: src } : {}),
    offers: {
      '@type': 'Offer',
      price: p.price.toFixed(2),
      priceCurrency: 'USD',
      availability: p.inventoryQuantity > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    },
  };
  return (
    <article className="product">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <div className="product-image">
        {src ? <img src={src} alt={p.name} width={480} height={480} fetchPriority="high" /> : <div className="img-placeholder" />}
      </div>
      <div className="product-info">
        <h1>{p.name}</h1>
        <p className="muted">{p.brand}</p>
        <p className="price big">{money(p.price)}</p>
        <p className={p.inventoryQuantity > 0 ? 'stock' : 'stock out'}>{stockLabel(p.inventoryQuantity)}</p>
        <AddToCart productId={p.id} max={p.inventoryQuantity} />
        <h2>Description</h2>
        <p>{p.description}</p>
        {specs.length ? (
          <>
            <h2>Specifications</h2>
            <dl className="specs">
              {specs.map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{String(v)}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        <p className="muted small">SKU {p.sku}</p>
      </div>
    </article>
  );
}

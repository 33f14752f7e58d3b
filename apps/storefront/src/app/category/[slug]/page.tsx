import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isApiError } from '@shop/api-client/errors';
import { publicApi } from '@/lib/api';
import { Listing, fetchListing, parseFilters, type Params } from '@/components/Listing';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Params> };

async function category(slug: string) {
  try {
    return await (await publicApi()).getCategory(slug);
  } catch (error) {
    if (isApiError(error) && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await category((await params).slug);
  return { title: c.name, description: c.description || `Shop ${c.name}: compare brands and prices.` };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const c = await category(slug);
  const filters = parseFilters(await searchParams, { category: c.slug });
  const { result, facets } = await fetchListing(filters);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: c.name,
    itemListElement: result.data.map((p, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Product',
        name: p.name,
        sku: p.sku,
        brand: { '@type': 'Brand', name: p.brand },
        offers: { '@type': 'Offer', price: p.price.toFixed(2), priceCurrency: 'USD' },
      },
    })),
  };
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <h1>{c.name}</h1>
      {c.description ? <p className="muted">{c.description}</p> : null}
      <Listing path={`/category/${c.slug}`} filters={filters} result={result} facets={facets} />
    </>
  );
}

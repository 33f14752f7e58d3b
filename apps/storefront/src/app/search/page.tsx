import type { Metadata } from 'next';
import { Listing, fetchListing, parseFilters, type Params } from '@/components/Listing';

type Props = { searchParams: Promise<Params> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams)['q'];
  return { title: typeof q === 'string' && q ? `Search: ${q}` : 'Search', robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = typeof params['q'] === 'string' ? params['q'].trim().slice(0, 200) : '';
  if (!q) {
    return (
      <div className="empty">
        <h1>Search</h1>
        <p>Type what you are looking for in the search box above.</p>
      </div>
    );
  }
  const filters = parseFilters(params, { q });
  const { result, facets } = await fetchListing(filters);
  return (
    <>
      <h1>Results for “{q}”</h1>
      <Listing path="/search" filters={filters} result={result} facets={facets} />
    </>
  );
}

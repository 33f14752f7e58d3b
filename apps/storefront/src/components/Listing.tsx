import Link from 'next/link';
import type { Product, SearchResult, SortOrder } from '@shop/api-client/types';
import { publicApi } from '@/lib/api';
import { money } from '@/lib/format';
import { ProductGrid } from './ProductCard';

export type Params = Record<string, string | string[] | undefined>;

const PAGE_SIZE = 12;
const SORTS: [SortOrder, string][] = [
  ['relevance', 'Relevance'],
  ['price_asc', 'Price: low to high'],
  ['price_desc', 'Price: high to low'],
  ['newest', 'Newest'],
  ['name_asc', 'Name'],
];

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).filter(Boolean);
const one = (v: string | string[] | undefined) => list(v)[0] ?? '';
const price = (v: string) => (/^\d+(\.\d{1,2})?$/.test(v) ? Number(v) : undefined);

interface Filters {
  q?: string | undefined;
  category?: string | undefined;
  brands: string[];
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  sort: SortOrder;
  page: number;
}

export function parseFilters(params: Params, fixed: { q?: string; category?: string }): Filters {
  const sort = SORTS.some(([s]) => s === one(params['sort'])) ? (one(params['sort']) as SortOrder) : 'relevance';
  const page = Math.max(1, Math.min(1000, Number.parseInt(one(params['page']), 10) || 1));
  return {
    ...fixed,
    brands: list(params['brand']).slice(0, 20),
    minPrice: price(one(params['minPrice'])),
    maxPrice: price(one(params['maxPrice'])),
    sort,
    page,
  };
}

function compare(sort: SortOrder) {
  return (a: Product, b: Product) =>
    sort === 'price_asc'
      ? a.price - b.price
      : sort === 'price_desc'
        ? b.price - a.price
        : sort === 'name_asc'
          ? a.name.localeCompare(b.name)
          : sort === 'newest'
            ? b.createdAt.localeCompare(a.createdAt)
            : 0;
}

/** One search call; several brands are asked one at a time (the API filters by one) and merged. */
export async function fetchListing(f: Filters): Promise<{ result: SearchResult; facets: SearchResult['facets'] }> {
  const client = await publicApi();
  const base = { q: f.q, category: f.category, minPrice: f.minPrice, maxPrice: f.maxPrice, sort: f.sort };
  if (f.brands.length === 0) {
    const result = await client.search({ ...base, page: f.page, limit: PAGE_SIZE });
    return { result, facets: result.facets };
  }
  const [unfiltered, ...perBrand] = await Promise.all([
    client.search({ ...base, page: 1, limit: 1 }),
    ...f.brands.map((brand) => client.search({ ...base, brand, page: 1, limit: 100 })),
  ]);
  const all = perBrand.flatMap((r) => r.data).sort(compare(f.sort));
  const start = (f.page - 1) * PAGE_SIZE;
  const result: SearchResult = {
    ...unfiltered!,
    data: all.slice(start, start + PAGE_SIZE),
    page: f.page,
    limit: PAGE_SIZE,
    total: perBrand.reduce((sum, r) => sum + Math.min(r.total, 100), 0),
  };
  return { result, facets: unfiltered!.facets };
}

function href(path: string, f: Filters, page: number) {
  const sp = new URLSearchParams();
  if (f.q) sp.set('q', f.q);
  for (const b of f.brands) sp.append('brand', b);
  if (f.minPrice !== undefined) sp.set('minPrice', String(f.minPrice));
  if (f.maxPrice !== undefined) sp.set('maxPrice', String(f.maxPrice));
  if (f.sort !== 'relevance') sp.set('sort', f.sort);
  if (page > 1) sp.set('page', String(page));
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}

export function Listing({
  path,
  filters,
  result,
  facets,
}: {
  path: string;
  filters: Filters;
  result: SearchResult;
  facets: SearchResult['facets'];
}) {
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  return (
    <div className="listing">
      <aside className="filters">
        <form action={path} method="get">
          {filters.q ? <input type="hidden" name="q" value={filters.q} /> : null}
          <div className="field">
            <label htmlFor="sort">Sort by</label>
            <select id="sort" name="sort" defaultValue={filters.sort}>
              {SORTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {facets.brand.length ? (
            <fieldset>
              <legend>Brand</legend>
              {facets.brand.map((b) => (
                <div key={b.value} className="check">
                  <input
                    type="checkbox"
                    id={`brand-${b.value}`}
                    name="brand"
                    value={b.value}
                    defaultChecked={filters.brands.includes(b.value)}
                  />
                  <label htmlFor={`brand-${b.value}`}>{b.value}</label>
                  <span className="muted" aria-hidden="true">
                    {' '}
                    ({b.count})
                  </span>
                </div>
              ))}
            </fieldset>
          ) : null}
          <fieldset>
            <legend>Price</legend>
            <div className="field">
              <label htmlFor="minPrice">Min price</label>
              <input id="minPrice" name="minPrice" type="number" min="0" step="0.01" inputMode="decimal" defaultValue={filters.minPrice} />
            </div>
            <div className="field">
              <label htmlFor="maxPrice">Max price</label>
              <input id="maxPrice" name="maxPrice" type="number" min="0" step="0.01" inputMode="decimal" defaultValue={filters.maxPrice} />
            </div>
            {facets.price.length ? (
              <ul className="plain muted small">
                {facets.price.map((p) => (
                  <li key={p.from}>
                    {money(p.from)}
                    {p.to !== null && p.to !== undefined ? ` – ${money(p.to)}` : '+'}: {p.count}
                  </li>
                ))}
              </ul>
            ) : null}
          </fieldset>
          <button type="submit">Apply filters</button>
          <Link href={filters.q ? `${path}?q=${encodeURIComponent(filters.q)}` : path} className="small">
            Clear filters
          </Link>
        </form>
        {path === '/search' && facets.category.length ? (
          <nav aria-label="Categories in these results">
            <h2 className="h3">Categories</h2>
            <ul className="plain">
              {facets.category.map((c) => (
                <li key={c.value}>
                  <Link href={`/category/${c.slug}`}>{c.name}</Link> <span className="muted">({c.count})</span>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </aside>
      <section aria-label="Results" className="results">
        <p role="status" className="muted">
          {result.total === 1 ? '1 product' : `${result.total} products`}
        </p>
        {result.data.length ? (
          <ProductGrid products={result.data} />
        ) : (
          <div className="empty">
            <p>No products match these filters.</p>
            <Link href={path}>Clear filters</Link>
          </div>
        )}
        {pages > 1 ? (
          <nav aria-label="Pagination" className="pagination">
            {filters.page > 1 ? <Link href={href(path, filters, filters.page - 1)}>Previous page</Link> : null}
            <span aria-current="page">
              Page {filters.page} of {pages}
            </span>
            {filters.page < pages ? <Link href={href(path, filters, filters.page + 1)}>Next page</Link> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

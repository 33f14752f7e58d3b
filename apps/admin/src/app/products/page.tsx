import type { Metadata } from 'next';
import Link from 'next/link';
import type { SortOrder } from '@shop/api-client/types';
import { Field, SelectField } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { Empty, LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { api } from '@/lib/api';
import { money, pageOf, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Products' };

const SORTS: [SortOrder, string][] = [
  ['newest', 'Newest'],
  ['relevance', 'Relevance'],
  ['name_asc', 'Name A–Z'],
  ['price_asc', 'Price, low to high'],
  ['price_desc', 'Price, high to low'],
];
const LIMIT = 25;
const price = (value: string) => (/^\d+(\.\d{1,2})?$/.test(value) ? Number(value) : undefined);

export default async function ProductsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff('/products');
  const sp = await searchParams;
  const f = {
    q: param(sp['q']),
    category: param(sp['category']),
    brand: param(sp['brand']),
    minPrice: param(sp['minPrice']),
    maxPrice: param(sp['maxPrice']),
    sort: param(sp['sort']),
    inactive: param(sp['inactive']),
  };
  const page = pageOf(sp['page']);
  const sort = SORTS.some(([s]) => s === f.sort) ? (f.sort as SortOrder) : f.q ? 'relevance' : 'newest';
  const client = await api();
  const query = {
    page,
    limit: LIMIT,
    sort,
    category: f.category || undefined,
    brand: f.brand || undefined,
    minPrice: price(f.minPrice),
    maxPrice: price(f.maxPrice),
  };
  const [result, categories] = await Promise.all([
    // Text goes to the search index (active products only); the plain list can include deactivated ones.
    load(() => (f.q ? client.search({ ...query, q: f.q }) : client.listProducts({ ...query, includeInactive: f.inactive === 'on' }))),
    load(() => client.listCategories()),
  ]);

  return (
    <>
      <div className="row">
        <h1>Products</h1>
        <p>
          <Link className="button" href="/products/new">
            New product
          </Link>
        </p>
      </div>
      <form className="filters-bar" role="search" aria-label="Find products">
        <Field label="Search" name="q" type="search" defaultValue={f.q} hint="Name, brand, description; typos allowed" />
        <SelectField label="Category" name="category" defaultValue={f.category}>
          <option value="">Any category</option>
          {categories.ok
            ? categories.data.data.map((c) => (
                <option key={c.id} value={c.slug}>
                  {c.name}
                </option>
              ))
            : null}
        </SelectField>
        <Field label="Brand" name="brand" defaultValue={f.brand} />
        <Field label="Min price" name="minPrice" inputMode="decimal" size={8} defaultValue={f.minPrice} />
        <Field label="Max price" name="maxPrice" inputMode="decimal" size={8} defaultValue={f.maxPrice} />
        <SelectField label="Sort" name="sort" defaultValue={sort}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <label className="check">
          <input type="checkbox" name="inactive" defaultChecked={f.inactive === 'on'} /> Include deactivated (without search text)
        </label>
        <button type="submit">Apply</button>
        <Link href="/products">Clear</Link>
      </form>
      {!result.ok ? (
        <LoadError message={result.error} />
      ) : result.data.data.length === 0 ? (
        <Empty>No products match.</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="sr-only">Products</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">SKU</th>
                  <th scope="col">Brand</th>
                  <th scope="col" className="num">
                    Price
                  </th>
                  <th scope="col" className="num">
                    Stock
                  </th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {result.data.data.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link href={`/products/${p.id}`}>{p.name}</Link>
                    </td>
                    <td>{p.sku}</td>
                    <td>{p.brand}</td>
                    <td className="num">{money(p.price)}</td>
                    <td className="num">
                      <Link href={`/inventory/${encodeURIComponent(p.sku)}`}>{p.inventoryQuantity}</Link>
                    </td>
                    <td>
                      <Status value={p.isActive ? 'active' : 'inactive'} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager path="/products" page={page} limit={LIMIT} total={result.data.total} params={f} />
        </>
      )}
    </>
  );
}

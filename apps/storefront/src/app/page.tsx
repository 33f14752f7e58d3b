import Link from 'next/link';
import { publicApi } from '@/lib/api';
import { ProductGrid } from '@/components/ProductCard';

export default async function Home() {
  const client = await publicApi();
  const [categories, products] = await Promise.all([client.listCategories(), client.listProducts({ limit: 8, sort: 'newest' })]);
  const top = categories.data.filter((c) => !c.parentId);
  return (
    <>
      <section className="hero">
        <h1>Everything you need, delivered fast</h1>
        <p>Free standard shipping on orders over $50.</p>
      </section>
      <section aria-labelledby="cats">
        <h2 id="cats">Shop by category</h2>
        {top.length ? (
          <ul className="chips">
            {top.map((c) => (
              <li key={c.id}>
                <Link href={`/category/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">No categories yet.</p>
        )}
      </section>
      <section aria-labelledby="featured">
        <h2 id="featured">Featured products</h2>
        {products.data.length ? <ProductGrid products={products.data} /> : <p className="empty">No products yet.</p>}
      </section>
    </>
  );
}

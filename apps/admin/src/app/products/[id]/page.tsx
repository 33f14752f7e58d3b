import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/ActionForm';
import { ProductForm } from '@/components/ProductForm';
import { LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { deactivateProduct, reactivateProduct } from '@/lib/actions/products';
import { api } from '@/lib/api';
import { date } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Product' };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/products/${id}`);
  const client = await api();
  const [product, categories] = await Promise.all([
    load(() => client.getProduct(id), { notFoundOn404: true }),
    load(() => client.listCategories()),
  ]);
  if (!product.ok) return <LoadError message={product.error} />;
  const p = product.data;
  const stock = await load(() => client.getStock(p.sku));

  return (
    <>
      <p>
        <Link href="/products">← All products</Link>
      </p>
      <h1>{p.name}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <Status value={p.isActive ? 'active' : 'inactive'} />
        </dd>
        <dt>Stock</dt>
        <dd>
          {stock.ok
            ? `${stock.data.availableQuantity} available (${stock.data.quantity} on hand, ${stock.data.reservedQuantity} reserved)`
            : 'not stocked'}{' '}
          — <Link href={`/inventory/${encodeURIComponent(p.sku)}`}>adjust stock</Link>
        </dd>
        <dt>Updated</dt>
        <dd>{date(p.updatedAt)}</dd>
      </dl>
      <ProductForm product={p} categories={categories.ok ? categories.data.data : []} />
      <section className="panel" aria-labelledby="activation-h">
        <h2 id="activation-h">{p.isActive ? 'Deactivate' : 'Reactivate'}</h2>
        {p.isActive ? (
          <ActionForm action={deactivateProduct} submitLabel="Deactivate product" danger confirm={`Deactivate ${p.name}?`}>
            <input type="hidden" name="id" value={p.id} />
            <p className="muted">Customers stop seeing it; orders already placed keep it.</p>
          </ActionForm>
        ) : (
          <ActionForm action={reactivateProduct} submitLabel="Reactivate product">
            <input type="hidden" name="id" value={p.id} />
          </ActionForm>
        )}
      </section>
    </>
  );
}

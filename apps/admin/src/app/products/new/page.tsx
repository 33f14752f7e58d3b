import type { Metadata } from 'next';
import Link from 'next/link';
import { ProductForm } from '@/components/ProductForm';
import { LoadError } from '@/components/States';
import { api } from '@/lib/api';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'New product' };

export default async function NewProductPage() {
  await requireStaff('/products/new');
  const categories = await load(async () => (await api()).listCategories());
  return (
    <>
      <p>
        <Link href="/products">← All products</Link>
      </p>
      <h1>New product</h1>
      {categories.ok ? null : <LoadError message={categories.error} />}
      <ProductForm categories={categories.ok ? categories.data.data : []} />
    </>
  );
}

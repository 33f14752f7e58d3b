import type { Metadata } from 'next';
import Link from 'next/link';
import type { Category } from '@shop/api-client/types';
import { ActionForm } from '@/components/ActionForm';
import { Field, SelectField } from '@/components/Field';
import { Empty, LoadError } from '@/components/States';
import { deleteCategory, saveCategory } from '@/lib/actions/categories';
import { api } from '@/lib/api';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Categories' };

function ParentSelect({ all, id, value, exclude }: { all: Category[]; id: string; value: string; exclude?: string }) {
  return (
    <SelectField label="Parent" name="parentId" id={id} defaultValue={value}>
      <option value="">None (top level)</option>
      {all
        .filter((c) => c.id !== exclude)
        .map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
    </SelectField>
  );
}

function Tree({ all, parentId }: { all: Category[]; parentId: string | null }) {
  const children = all.filter((c) => c.parentId === parentId).sort((a, b) => a.name.localeCompare(b.name));
  if (!children.length) return null;
  return (
    <ul className="tree">
      {children.map((c) => (
        <li key={c.id}>
          <details>
            <summary>
              <strong>{c.name}</strong> <span className="muted small">/{c.slug}</span>{' '}
              <Link
                href={`/products?category=${encodeURIComponent(c.slug)}&inactive=on`}
                className="small"
                aria-label={`Products in ${c.name}`}
              >
                products
              </Link>
            </summary>
            <div className="panel">
              <ActionForm action={saveCategory} submitLabel={`Save ${c.name}`} label={`Edit ${c.name}`}>
                <input type="hidden" name="id" value={c.id} />
                <Field label="Name" name="name" id={`name-${c.id}`} defaultValue={c.name} required maxLength={200} />
                <Field label="Slug" name="slug" id={`slug-${c.id}`} defaultValue={c.slug} maxLength={120} />
                <Field label="Description" name="description" id={`desc-${c.id}`} defaultValue={c.description} maxLength={2000} />
                <ParentSelect all={all} id={`parent-${c.id}`} value={c.parentId ?? ''} exclude={c.id} />
              </ActionForm>
              <ActionForm
                action={deleteCategory}
                submitLabel={`Delete ${c.name}`}
                label={`Delete ${c.name}`}
                danger
                confirm={`Delete the category ${c.name}?`}
              >
                <input type="hidden" name="id" value={c.id} />
              </ActionForm>
            </div>
          </details>
          <Tree all={all} parentId={c.id} />
        </li>
      ))}
    </ul>
  );
}

export default async function CategoriesPage() {
  await requireStaff('/categories');
  const result = await load(async () => (await api()).listCategories());
  const all = result.ok ? result.data.data : [];
  // A category whose parent is missing would fall out of the tree: show it at the top level.
  const ids = new Set(all.map((c) => c.id));
  const rooted = all.map((c) => (c.parentId && !ids.has(c.parentId) ? { ...c, parentId: null } : c));
  return (
    <>
      <h1>Categories</h1>
      <div className="two-col">
        <section aria-labelledby="tree-h">
          <h2 id="tree-h">Tree</h2>
          <p className="muted small">Open a category to edit or delete it. A category in use cannot be deleted.</p>
          {!result.ok ? (
            <LoadError message={result.error} />
          ) : all.length === 0 ? (
            <Empty>No categories yet.</Empty>
          ) : (
            <Tree all={rooted} parentId={null} />
          )}
        </section>
        <section aria-labelledby="new-h">
          <h2 id="new-h">New category</h2>
          <ActionForm action={saveCategory} submitLabel="Create category" label="New category">
            <Field label="Name" name="name" id="new-name" required maxLength={200} />
            <Field label="Slug" name="slug" id="new-slug" maxLength={120} hint="Leave empty to derive it from the name." />
            <Field label="Description" name="description" id="new-description" maxLength={2000} />
            <ParentSelect all={all} id="new-parent" value="" />
          </ActionForm>
        </section>
      </div>
    </>
  );
}

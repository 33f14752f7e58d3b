'use client';

import { useState } from 'react';
import type { Category, Product } from '@shop/api-client/types';
import { saveProduct } from '@/lib/actions/products';
import { imageSrc } from '@/lib/format';
import { useFormAction } from '@/lib/use-form-action';
import { Field, SelectField, TextArea } from './Field';

interface SpecRow {
  key: string;
  name: string;
  value: string;
}

// Rows rendered on the server get keys from their position (the same on both sides, so ids hydrate);
// rows added later in the browser get fresh ones.
let added = 0;
const row = (name = '', value = '', key = `added-${++added}`): SpecRow => ({ key, name, value });

/** Create (no `product`) or edit a product: every field the catalog takes, specifications as rows, a picture preview. */
export function ProductForm({ product, categories }: { product?: Product; categories: Category[] }) {
  const { state, formAction, pending, onSubmit } = useFormAction(saveProduct);
  const [specs, setSpecs] = useState<SpecRow[]>(() => {
    const rows = Object.entries(product?.specifications ?? {}).map(([k, v], i) => row(k, String(v), `initial-${i}`));
    return rows.length ? rows : [row('', '', 'initial-0')];
  });
  const [imageUrl, setImageUrl] = useState(product?.imageUrl ?? '');
  const [broken, setBroken] = useState('');
  const e = state.fieldErrors ?? {};
  const preview = /^(https?:\/\/|\/)/.test(imageUrl) ? imageSrc(imageUrl) : null;

  return (
    <form action={formAction} onSubmit={onSubmit} className="product-form" noValidate aria-label={product ? 'Edit product' : 'New product'}>
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'notice' : 'error'}>
          {state.message}
        </p>
      ) : null}
      {product ? <input type="hidden" name="id" value={product.id} /> : null}
      <div className="row">
        <Field label="Name" name="name" required maxLength={200} defaultValue={product?.name} error={e['name']} />
        <Field
          label="Slug"
          name="slug"
          maxLength={120}
          defaultValue={product?.slug}
          error={e['slug']}
          hint={product ? 'The product page address.' : 'Leave empty to derive it from the name.'}
        />
      </div>
      <div className="row">
        <Field label="SKU" name="sku" required maxLength={100} defaultValue={product?.sku} error={e['sku']} />
        <Field
          label="Price (USD)"
          name="price"
          required
          inputMode="decimal"
          defaultValue={product ? product.price.toFixed(2) : ''}
          error={e['price']}
        />
        <Field label="Brand" name="brand" maxLength={100} defaultValue={product?.brand} error={e['brand']} />
        <SelectField label="Category" name="categoryId" defaultValue={product?.categoryId ?? ''} error={e['categoryId']}>
          <option value="">No category</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextArea label="Description" name="description" maxLength={10_000} defaultValue={product?.description} error={e['description']} />

      <fieldset aria-describedby={e['specifications'] ? 'specs-error' : undefined}>
        <legend>Specifications</legend>
        {e['specifications'] ? (
          <p id="specs-error" className="field-error">
            {e['specifications']}
          </p>
        ) : null}
        {specs.map((s, i) => (
          <div className="spec-row" key={s.key}>
            <Field
              id={`spec-name-${s.key}`}
              label={`Specification ${i + 1} name`}
              name="specKey"
              maxLength={100}
              value={s.name}
              onChange={(ev) => setSpecs(specs.map((x) => (x.key === s.key ? { ...x, name: ev.target.value } : x)))}
            />
            <Field
              id={`spec-value-${s.key}`}
              label={`Specification ${i + 1} value`}
              name="specValue"
              maxLength={500}
              value={s.value}
              onChange={(ev) => setSpecs(specs.map((x) => (x.key === s.key ? { ...x, value: ev.target.value } : x)))}
            />
            <button
              type="button"
              className="secondary"
              aria-label={`Remove specification ${i + 1}`}
              onClick={() => setSpecs(specs.length > 1 ? specs.filter((x) => x.key !== s.key) : [row()])}
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => setSpecs([...specs, row()])} disabled={specs.length >= 50}>
          Add specification
        </button>
        <p className="muted small">Numbers and true/false are stored as such; anything else as text.</p>
      </fieldset>

      <div className="row">
        <Field
          label="Image URL"
          name="imageUrl"
          maxLength={2000}
          value={imageUrl}
          onChange={(ev) => {
            setImageUrl(ev.target.value.trim());
            setBroken('');
          }}
          error={e['imageUrl']}
          hint="https://… or a path on the gateway such as /api/v1/products/<id>/image.svg"
        />
        <div aria-live="polite">
          {preview && broken === imageUrl ? (
            <p className="field-error small">No picture could be loaded from this URL.</p>
          ) : preview ? (
            <img
              className="image-preview"
              src={preview}
              alt="Preview of the image URL"
              width={160}
              height={160}
              onError={() => setBroken(imageUrl)}
            />
          ) : (
            <p className="muted small">No picture to preview.</p>
          )}
        </div>
      </div>

      {product ? null : (
        <div className="row">
          <Field
            label="Initial stock"
            name="stock"
            inputMode="numeric"
            error={e['stock']}
            hint="Units on hand; leave empty to stock it later."
          />
          <Field label="Stock location" name="location" maxLength={255} />
        </div>
      )}
      <label className="check">
        <input type="checkbox" name="isActive" defaultChecked={product ? product.isActive : true} /> Active (customers can see and buy it)
      </label>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : product ? 'Save changes' : 'Create product'}
        </button>
      </p>
    </form>
  );
}

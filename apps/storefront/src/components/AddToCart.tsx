'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { addToCart, type FormState } from '@/lib/actions';

export function AddToCart({ productId, max }: { productId: string; max: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addToCart, {});
  const disabled = max <= 0;
  return (
    <form action={action} className="add-to-cart">
      <input type="hidden" name="productId" value={productId} />
      <div className="field inline">
        <label htmlFor="quantity">Quantity</label>
        <input
          id="quantity"
          name="quantity"
          type="number"
          min={1}
          max={Math.max(1, Math.min(99, max))}
          defaultValue={1}
          required
          disabled={disabled}
        />
      </div>
      <button type="submit" disabled={disabled || pending} aria-disabled={disabled || pending}>
        {pending ? 'Adding…' : 'Add to cart'}
      </button>
      {state.message ? (
        <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'notice' : 'error'}>
          {state.message} {state.ok ? <Link href="/cart">View cart</Link> : null}
        </p>
      ) : null}
    </form>
  );
}

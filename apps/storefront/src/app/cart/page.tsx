import type { Metadata } from 'next';
import Link from 'next/link';
import { api } from '@/lib/api';
import { updateCartLine } from '@/lib/actions';
import { imageSrc, money } from '@/lib/format';
import { currentCartId } from '@/lib/session';

export const metadata: Metadata = { title: 'Cart', robots: { index: false } };

export default async function CartPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const id = await currentCartId();
  const cart = id ? await (await api()).getCart(id) : null;
  return (
    <>
      <h1>Your cart</h1>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {!cart || cart.items.length === 0 ? (
        <div className="empty">
          <p>Your cart is empty.</p>
          <Link href="/">Continue shopping</Link>
        </div>
      ) : (
        <>
          <ul className="cart-lines plain" aria-label="Items in your cart">
            {cart.items.map((item) => {
              const src = imageSrc(item.imageUrl);
              return (
                <li key={item.productId} className="cart-line">
                  {src ? <img src={src} alt="" width={96} height={72} /> : null}
                  <div className="grow">
                    <span className="card-name">{item.name}</span>
                    <span className="muted small">
                      {money(item.price)} each · line total {money((Math.round(item.price * 100) * item.quantity) / 100)}
                    </span>
                  </div>
                  <form action={updateCartLine} className="line-form">
                    <input type="hidden" name="productId" value={item.productId} />
                    <label htmlFor={`qty-${item.productId}`} className="sr-only">
                      Quantity for {item.name}
                    </label>
                    <input id={`qty-${item.productId}`} name="quantity" type="number" min={0} max={99} defaultValue={item.quantity} />
                    <button type="submit" name="intent" value="update">
                      Update
                    </button>
                    <button type="submit" name="intent" value="remove" className="secondary" aria-label={`Remove ${item.name}`}>
                      Remove
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
          <div className="summary">
            <p>
              Subtotal ({cart.totalItems} {cart.totalItems === 1 ? 'item' : 'items'}): <strong>{money(cart.subtotal)}</strong>
            </p>
            <p className="muted small">Tax and shipping are calculated at checkout.</p>
            <Link href="/checkout" className="button">
              Checkout
            </Link>
          </div>
        </>
      )}
    </>
  );
}

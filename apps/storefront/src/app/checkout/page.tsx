import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { api } from '@/lib/api';
import { getCustomer } from '@/lib/session';
import { CheckoutForm } from '@/components/CheckoutForm';

export const metadata: Metadata = { title: 'Checkout', robots: { index: false } };

export default async function CheckoutPage() {
  const customer = await getCustomer();
  if (!customer) redirect('/login?next=/checkout');
  const cart = await (await api()).getCart(customer.id);
  if (!cart.items.length) {
    return (
      <div className="empty">
        <h1>Checkout</h1>
        <p>Your cart is empty.</p>
        <Link href="/">Continue shopping</Link>
      </div>
    );
  }
  return (
    <>
      <h1>Checkout</h1>
      <CheckoutForm />
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import type { Address } from '@shop/api-client/types';
import { loadOrder } from '@/lib/orders';
import { OrderItems } from '@/components/OrderView';

export const metadata: Metadata = { title: 'Order confirmed', robots: { index: false } };

export default async function ConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const order = await loadOrder(id, `/order/${id}`);
  const a = order.shippingAddress as Address;
  return (
    <>
      <h1>Thank you for your order</h1>
      <p className="notice" role="status">
        Order number <strong>{order.orderNumber}</strong> is {order.status}. A confirmation email is on its way to {order.email}.
      </p>
      <OrderItems order={order} />
      <h2>Shipping to</h2>
      <address>
        {a.firstName} {a.lastName}
        <br />
        {a.line1}
        {a.line2 ? `, ${a.line2}` : ''}
        <br />
        {a.postalCode} {a.city}, {a.country}
      </address>
      <p>
        <Link href={`/account/orders/${order.id}`}>Track this order</Link> · <Link href="/">Continue shopping</Link>
      </p>
    </>
  );
}

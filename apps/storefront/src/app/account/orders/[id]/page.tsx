import type { Metadata } from 'next';
import Link from 'next/link';
import { cancelOrder } from '@/lib/actions';
import { loadOrder } from '@/lib/orders';
import { OrderItems, Timeline, statusLabel } from '@/components/OrderView';

export const metadata: Metadata = { title: 'Order', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ error?: string; cancelled?: string }> };

export default async function OrderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { error, cancelled } = await searchParams;
  const order = await loadOrder(id, `/account/orders/${id}`);
  const cancellable = order.status === 'pending' || order.status === 'confirmed';
  return (
    <>
      <p>
        <Link href="/account/orders">All orders</Link>
      </p>
      <h1>Order {order.orderNumber}</h1>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {cancelled && order.status === 'cancelled' ? (
        <p role="status" className="notice">
          Your order was cancelled{order.paymentStatus === 'refunded' ? ' and refunded' : ''}.
        </p>
      ) : null}
      <p>
        Status: <strong>{statusLabel(order.status)}</strong> · Payment: {statusLabel(order.paymentStatus)}
      </p>
      {order.trackingNumber ? (
        <p>
          Shipped with {order.carrier}: tracking number <strong>{order.trackingNumber}</strong>
        </p>
      ) : null}
      <h2>Timeline</h2>
      <Timeline order={order} />
      <h2>Items</h2>
      <OrderItems order={order} />
      {cancellable ? (
        <form action={cancelOrder}>
          <input type="hidden" name="orderId" value={order.id} />
          <button type="submit" className="danger">
            Cancel order
          </button>
        </form>
      ) : null}
    </>
  );
}

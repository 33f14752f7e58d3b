import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { api } from '@/lib/api';
import { date, money } from '@/lib/format';
import { getCustomer } from '@/lib/session';
import { statusLabel } from '@/components/OrderView';

export const metadata: Metadata = { title: 'Your orders', robots: { index: false } };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  if (!(await getCustomer())) redirect('/login?next=/account/orders');
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? '1', 10) || 1);
  const orders = await (await api()).listOrders({ page, limit: 20 });
  const pages = Math.max(1, Math.ceil(orders.total / orders.limit));
  return (
    <>
      <h1>Your orders</h1>
      {orders.data.length === 0 ? (
        <div className="empty">
          <p>You have not placed any orders yet.</p>
          <Link href="/">Start shopping</Link>
        </div>
      ) : (
        <table className="items">
          <caption className="sr-only">Orders, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Placed</th>
              <th scope="col">Status</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={`/account/orders/${o.id}`}>{o.orderNumber}</Link>
                </td>
                <td>{date(o.createdAt)}</td>
                <td>{statusLabel(o.status)}</td>
                <td>{money(o.totalAmount, o.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav aria-label="Pagination" className="pagination">
          {page > 1 ? <Link href={`/account/orders?page=${page - 1}`}>Previous page</Link> : null}
          <span aria-current="page">
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/account/orders?page=${page + 1}`}>Next page</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import type { OrderStatus } from '@shop/api-client/types';
import { DateRangeFields, createdBetween } from '@/components/DateRange';
import { Field, SelectField } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { Empty, LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { api } from '@/lib/api';
import { date, money, pageOf, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Orders' };

const STATUSES: OrderStatus[] = ['pending', 'confirmed', 'shipped', 'delivered', 'cancelled'];
const LIMIT = 20;

export default async function OrdersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff('/orders');
  const sp = await searchParams;
  const filters = { status: param(sp['status']), from: param(sp['from']), to: param(sp['to']), customer: param(sp['customer']) };
  const page = pageOf(sp['page']);
  const client = await api();

  // An email (the one the order was placed with, any letter case) or a customer's user id.
  const byEmail = filters.customer.includes('@');
  const status = STATUSES.includes(filters.status as OrderStatus) ? (filters.status as OrderStatus) : undefined;
  const result = await load(() =>
    client.listOrders({
      page,
      limit: LIMIT,
      status,
      email: byEmail ? filters.customer : undefined,
      userId: byEmail ? undefined : filters.customer || undefined,
      ...createdBetween(filters.from, filters.to),
    }),
  );

  return (
    <>
      <h1>Orders</h1>
      <form className="filters-bar" role="search" aria-label="Filter orders">
        <SelectField label="Status" name="status" defaultValue={filters.status}>
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <DateRangeFields from={filters.from} to={filters.to} />
        <Field label="Customer (email or id)" name="customer" defaultValue={filters.customer} />
        <button type="submit">Filter</button>
        <Link href="/orders">Clear filters</Link>
      </form>
      {!result.ok ? (
        <LoadError message={result.error} />
      ) : result.data.data.length === 0 ? (
        <Empty>No orders match these filters.</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="sr-only">Orders, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Placed</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Status</th>
                  <th scope="col">Payment</th>
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.data.data.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link href={`/orders/${o.id}`}>{o.orderNumber}</Link>
                    </td>
                    <td>{date(o.createdAt)}</td>
                    <td>{o.email}</td>
                    <td>
                      <Status value={o.status} />
                    </td>
                    <td>
                      <Status value={o.paymentStatus} />
                    </td>
                    <td className="num">{money(o.totalAmount, o.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager path="/orders" page={page} limit={LIMIT} total={result.data.total} params={filters} />
        </>
      )}
    </>
  );
}

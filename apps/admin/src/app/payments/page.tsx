import type { Metadata } from 'next';
import Link from 'next/link';
import type { PaymentStatus } from '@shop/api-client/types';
import { DateRangeFields, createdBetween } from '@/components/DateRange';
import { Field, SelectField } from '@/components/Field';
import { Pager } from '@/components/Pager';
import { Empty, LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { api } from '@/lib/api';
import { date, money, pageOf, param, type SearchParams } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Payments' };

const STATUSES: PaymentStatus[] = ['pending', 'succeeded', 'failed', 'refunded', 'partially_refunded'];
const LIMIT = 25;

export default async function PaymentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaff('/payments');
  const sp = await searchParams;
  const f = { status: param(sp['status']), orderId: param(sp['orderId']), from: param(sp['from']), to: param(sp['to']) };
  const page = pageOf(sp['page']);
  const status = STATUSES.includes(f.status as PaymentStatus) ? (f.status as PaymentStatus) : undefined;
  const result = await load(async () =>
    (await api()).listPayments({ page, limit: LIMIT, status, orderId: f.orderId || undefined, ...createdBetween(f.from, f.to) }),
  );
  return (
    <>
      <h1>Payments</h1>
      <form className="filters-bar" role="search" aria-label="Filter payments">
        <SelectField label="Status" name="status" defaultValue={f.status}>
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.replace('_', ' ')}
            </option>
          ))}
        </SelectField>
        <Field label="Order id" name="orderId" defaultValue={f.orderId} />
        <DateRangeFields from={f.from} to={f.to} />
        <button type="submit">Filter</button>
        <Link href="/payments">Clear</Link>
      </form>
      {!result.ok ? (
        <LoadError message={result.error} />
      ) : result.data.data.length === 0 ? (
        <Empty>No payments match.</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="sr-only">Payments, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Payment</th>
                  <th scope="col">Created</th>
                  <th scope="col">Order</th>
                  <th scope="col">Card</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col" className="num">
                    Refunded
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.data.data.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link href={`/payments/${p.id}`}>{p.id.slice(0, 8)}</Link>
                    </td>
                    <td>{date(p.createdAt)}</td>
                    <td>
                      <Link href={`/orders/${encodeURIComponent(p.orderId)}`}>{p.orderId.slice(0, 8)}</Link>
                    </td>
                    <td>
                      {p.card.brand} •••• {p.card.last4}
                    </td>
                    <td>
                      <Status value={p.status} />
                      {p.declineCode ? <span className="muted small"> {p.declineCode}</span> : null}
                    </td>
                    <td className="num">{money(p.amount, p.currency)}</td>
                    <td className="num">{p.refundedAmount ? money(p.refundedAmount, p.currency) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager path="/payments" page={page} limit={LIMIT} total={result.data.total} params={f} />
        </>
      )}
    </>
  );
}

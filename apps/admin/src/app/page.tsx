import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart } from '@/components/BarChart';
import { Empty, LoadError } from '@/components/States';
import { api } from '@/lib/api';
import { salesSummary } from '@/lib/dashboard';
import { date, money } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  await requireStaff('/');
  const client = await api();
  const [sales, lowStock, failedPayments, failedMail] = await Promise.all([
    load(() => salesSummary(client)),
    load(() => client.listStock({ lowStock: true, limit: 10 })),
    load(() => client.listPayments({ status: 'failed', limit: 5 })),
    load(() => client.listNotifications({ status: 'failed', limit: 5 })),
  ]);

  return (
    <>
      <h1>Dashboard</h1>
      <section aria-labelledby="sales-h">
        <h2 id="sales-h">Sales</h2>
        {!sales.ok ? (
          <LoadError message={sales.error} />
        ) : (
          <>
            <div className="cards">
              <p className="stat">
                Orders today <span className="value">{sales.data.today.orders}</span>
              </p>
              <p className="stat">
                Revenue today <span className="value">{money(sales.data.today.revenue)}</span>
              </p>
              <p className="stat">
                Orders, 30 days <span className="value">{sales.data.last30.orders}</span>
              </p>
              <p className="stat">
                Revenue, 30 days <span className="value">{money(sales.data.last30.revenue)}</span>
              </p>
              <p className="stat">
                Cancelled, 30 days <span className="value">{sales.data.last30.cancelled}</span>
              </p>
            </div>
            {sales.data.truncated ? <p className="muted small">Only the latest 2,000 orders were counted.</p> : null}
            <BarChart days={sales.data.days} />
          </>
        )}
      </section>

      <div className="two-col">
        <section aria-labelledby="low-h">
          <h2 id="low-h">Low stock</h2>
          {!lowStock.ok ? (
            <LoadError message={lowStock.error} />
          ) : lowStock.data.data.length === 0 ? (
            <Empty>Nothing is low on stock.</Empty>
          ) : (
            <ul>
              {lowStock.data.data.map((s) => (
                <li key={s.sku}>
                  <Link href={`/inventory/${encodeURIComponent(s.sku)}`}>{s.sku}</Link>: {s.availableQuantity} available
                </li>
              ))}
            </ul>
          )}
          <Link href="/inventory?lowStock=true">All low stock</Link>
        </section>

        <section aria-labelledby="failpay-h">
          <h2 id="failpay-h">Recent payment failures</h2>
          {!failedPayments.ok ? (
            <LoadError message={failedPayments.error} />
          ) : failedPayments.data.data.length === 0 ? (
            <Empty>No failed payments.</Empty>
          ) : (
            <ul>
              {failedPayments.data.data.map((p) => (
                <li key={p.id}>
                  <Link href={`/payments/${p.id}`}>{money(p.amount, p.currency)}</Link> {date(p.createdAt)} —{' '}
                  {p.errorMessage ?? p.declineCode ?? 'failed'}
                </li>
              ))}
            </ul>
          )}
          <Link href="/payments?status=failed">All failed payments</Link>
        </section>
      </div>

      <section aria-labelledby="failmail-h">
        <h2 id="failmail-h">Failed notifications</h2>
        {!failedMail.ok ? (
          <LoadError message={failedMail.error} />
        ) : failedMail.data.data.length === 0 ? (
          <Empty>Every notification went out.</Empty>
        ) : (
          <ul>
            {failedMail.data.data.map((n) => (
              <li key={n.id}>
                <Link href={`/notifications/${n.id}`}>{n.subject}</Link> to {n.recipient} — {n.error ?? 'failed'}
              </li>
            ))}
          </ul>
        )}
        <Link href="/notifications?status=failed">All failed notifications</Link>
      </section>
    </>
  );
}

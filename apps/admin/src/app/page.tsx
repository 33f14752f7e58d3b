import type { Metadata } from 'next';
import Link from 'next/link';
import type { OrderStats, PaymentStats } from '@shop/api-client/types';
import { BarChart } from '@/components/BarChart';
import { DeadLettersPanel } from '@/components/DeadLettersPanel';
import { Empty, LoadError } from '@/components/States';
import { api } from '@/lib/api';
import { date, day, money } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Dashboard' };

const DAYS = 30;

export default async function DashboardPage() {
  await requireStaff('/');
  const client = await api();
  // One range for both services, so "today" is the same day in every figure.
  const now = new Date();
  const range = { from: day(new Date(now.getTime() - (DAYS - 1) * 86_400_000)), to: day(now) };
  const [sales, paymentTotals, lowStock, failedPayments] = await Promise.all([
    load(() => client.orderStats(range)),
    load(() => client.paymentStats(range)),
    load(() => client.listStock({ lowStock: true, limit: 10 })),
    load(() => client.listPayments({ status: 'failed', limit: 5 })),
  ]);

  return (
    <>
      <h1>Dashboard</h1>
      <section aria-labelledby="sales-h">
        <h2 id="sales-h">Sales</h2>
        {!sales.ok ? (
          <LoadError message={sales.error} />
        ) : (
          <SalesFigures sales={sales.data} payments={paymentTotals.ok ? paymentTotals.data : null} />
        )}
        {!paymentTotals.ok ? <LoadError message={paymentTotals.error} /> : null}
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

      <DeadLettersPanel />
    </>
  );
}

/** Today and the 30 days: orders and revenue from the order service, refunds and net from payments. */
function SalesFigures({ sales, payments }: { sales: OrderStats; payments: PaymentStats | null }) {
  const today = sales.byDay.at(-1);
  const net = new Map(payments?.byDay.map((d) => [d.date, d.net]));
  const netToday = today ? net.get(today.date) : undefined;
  return (
    <>
      <div className="cards">
        <p className="stat">
          Orders today <span className="value">{today?.orders ?? 0}</span>
        </p>
        <p className="stat">
          Revenue today <span className="value">{money(today?.revenue ?? 0)}</span>
        </p>
        {netToday !== undefined ? (
          <p className="stat">
            Net revenue today <span className="value">{money(netToday)}</span>
          </p>
        ) : null}
        <p className="stat">
          Orders, 30 days <span className="value">{sales.orders}</span>
        </p>
        <p className="stat">
          Revenue, 30 days <span className="value">{money(sales.revenue)}</span>
        </p>
        {payments ? (
          <>
            <p className="stat">
              Refunded, 30 days <span className="value">{money(payments.refunded)}</span>
            </p>
            <p className="stat">
              Net revenue, 30 days <span className="value">{money(payments.net)}</span>
            </p>
          </>
        ) : null}
        <p className="stat">
          Average order, 30 days <span className="value">{money(sales.averageOrderValue)}</span>
        </p>
        <p className="stat">
          Cancelled, 30 days <span className="value">{sales.byStatus.cancelled}</span>
        </p>
      </div>
      <BarChart days={sales.byDay.map((d) => ({ ...d, net: net.get(d.date) }))} />
    </>
  );
}

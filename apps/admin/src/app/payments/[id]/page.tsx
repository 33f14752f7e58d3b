import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/ActionForm';
import { Field } from '@/components/Field';
import { Empty, LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { refundPayment } from '@/lib/actions/payments';
import { api } from '@/lib/api';
import { date, money } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Payment' };

export default async function PaymentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/payments/${id}`);
  const result = await load(async () => (await api()).getPayment(id), { notFoundOn404: true });
  if (!result.ok) return <LoadError message={result.error} />;
  const p = result.data;
  const remaining = Math.round((p.amount - p.refundedAmount) * 100) / 100;
  const refundable = (p.status === 'succeeded' || p.status === 'partially_refunded') && remaining > 0;

  return (
    <>
      <p>
        <Link href="/payments">← All payments</Link>
      </p>
      <h1>Payment {p.id.slice(0, 8)}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <Status value={p.status} />
        </dd>
        <dt>Amount</dt>
        <dd>{money(p.amount, p.currency)}</dd>
        <dt>Refunded</dt>
        <dd>{money(p.refundedAmount, p.currency)}</dd>
        <dt>Order</dt>
        <dd>
          <Link href={`/orders/${encodeURIComponent(p.orderId)}`}>{p.orderId}</Link>
        </dd>
        <dt>Card</dt>
        <dd>
          {p.card.brand} ending {p.card.last4}, expires {String(p.card.expMonth).padStart(2, '0')}/{p.card.expYear}
        </dd>
        <dt>Transaction</dt>
        <dd>{p.transactionId ?? '—'}</dd>
        {p.errorMessage ? (
          <>
            <dt>Error</dt>
            <dd>
              {p.errorMessage} {p.declineCode ? `(${p.declineCode})` : ''}
            </dd>
          </>
        ) : null}
        <dt>Created</dt>
        <dd>{date(p.createdAt)}</dd>
        <dt>Payment id</dt>
        <dd>{p.id}</dd>
      </dl>

      <section aria-labelledby="refunds-h">
        <h2 id="refunds-h">Refunds</h2>
        {p.refunds.length === 0 ? (
          <Empty>No refunds yet.</Empty>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {p.refunds.map((r) => (
                <tr key={r.id}>
                  <td>{date(r.createdAt)}</td>
                  <td className="num">{money(r.amount, p.currency)}</td>
                  <td>{r.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {refundable ? (
        <section className="panel" aria-labelledby="refund-h">
          <h2 id="refund-h">Refund</h2>
          <p className="muted">
            Up to {money(remaining, p.currency)} can go back. This refunds the card only; to stop the order too, cancel it on the{' '}
            <Link href={`/orders/${encodeURIComponent(p.orderId)}`}>order page</Link>.
          </p>
          <ActionForm
            action={refundPayment}
            submitLabel="Refund"
            label="Refund payment"
            danger
            confirm="Send this money back to the customer's card?"
          >
            <input type="hidden" name="paymentId" value={p.id} />
            <input type="hidden" name="key" value={randomUUID()} />
            <Field
              label="Amount"
              name="amount"
              inputMode="decimal"
              hint={`Leave empty to refund all that remains (${money(remaining, p.currency)}).`}
            />
            <Field label="Reason" name="reason" required maxLength={500} />
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}

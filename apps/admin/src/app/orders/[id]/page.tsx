import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/ActionForm';
import { Address } from '@/components/Address';
import { Field } from '@/components/Field';
import { LoadError } from '@/components/States';
import { Status } from '@/components/Status';
import { cancelOrder, deliverOrder, shipOrder } from '@/lib/actions/orders';
import { api } from '@/lib/api';
import { date, money } from '@/lib/format';
import { load } from '@/lib/load';
import { requireStaff } from '@/lib/session';

export const metadata: Metadata = { title: 'Order' };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaff(`/orders/${id}`);
  const client = await api();
  const [orderResult, paymentsResult] = await Promise.all([
    load(() => client.getOrder(id), { notFoundOn404: true }),
    load(() => client.listPayments({ orderId: id, limit: 10 })),
  ]);
  if (!orderResult.ok) return <LoadError message={orderResult.error} />;
  const o = orderResult.data;
  const cur = o.currency;

  return (
    <>
      <p>
        <Link href="/orders">← All orders</Link>
      </p>
      <h1>Order {o.orderNumber}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <Status value={o.status} />
        </dd>
        <dt>Payment</dt>
        <dd>
          <Status value={o.paymentStatus} />
        </dd>
        <dt>Customer</dt>
        <dd>
          {o.email} (<Link href={`/orders?customer=${encodeURIComponent(o.userId)}`}>their orders</Link>)
        </dd>
        <dt>Placed</dt>
        <dd>{date(o.createdAt)}</dd>
        <dt>Shipping</dt>
        <dd>{o.shippingMethod}</dd>
        {o.trackingNumber ? (
          <>
            <dt>Tracking</dt>
            <dd>
              {o.carrier} {o.trackingNumber}
            </dd>
          </>
        ) : null}
        {o.cancelReason ? (
          <>
            <dt>Cancel reason</dt>
            <dd>{o.cancelReason}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="actions-h" className="panel">
        <h2 id="actions-h">Actions</h2>
        {o.status === 'confirmed' ? (
          <ActionForm action={shipOrder} submitLabel="Mark shipped" label="Ship order" className="action-form inline">
            <input type="hidden" name="orderId" value={o.id} />
            <Field label="Tracking number" name="trackingNumber" required maxLength={100} />
            <Field label="Carrier" name="carrier" required maxLength={50} list="carriers" />
            <datalist id="carriers">
              <option value="UPS" />
              <option value="FedEx" />
              <option value="DHL" />
              <option value="USPS" />
            </datalist>
          </ActionForm>
        ) : null}
        {o.status === 'shipped' ? (
          <ActionForm action={deliverOrder} submitLabel="Mark delivered" label="Deliver order">
            <input type="hidden" name="orderId" value={o.id} />
          </ActionForm>
        ) : null}
        {o.status === 'pending' || o.status === 'confirmed' ? (
          <ActionForm
            action={cancelOrder}
            submitLabel={o.paymentStatus === 'paid' ? 'Cancel and refund' : 'Cancel order'}
            label="Cancel order"
            danger
            confirm={`Cancel order ${o.orderNumber}${o.paymentStatus === 'paid' ? ' and refund the payment' : ''}?`}
          >
            <input type="hidden" name="orderId" value={o.id} />
            <Field label="Cancel reason (optional)" name="reason" maxLength={500} />
          </ActionForm>
        ) : null}
        {o.status === 'delivered' || o.status === 'cancelled' ? <p className="muted">No actions: this order is {o.status}.</p> : null}
      </section>

      <section aria-labelledby="lines-h">
        <h2 id="lines-h">Lines</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">SKU</th>
              <th scope="col" className="num">
                Price
              </th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col" className="num">
                Line total
              </th>
            </tr>
          </thead>
          <tbody>
            {o.items.map((line) => (
              <tr key={line.id}>
                <td>
                  <Link href={`/products/${line.productId}`}>{line.name}</Link>
                </td>
                <td>
                  <Link href={`/inventory/${encodeURIComponent(line.sku)}`}>{line.sku}</Link>
                </td>
                <td className="num">{money(line.price, cur)}</td>
                <td className="num">{line.quantity}</td>
                <td className="num">{money(Math.round(line.price * line.quantity * 100) / 100, cur)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="totals">
          <dt>Subtotal</dt>
          <dd>{money(o.subtotal, cur)}</dd>
          <dt>Tax</dt>
          <dd>{money(o.taxAmount, cur)}</dd>
          <dt>Shipping</dt>
          <dd>{money(o.shippingAmount, cur)}</dd>
          <dt>
            <strong>Total</strong>
          </dt>
          <dd>
            <strong>{money(o.totalAmount, cur)}</strong>
          </dd>
        </dl>
      </section>

      <div className="two-col">
        <section aria-labelledby="ship-h">
          <h2 id="ship-h">Shipping address</h2>
          <Address value={o.shippingAddress} />
        </section>
        <section aria-labelledby="bill-h">
          <h2 id="bill-h">Billing address</h2>
          <Address value={o.billingAddress} />
        </section>
      </div>

      <section aria-labelledby="pay-h">
        <h2 id="pay-h">Payment</h2>
        {!paymentsResult.ok ? (
          <LoadError message={paymentsResult.error} />
        ) : paymentsResult.data.data.length === 0 ? (
          <p className="muted">No payment was taken for this order.</p>
        ) : (
          <ul className="plain">
            {paymentsResult.data.data.map((p) => (
              <li key={p.id}>
                <Link href={`/payments/${p.id}`}>
                  {money(p.amount, p.currency)} by {p.card.brand} ending {p.card.last4}
                </Link>{' '}
                <Status value={p.status} /> {p.refundedAmount > 0 ? `(refunded ${money(p.refundedAmount, p.currency)})` : null}{' '}
                {p.errorMessage ? <span className="muted">{p.errorMessage}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-h">
        <h2 id="history-h">Status history</h2>
        <ol className="timeline" aria-label="Status history">
          {o.statusHistory.map((h, i) => (
            <li key={i}>
              <Status value={h.status} /> {date(h.at)}
              {h.note ? <span className="muted"> — {h.note}</span> : null}
            </li>
          ))}
        </ol>
        <p>
          <Link href={`/notifications?orderId=${encodeURIComponent(o.id)}`}>Emails sent about this order</Link>
        </p>
      </section>
    </>
  );
}

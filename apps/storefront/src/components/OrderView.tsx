import type { Order } from '@shop/api-client/types';
import { date, money } from '@/lib/format';

export const statusLabel = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function OrderItems({ order }: { order: Order }) {
  return (
    <>
      <table className="items">
        <caption className="sr-only">Items</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Quantity</th>
            <th scope="col">Price</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((i) => (
            <tr key={i.id}>
              <td>{i.name}</td>
              <td>{i.quantity}</td>
              <td>{money(i.price, order.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="totals">
        <dt>Subtotal</dt>
        <dd>{money(order.subtotal, order.currency)}</dd>
        <dt>Shipping ({order.shippingMethod})</dt>
        <dd>{money(order.shippingAmount, order.currency)}</dd>
        <dt>Tax</dt>
        <dd>{money(order.taxAmount, order.currency)}</dd>
        <dt>Total</dt>
        <dd>
          <strong>{money(order.totalAmount, order.currency)}</strong>
        </dd>
      </dl>
    </>
  );
}

export function Timeline({ order }: { order: Order }) {
  return (
    <ol className="timeline" aria-label="Status history">
      {order.statusHistory.map((h, i) => (
        <li key={i}>
          <strong>{statusLabel(h.status)}</strong> <time dateTime={h.at}>{date(h.at)}</time>
          {h.note ? <span className="muted small"> — {h.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
